import { readFileSync } from 'node:fs';
import { aliasKey, type Token, tokenize } from './tokens.ts';

export interface SkillEntry {
  name: string;
  category: string;
  /** One of the headline skills (the eval vocabulary). */
  core?: boolean;
  aliases: string[];
  exact?: string[];
  ambiguous?: string[];
  notBefore?: string[];
  notAfter?: string[];
  noAdjacentChars?: string;
  /** A regular expression tried on the text right after the name: a match vetoes it. */
  notFollowedBy?: string;
  requiresSkill?: string;
}

export const SKILLS: SkillEntry[] = (
  JSON.parse(readFileSync(new URL('./data/skills.json', import.meta.url), 'utf8')) as { skills: SkillEntry[] }
).skills;

type MatchKind = 'alias' | 'exact' | 'ambiguous';
interface Target {
  entry: SkillEntry;
  kind: MatchKind;
}

/** Words near an ambiguous name that say "this is about technology". */
const TECH_WORDS = new Set(
  'language languages lang programming developer developers engineer engineers engineering stack stacks experience framework frameworks code coding backend back-end frontend front-end services service written write writing using use uses built build tech technologies technology tools skills familiarity proficient proficiency knowledge expert expertise apps'.split(' '),
);
const NEGATIONS = new Set(["don't", 'dont', 'don’t', "doesn't", 'doesnt', 'not', 'never', 'without', "won't", 'no']);
const WINDOW = 12;

/** The compiled matcher: alias n-grams → skills, built once from the data file. */
class Matcher {
  readonly byLower = new Map<string, Target[]>();
  readonly byExact = new Map<string, Target[]>();
  /** First words of aliases: lets the scan skip every other word with one lookup. */
  readonly firstLower = new Set<string>();
  readonly firstExact = new Set<string>();
  maxN = 1;

  constructor(entries: readonly SkillEntry[]) {
    const add = (map: Map<string, Target[]>, key: string, t: Target) => {
      if (!key) return;
      const list = map.get(key) ?? [];
      if (!list.some((x) => x.entry.name === t.entry.name)) list.push(t);
      map.set(key, list);
      const words = key.split(' ');
      (map === this.byLower ? this.firstLower : this.firstExact).add(words[0]!);
      this.maxN = Math.max(this.maxN, words.length);
    };
    for (const entry of entries) {
      for (const a of entry.aliases) add(this.byLower, aliasKey(a), { entry, kind: 'alias' });
      for (const a of entry.exact ?? []) add(this.byExact, aliasKey(a, false), { entry, kind: 'exact' });
      for (const a of entry.ambiguous ?? []) add(this.byExact, aliasKey(a, false), { entry, kind: 'ambiguous' });
    }
  }
}

let matcher: Matcher | null = null;
const REQUIRES = new Map(SKILLS.filter((e) => e.requiresSkill).map((e) => [e.name, e.requiresSkill!]));
function compiled(): Matcher {
  matcher ??= new Matcher(SKILLS);
  return matcher;
}

interface Candidate {
  target: Target;
  index: number;
  n: number;
}

const followCache = new Map<string, RegExp>();
function followRe(src: string): RegExp {
  let re = followCache.get(src);
  if (!re) {
    re = new RegExp(src, 'i');
    followCache.set(src, re);
  }
  return re;
}

function vetoed(c: Candidate, tokens: Token[], text: string): boolean {
  const e = c.target.entry;
  const prev = tokens[c.index - 1]?.lower;
  const next = tokens[c.index + c.n]?.lower;
  if (prev !== undefined && e.notAfter?.includes(prev)) return true;
  if (next !== undefined && e.notBefore?.includes(next)) return true;
  if (e.noAdjacentChars) {
    const first = tokens[c.index]!;
    const last = tokens[c.index + c.n - 1]!;
    const before = text[first.start - 1] ?? ' ';
    const after = text[last.end] ?? ' ';
    if (e.noAdjacentChars.includes(before) || e.noAdjacentChars.includes(after)) return true;
  }
  if (e.notFollowedBy) {
    const last = tokens[c.index + c.n - 1]!;
    if (followRe(e.notFollowedBy).test(text.slice(last.end, last.end + 40))) return true;
  }
  // "we don't use Kubernetes", "no OpenAI": a technology the job does not use.
  for (let i = Math.max(0, c.index - 3); i < c.index; i++) {
    if (NEGATIONS.has(tokens[i]!.lower)) {
      if (tokens[i]!.lower === 'no' && i !== c.index - 1) continue;
      return true;
    }
  }
  return false;
}

/**
 * Skills mentioned in the text. One pass over the tokens with longest-match lookup of alias
 * n-grams; ambiguous names ("Go", "C", "R", "Spring") only count near another technology or
 * a technical word, and each entry's veto words are checked against the neighbours.
 */
export function findSkills(text: string): Set<string> {
  const m = compiled();
  const tokens = tokenize(text);
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    // Most words start no alias at all: one Set lookup and move on.
    if (!m.firstLower.has(first.lower) && !m.firstExact.has(first.text)) {
      i++;
      continue;
    }
    // Grow the n-gram keys word by word, then try the longest first.
    const lowerKeys: string[] = [];
    const exactKeys: string[] = [];
    let lk = '';
    let ek = '';
    for (let n = 1; n <= m.maxN && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1]!;
      lk = n === 1 ? t.lower : `${lk} ${t.lower}`;
      ek = n === 1 ? t.text : `${ek} ${t.text}`;
      lowerKeys.push(lk);
      exactKeys.push(ek);
    }
    let matched = 0;
    for (let n = lowerKeys.length; n >= 1 && !matched; n--) {
      const a = m.byLower.get(lowerKeys[n - 1]!);
      const b = m.byExact.get(exactKeys[n - 1]!);
      if (a || b) {
        for (const target of a ?? []) found.push({ target, index: i, n });
        for (const target of b ?? []) found.push({ target, index: i, n });
        matched = n;
      }
    }
    i += matched || 1;
  }
  const confident = found.filter((c) => c.target.kind !== 'ambiguous' && !vetoed(c, tokens, text));
  const names = new Set(confident.map((c) => c.target.entry.name));
  const anchors = confident.map((c) => c.index);
  for (const c of found) {
    if (c.target.kind !== 'ambiguous' || names.has(c.target.entry.name) || vetoed(c, tokens, text)) continue;
    const near = anchors.some((a) => Math.abs(a - c.index) <= WINDOW && a !== c.index);
    let techWord = false;
    for (let i = Math.max(0, c.index - 3); i <= Math.min(tokens.length - 1, c.index + c.n + 2); i++) {
      if (TECH_WORDS.has(tokens[i]!.lower)) techWord = true;
    }
    if (near || techWord) names.add(c.target.entry.name);
  }
  for (const name of [...names]) {
    const req = REQUIRES.get(name);
    if (req && !names.has(req)) names.delete(name);
  }
  return names;
}
