import { readFileSync } from 'node:fs';
import { Keyword, type KeywordSites } from './keywords.ts';
import { PhraseIndex } from './phrases.ts';
import { hashRange, hashString, scanWords, sitesOfWords, type Words, WordSet, wordsAre } from './tokens.ts';
import { lowerBound } from './sorted.ts';

/** The built-in called directly (see html.ts). */
const charCodeAt = String.prototype.charCodeAt;

export type SkillCategory = 'language' | 'frontend' | 'backend' | 'data' | 'infra' | 'ai_ml' | 'mobile' | 'other';

/** How a name that is also an ordinary word is told apart from the word (see the data file's _doc). */
export interface SkillRule {
  cased?: string[];
  context?: string[];
  contextWords?: string[];
  list?: string[];
  notBefore?: string[];
  notAfter?: string[];
  notFollowedBy?: string;
  notPrecededBy?: string;
  requires?: string[];
  notWith?: string[];
  unlessWith?: string[];
}

/** One technology of data/skills.json. */
export interface SkillEntry {
  name: string;
  category: SkillCategory;
  /** One of the headline skills (the eval vocabulary); the others are extra skills. */
  core?: boolean;
  aliases: string[];
  rule?: SkillRule;
}

/**
 * The entries of data/skills.json, each in one shape: parsed as written, entries with and without
 * `core` or `rule`, and rules with different fields, are objects of a dozen shapes, and every read
 * of `entry.name` or `rule.requires` while classifying went through V8's slowest property lookup.
 */
export const SKILLS: readonly SkillEntry[] = (
  JSON.parse(readFileSync(new URL('./data/skills.json', import.meta.url), 'utf8')) as { skills: SkillEntry[] }
).skills.map((e) => ({ name: e.name, category: e.category, core: e.core === true, aliases: e.aliases, rule: e.rule ? ruleOf(e.rule) : undefined }));

function ruleOf(r: SkillRule): SkillRule {
  return {
    cased: r.cased,
    context: r.context,
    contextWords: r.contextWords,
    list: r.list,
    notBefore: r.notBefore,
    notAfter: r.notAfter,
    notFollowedBy: r.notFollowedBy,
    notPrecededBy: r.notPrecededBy,
    requires: r.requires,
    notWith: r.notWith,
    unlessWith: r.unlessWith,
  };
}

/** Every spelling of a skill, whatever its rule: for looking a skill up by what people type. */
export function skillAliases(entry: SkillEntry): string[] {
  return [...entry.aliases, ...(entry.rule?.cased ?? []), ...(entry.rule?.context ?? [])];
}

/** An entry's rule, compiled once: word lists split into words, patterns as RegExps. */
interface Compiled {
  entry: SkillEntry;
  notBefore: string[][];
  notAfter: string[][];
  /**
   * Hashes of the first words of notBefore and the last of notAfter: "Go" has 54 and 35 veto
   * phrases, read at every "Go" of a text, and the word next to a hit is seldom any.
   */
  notBeforeFirst: Set<number>;
  notAfterLast: Set<number>;
  notFollowedBy: RegExp | null;
  notPrecededBy: RegExp | null;
  contextWords: WordSet | null;
}

interface Target {
  skill: Compiled;
  /** plain: counts unless vetoed; context: also needs a technical context; list: needs a technology beside it. */
  mode: 'plain' | 'context' | 'list';
  /**
   * Whether the rule's veto words (notBefore, notAfter) apply: to the ambiguous spellings (cased,
   * context, list) and an alias that is the name itself ("rust", "kong"), not to an alias that
   * only the technology has: "golang to build services", "ReactJS to build UIs".
   */
  vetoWords: boolean;
}

const splitWords = (list: string[] | undefined) => (list ?? []).map((w) => w.toLowerCase().split(/\s+/));

function compile(entry: SkillEntry): Compiled {
  const r = entry.rule ?? {};
  const notBefore = splitWords(r.notBefore);
  const notAfter = splitWords(r.notAfter);
  return {
    entry,
    notBefore,
    notAfter,
    notBeforeFirst: new Set(notBefore.map((seq) => hashString(seq[0]!))),
    notAfterLast: new Set(notAfter.map((seq) => hashString(seq[seq.length - 1]!))),
    notFollowedBy: r.notFollowedBy ? new RegExp(r.notFollowedBy) : null,
    notPrecededBy: r.notPrecededBy ? new RegExp(r.notPrecededBy) : null,
    contextWords: r.contextWords ? new WordSet(r.contextWords.map((w) => w.toLowerCase())) : null,
  };
}

let index: PhraseIndex<Target> | null = null;
/**
 * Endings that make a technology an adjective of one word: "AWS-based", "react-powered",
 * "MySQL-compatible", "Kubernetes-native", "Kubernetes-admin". The word is the technology all
 * the same. They are read off the words while scanning (compoundsCut), not added to the index
 * as spellings of every alias: a larger index turns fewer words away by its filter alone.
 */
const COMPOUND_ENDINGS = new Set([
  'based', 'powered', 'driven', 'native', 'compatible', 'centric', 'heavy', 'focused', 'first', 'backed', 'enabled', 'only', 'specific', 'augmented', 'enhanced',
  'related', 'oriented', 'hosted', 'admin', 'certified', 'savvy', 'js',
]);

/** The alias index, built on first use from the data file. */
function aliasIndex(): PhraseIndex<Target> {
  if (index) return index;
  const built = new PhraseIndex<Target>();
  for (const entry of SKILLS) {
    const skill = compile(entry);
    const name = entry.name.toLowerCase();
    for (const a of entry.aliases) built.add(a, { skill, mode: 'plain', vetoWords: a.toLowerCase() === name }, false);
    for (const a of entry.rule?.cased ?? []) built.add(a, { skill, mode: 'plain', vetoWords: true }, true);
    for (const a of entry.rule?.context ?? []) built.add(a, { skill, mode: 'context', vetoWords: true }, true);
    for (const a of entry.rule?.list ?? []) built.add(a, { skill, mode: 'list', vetoWords: true }, true);
  }
  index = built;
  return index;
}

/** Words near an ambiguous name that say "this is about technology". */
const TECH_WORDS = new WordSet(
  `language languages lang programming programmer programmers developer developers dev devs engineer engineers
  engineering stack stacks experience experienced framework frameworks code coding codebase backend back-end
  frontend front-end services service written write writing using use uses used built build tech technologies
  technology tools tooling skills familiarity familiar proficient proficiency knowledge expert expertise apps
  library libraries sdk api apis`.split(/\s+/),
);
/** Verbs whose object is a technology in use: the word after them is no verb of its own. */
const USE_VERBS = new WordSet(['use', 'uses', 'used', 'using', 'leverage', 'leverages', 'leveraging']);
/** "we don't use Kubernetes", "zero lines of React": a technology mentioned as one the job does not use. */
const NEGATIONS = new WordSet(["don't", 'dont', 'don’t', "doesn't", 'doesnt', 'doesn’t', 'never', 'without', "won't", 'won’t', 'not', 'zero']);
/** "not only Go", "not just Python", "not required": these do not say the job avoids it. */
const NOT_NEGATING = new WordSet(['only', 'just', 'necessarily', 'limited', 'exclusively', 'required', 'mandatory', 'a', 'an', 'the']);
/**
 * "backed companies like Twitter, Heroku, Lyft", "take on the likes of Adobe, Figma", "competing with
 * Vercel": a technology named as a company.
 */
const COMPANY_CUE = new Keyword(
  /\b(?:(?:companies|customers|clients|brands|partners|investors|backers|employers|teams at|alumni of|engineers from)\s+(?:like|such as|including|include|includes)|(?:companies|customers|brands|investors|backers|employers)\s+\((?=\w)|used by\b[^.;:\n]{0,60}?\bincluding|(?<!\b(?:in|with|using|use|uses|know|knows)\s+(?:the\s+)?)likes\s+of|compet(?:e|es|ing)\s+with|competitors?\s+(?:like|such as|including|include))\b/gi,
  ['comp', 'cust', 'clie', 'bran', 'part', 'inve', 'back', 'empl', 'team', 'alum', 'engi', 'used', 'like'],
);
/**
 * Cues that count only when a capitalised name follows (COMPANY_CUE's are case-insensitive):
 * where people come from ("angels from OpenAI, Apple", "backing from leaders at Hugging Face",
 * "team from Citadel, AWS", "a team hailing from YouTube, Salesforce", "places like Salesforce",
 * "the designer behind Desk.com, Heroku", "the same guys that funded Shopify"), who bought a company ("acquired by Datadog"), and customers
 * ("used by Google, Stripe, Anthropic", "trusted by teams at Cloudflare"), and investors' own
 * companies ("backed by Sequoia; founders of Next.js, Prisma, and Segment"). "angels from top AI
 * labs", "engineers join the team from many backgrounds including C#, Java" name none.
 */
const COMPANY_FROM = new Keyword(
  /\b(?:(?:(?:[Aa]ngels?|[Aa]ngel\s+investors|[Bb]acking|[Ii]nvestors|[Aa]lumni|[Vv]eterans|[Tt]eam|[Ff]ounders|[Bb]ackgrounds)\s+from|[Rr]ais(?:ed|ing)\s+\S+\s+from)(?:\s+(?:leaders|people|folks|execs|executives|engineers|founders|operators|researchers)(?:\s*&\s*\w+)?\s*(?:at|of|from|@))?|[Bb]acked\s+by\s+(?:leaders|people|folks|execs|executives|engineers|founders|operators|researchers|angels|investors)(?:\s*&\s*\w+)?\s*(?:at|of|from|@|like|including)|(?:[Aa]cquired|[Bb]ought|[Uu]sed|[Tt]rusted)\s+by|(?:[Tt]eams|[Cc]ompanies)\s+at|(?:[Cc]o-?)?[Ff]ounders\s+of|[Tt]eam\s+(?:is|are)\s+(?:all\s+)?from|[Hh]ailing\s+from|[Cc]oming\s+from|(?:[Pp]laces|[Cc]ompanies)\s+like|(?:[Dd]esigners?|[Tt]eam)\s+behind|(?<=\b(?:who|that)\s+)funded)(?=\s*[A-Z])/g,
  ['ange', 'back', 'inve', 'alum', 'vete', 'team', 'foun', 'co-f', 'cofo', 'acqu', 'boug', 'rais', 'used', 'trus', 'comp', 'hail', 'comi', 'plac', 'desi', 'fund'],
);
/**
 * How far before a technology its company cue may end, in characters, within one clause: from its
 * end, as a long cue ("used by some of the best engineering teams in the world, including") is one.
 */
const COMPANY_CUE_REACH = 80;
// A bracket or a header field ends the clause too: "(recently acquired by John Deere) | SW & CV/ML"; so
// does a verb's "to" or "using" after the last name: "used by companies like King and Etsy to monitor their
// PostgreSQL", "companies like Starbucks and Conde Nast using client/server side JavaScript". A dot inside a
// name does not: "the designer behind Desk.com, Bitly, Heroku".
const CLAUSE_END = /\.(?!\w)|[;:!?\n|)]|(?<=\b[A-Z][\w.&-]*)\s(?:to|who|that|which|using)\s/;

/** Where the text names technologies as companies: [start, end) of each cue, found in one pass. */
function companyCues(sites: KeywordSites): number[] {
  const cues: number[] = [];
  for (const m of sites.all(COMPANY_CUE)) cues.push(m.index, m.index + m[0].length);
  for (const m of sites.all(COMPANY_FROM)) cues.push(m.index, m.index + m[0].length);
  return cues;
}

/** Whether a cue ends before `from`, within reach and in the same clause ("clients like Uber, Lyft"). */
function namedAsCompany(text: string, cues: readonly number[], from: number): boolean {
  for (let k = 0; k < cues.length; k += 2) {
    if (cues[k + 1]! < from - COMPANY_CUE_REACH || cues[k + 1]! > from) continue;
    if (!CLAUSE_END.test(text.slice(cues[k + 1]!, from))) return true;
  }
  return false;
}
/** A name after "is the", "like a" or a quote, before "for" + a lower-case word: an analogy. */
const ANALOGY_BEFORE = /(?:\b(?:is|are|be|like)\s+(?:the|a|an)\s+["“]?|["“])$/i;
const ANALOGY_AFTER = /^["”]?\s+for\s+(?:the\s+)?[a-z]/;
const SENTENCE_BREAK = /[.!?;\n)]/;
/**
 * Whether `word` starts after offset `to` and ends within `reach` characters of it: what the
 * expression of a veto needs first ("for" of an analogy, "team" of someone's past team), read in
 * place. Most technologies have neither after them, and skip slicing the text for the expression.
 */
function startsSoonAfter(text: string, to: number, word: string, reach: number): boolean {
  const first = charCodeAt.call(word, 0);
  for (let j = to + 1; j + word.length <= to + reach && j + word.length <= text.length; j++) if (charCodeAt.call(text, j) === first && text.startsWith(word, j)) return true;
  return false;
}
/** How far ANALOGY_AFTER reads after a technology. */
const ANALOGY_REACH = 12;
/** How far "team" may end after a technology: "React.js core team". */
const TEAM_REACH = 14;
/**
 * "I was part of the original React.js team", "one of the founding Kubernetes team": where
 * someone worked before, not a technology the job uses.
 */
const TEAM_OF_BEFORE = /\b(?:part|members?|one)\s+of\s+the\s+(?:original|core|founding|first)\s+$/i;
const TEAM_AFTER = /^(?:\.?js)?\s+(?:core\s+)?team\b/i;
/** "without writing a single line of Java", "zero lines of React": a negation further back than NEGATIONS reach. */
const NO_LINE_OF = /\b(?:without|never|no|zero|not)\s+(?:[a-z]+ing\s+)?(?:(?:a|one|any)\s+)?(?:single\s+)?lines?\s+of\s+$/i;
const OF = ['of'];
const CONTEXT_WINDOW = 12;
const NO = ['no'];
const TECH_WORD_BEFORE = 3;
const TECH_WORD_AFTER = 2;
const LIST_WINDOW = 2;

interface Hit {
  target: Target;
  index: number;
  n: number;
}

function vetoed(h: Hit, words: Words, cues: readonly number[]): boolean {
  const s = h.target.skill;
  if (h.target.vetoWords) {
    // A phrase can only be there if the word next to the hit is its word (same hash).
    if (h.index > 0 && s.notAfterLast.has(words.hash[h.index - 1]!)) {
      for (const seq of s.notAfter) if (wordsAre(words, h.index - seq.length, seq)) return true;
    }
    // After "use" or "using" the word is the thing used: "we use Go to build services", "using
    // React to render", not "go to market" or "react to feedback".
    const next = h.index + h.n;
    if (next < words.count && s.notBeforeFirst.has(words.hash[next]!) && !USE_VERBS.at(words, h.index - 1)) {
      for (const seq of s.notBefore) if (wordsAre(words, next, seq)) return true;
    }
  }
  const from = words.start[h.index]!;
  const to = words.end[h.index + h.n - 1]!;
  if (s.notFollowedBy?.test(words.text.slice(to, to + 40))) return true;
  if (s.notPrecededBy?.test(words.text.slice(Math.max(0, from - 70), from))) return true;
  if (cues.length > 0 && namedAsCompany(words.text, cues, from)) return true;
  // "Aqora is the "Hugging Face for quantum computing"", "we are like the Stripe for payroll": an analogy
  // names another company's product, not a technology the job uses.
  if (startsSoonAfter(words.text, to, 'for', ANALOGY_REACH) && ANALOGY_AFTER.test(words.text.slice(to, to + ANALOGY_REACH)) && ANALOGY_BEFORE.test(words.text.slice(Math.max(0, from - 8), from))) return true;
  if (startsSoonAfter(words.text, to, 'team', TEAM_REACH) && TEAM_AFTER.test(words.text.slice(to, to + 20)) && TEAM_OF_BEFORE.test(words.text.slice(Math.max(0, from - 40), from))) return true;
  if (h.index > 0 && wordsAre(words, h.index - 1, NO)) return true;
  if (h.index > 3 && wordsAre(words, h.index - 1, OF) && NO_LINE_OF.test(words.text.slice(Math.max(0, from - 50), from))) return true;
  for (let i = Math.max(0, h.index - 3); i < h.index; i++) {
    // A negation reaches only its own sentence: "zero cloud. Think Android for CCTV".
    if (NEGATIONS.at(words, i) && !NOT_NEGATING.at(words, i + 1) && !SENTENCE_BREAK.test(words.text.slice(words.end[i]!, from))) return true;
  }
  return false;
}

/**
 * Whether another technology starts within `window` words of word i. `anchors` ascend (the
 * order of the text), so only the window is read: a long list asks this of every word in it.
 */
function anchorNear(anchors: readonly number[], i: number, window: number): boolean {
  for (let k = lowerBound(anchors, i - window); k < anchors.length && anchors[k]! <= i + window; k++) if (anchors[k] !== i) return true;
  return false;
}

function inTechContext(h: Hit, words: Words, anchors: readonly number[]): boolean {
  const s = h.target.skill;
  if (h.target.mode === 'list') return anchorNear(anchors, h.index, LIST_WINDOW + h.n);
  if (anchorNear(anchors, h.index, CONTEXT_WINDOW)) return true;
  const lo = Math.max(0, h.index - TECH_WORD_BEFORE);
  const hi = Math.min(words.count - 1, h.index + h.n - 1 + TECH_WORD_AFTER);
  for (let i = lo; i <= hi; i++) if (TECH_WORDS.at(words, i)) return true;
  if (s.contextWords) {
    const clo = Math.max(0, h.index - CONTEXT_WINDOW);
    const chi = Math.min(words.count - 1, h.index + CONTEXT_WINDOW);
    for (let i = clo; i <= chi; i++) if (s.contextWords.at(words, i)) return true;
  }
  return false;
}

/**
 * The words with each compound of a known ending read as the word before its dash ("AWS-based"
 * as "AWS", "react native-based" as "react native"), and each name with a version written onto it
 * as the name ("Symfony2"), for the alias scan only: hits keep the whole word's index. A word the
 * index lists itself ("ai-powered", "react-native", "html5") stays.
 */
function compoundsCut(words: Words): Words {
  const { lower, start, end } = words;
  const idx = aliasIndex();
  let cuts: Cuts | null = null;
  // A version written onto a name: "Angular4", "Symfony2", "Webpack2" are the name.
  for (let k = 0; k < words.count; k++) {
    const cut = versionAt(lower, start[k]!, end[k]!);
    if (cut >= 0 && !idx.startsPhrase(words.hash[k]!)) cuts = cutWord(words, cuts, k, cut);
  }
  let k = 0;
  for (let dash = lower.indexOf('-'); dash >= 0; dash = lower.indexOf('-', end[k]!)) {
    while (k < words.count && end[k]! <= dash) k++;
    if (k >= words.count) break;
    // The last dash inside word k: its ending is what follows it.
    let last = dash;
    for (let d = lower.indexOf('-', dash + 1); d >= 0 && d < end[k]!; d = lower.indexOf('-', d + 1)) last = d;
    if (start[k]! < last && last + 1 < end[k]! && COMPOUND_ENDINGS.has(lower.slice(last + 1, end[k]!)) && !idx.startsPhrase(words.hash[k]!)) cuts = cutWord(words, cuts, k, last);
  }
  return cuts ? { ...words, hash: cuts.hash, end: cuts.end } : words;
}

/** The hashes and ends compoundsCut rewrites: copies of the words' own, made at the first cut. */
interface Cuts {
  hash: number[];
  end: number[];
}

/**
 * The copies, kept from posting to posting (only the first `count` entries are the words'): the
 * cut words are read by the alias scan alone, and a new copy of both arrays, made for about one
 * posting in four, was a quarter of what scanning skills allocated.
 */
const CUTS: Cuts = { hash: [], end: [] };

/** `cuts` (or CUTS, filled with the words' own) with word k read as the text up to `at`. */
function cutWord(words: Words, cuts: Cuts | null, k: number, at: number): Cuts {
  const c = cuts ?? copyInto(CUTS, words);
  c.hash[k] = hashRange(words.lower, words.start[k]!, at);
  c.end[k] = at;
  return c;
}

/** `cuts` holding the words' hashes and ends. */
function copyInto(cuts: Cuts, words: Words): Cuts {
  for (let i = 0; i < words.count; i++) {
    cuts.hash[i] = words.hash[i]!;
    cuts.end[i] = words.end[i]!;
  }
  return cuts;
}

/**
 * Where the letters of a word made of three letters or more and a version number of one or two
 * digits end ("angular4", "symfony2"), or -1: read off the word's last characters, not by an
 * expression over the whole text.
 */
function versionAt(lower: string, from: number, to: number): number {
  let d = to - 1;
  while (d >= from && isDigit(charCodeAt.call(lower, d))) d--;
  const digits = to - 1 - d;
  if (digits < 1 || digits > 2 || d + 1 - from < 3) return -1;
  for (let i = from; i <= d; i++) if (!isLowerLetter(charCodeAt.call(lower, i))) return -1;
  return d + 1;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLowerLetter = (c: number) => c >= 97 && c <= 122;

/** A technology found at a place in the text: its entry and the words it spans. */
export interface SkillHit {
  entry: SkillEntry;
  index: number;
  n: number;
}

/**
 * Technologies mentioned in already-scanned words, with where: one pass with longest-match
 * lookup of alias word sequences, then each hit's rule is applied to its neighbours: veto
 * words and patterns, negation ("we don't use X"), and for ambiguous spellings ("Go", "R",
 * "Spring") a technical context. Names needing another skill ("Phoenix" needs Elixir) last.
 */
export function scanSkills(words: Words): SkillHit[] {
  const hits: Hit[] = [];
  const scanned = compoundsCut(words);
  // A compound ends its phrase: "web-based components" is no "web components".
  aliasIndex().scan(scanned, (target, index, n) => hits.push({ target, index, n }), scanned === words ? null : words.end);
  const accepted: SkillHit[] = [];
  // Word indices of the plain hits, ascending: the scan reports hits in the order of the text.
  const anchors: number[] = [];
  const cues = hits.length > 0 ? companyCues(sitesOfWords(words)) : [];
  for (const h of hits) {
    if (h.target.mode !== 'plain' || vetoed(h, words, cues)) continue;
    accepted.push({ entry: h.target.skill.entry, index: h.index, n: h.n });
    anchors.push(h.index);
  }
  for (const h of hits) {
    if (h.target.mode === 'plain' || vetoed(h, words, cues) || !inTechContext(h, words, anchors)) continue;
    accepted.push({ entry: h.target.skill.entry, index: h.index, n: h.n });
  }
  return withOthersRequired(accepted);
}

/** Whether an entry's rule asks which other technologies the text names (`requires`, `notWith`). */
const asksOthers = (entry: SkillEntry) => entry.rule !== undefined && (entry.rule.requires !== undefined || entry.rule.notWith !== undefined);

/**
 * The hits whose rule's other technologies are named, or not, as it asks. Most texts have no
 * hit whose rule asks (three technologies' rules of 1,137 do), and keep every hit without a set
 * of names or a filtered copy.
 */
function withOthersRequired(accepted: SkillHit[]): SkillHit[] {
  let asks = false;
  for (let i = 0; i < accepted.length && !asks; i++) asks = asksOthers(accepted[i]!.entry);
  if (!asks) return accepted;
  const names = new Set(accepted.map((h) => h.entry.name));
  return accepted.filter((h) => {
    const rule = h.entry.rule;
    if (!rule) return true;
    const req = rule.requires;
    if (req && !req.some((r) => names.has(r))) return false;
    // "OpenStack Swift" names the object store: Swift the language only beside iOS work.
    const not = rule.notWith;
    return !not?.some((r) => names.has(r)) || (rule.unlessWith ?? []).some((r) => names.has(r));
  });
}

/** The names of the technologies mentioned in a text (see scanSkills). */
export function findSkills(text: string): Set<string> {
  return new Set(scanSkills(scanWords(text)).map((h) => h.entry.name));
}
