import { hashRange, StringTable, type Words, WordSet, wordAt, wordsAre } from './tokens.ts';
import { isBlank } from './chars.ts';

/** The built-in called directly (see html.ts). */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Seniority and employment type: the levels of the jobs a posting advertises ("Senior Backend
 * Engineer", "Staff/Principal", "Tech Lead", "new grads") and how they are held (full-time,
 * part-time, contract, intern), by the rules of eval/extra/README.md.
 *
 * Why this shape: a level word means a level only on a job the posting offers. "Senior" is as
 * often said of the people already there ("mentor junior developers", "our senior engineers"),
 * "lead" is a verb ("lead the migration"), "manager" is a function ("Product Manager") as often
 * as a manager of people, and "contract" is a deal the company won ("a contract with a major
 * retail chain"). So the levels are read off the titles the roles rules (roles.ts) accepted as
 * hires, where roles are announced (the header, title lines, list items, hiring sentences), and
 * the words right before or after each title.
 */

export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff+' | 'lead';
export type Employment = 'full-time' | 'part-time' | 'contract' | 'intern';

/** A title the roles rules accepted as a hire: its words, and whether it is a manager of engineers. */
export interface TitleSpan {
  index: number;
  n: number;
  /** A title of the engineering_management role ("Engineering Manager", "VP Engineering"). */
  managesEngineers: boolean;
}

/** What the roles stage knows of a word: whether it stands where roles are announced. */
export interface Announced {
  at(i: number): boolean;
}

/** The levels as bits, so that a posting's levels are one number while its titles are read. */
const BIT: Record<Seniority, number> = { intern: 1, junior: 2, lead: 4, mid: 8, senior: 16, 'staff+': 32 };
/** The levels in the order they are given (sorted), with their bits. */
const IN_ORDER = (Object.entries(BIT) as [Seniority, number][]).sort(([a], [b]) => (a < b ? -1 : 1));
const LEAD = BIT.lead;

/** Level words that qualify a title: "Senior", "Sr", "Staff", "Lead", "Medior". */
const LEVEL_WORD = new Map<string, Seniority>([
  ['senior', 'senior'],
  ['seniors', 'senior'],
  ['sr', 'senior'],
  ['snr', 'senior'],
  ['junior', 'junior'],
  ['juniors', 'junior'],
  ['jr', 'junior'],
  ['entry-level', 'junior'],
  ['mid', 'mid'],
  ['mid-level', 'mid'],
  ['midlevel', 'mid'],
  ['intermediate', 'mid'],
  ['medior', 'mid'],
  ['staff', 'staff+'],
  ['staff+', 'staff+'],
  ['principal', 'staff+'],
  ['distinguished', 'staff+'],
  ['lead', 'lead'],
]);
const LEVEL_WORDS = new WordSet(LEVEL_WORD.keys());
const OF = ['of'];

/**
 * Where walking back from a title for its level stops. The walk goes over the title's other
 * words, disciplines, layers and technologies in any case ("Senior Front-end Engineer", "Lead
 * Edge AI Engineer", "junior-to-intermediate level manual QA tester"), and stops at these (an
 * article, a pronoun, a preposition, a verb of hiring), at punctuation no title has, or after
 * LEVEL_REACH words. A level said of others is still read, and turned down by OTHERS_BEFORE
 * ("mentor junior developers").
 */
const STOP_BEFORE_LIST = ['a', 'an', 'the', 'our', 'your', 'their', 'his', 'her', 'my', 'its', 'for', 'of', 'to', 'in', 'on', 'at', 'as', 'is', 'are', 'be', 'we', 'you', 'who', 'that', 'this', 'these', 'those', 'hiring', 'seeking', 'looking', 'need', 'needs', 'want', 'wants', 'hire', 'join'];
const STOP_BEFORE = new WordSet(STOP_BEFORE_LIST);
/** Words before a title that make it people already there, or people the hire works with: "mentor junior engineers". */
const OTHERS_BEFORE_LIST = [
  'our', 'with', 'mentor', 'mentors', 'mentoring', 'mentorship', 'coach', 'coaching', 'guide', 'guiding', 'train', 'training', 'alongside',
  'by', 'under', 'manage', 'managing', 'supervise', 'supervising', 'among', 'other', 'fellow', 'existing', 'current', 'former', 'ex',
  'lead', 'leading', 'leads', 'support', 'supporting', 'help', 'helping', 'from', 'like', 'mentored',
];
const OTHERS_BEFORE = new WordSet(OTHERS_BEFORE_LIST);
/** How many words before a title its level may stand ("Senior Backend and Data Engineers"). */
const LEVEL_REACH = 5;
/** Words of a title that make it a leader's: "Head of Product", "VP Engineering", "Director, Data". */
const LEADER_IN_TITLE_LIST = ['lead', 'leads', 'leader', 'leaders', 'head', 'director', 'directors', 'vp', 'vps', 'svp', 'evp', 'cto', 'cio', 'ciso', 'chief', 'officer'];
/** Disciplines whose bare "Manager" manages engineers: "QA Manager", "Engineering Managers". */
const ENGINEERING_BEFORE_MANAGER_LIST = [
  'engineering', 'development', 'dev', 'software', 'qa', 'devops', 'sre', 'infrastructure', 'platform', 'it', 'technical', 'tech', 'team', 'people',
  'delivery', 'security', 'backend', 'frontend', 'mobile', 'ios', 'android', 'data', 'analytics', 'ml', 'research', 'test', 'testing', 'web', 'technology',
];
const MANAGER_LIST = ['manager', 'managers', 'mgr', 'mgrs'];
const AND_OR_LIST = ['and', 'or', 'plus'];

/** All six level bits. */
const LEVELS = 63;
/** What the title reading needs to know of a word, as bits beside its levels: one look-up a word. */
const F_LEADER = 1 << 6;
const F_LEADS = 1 << 7;
const F_LEAD = 1 << 8;
const F_MANAGER = 1 << 9;
const F_STOP = 1 << 10;
const F_OTHERS = 1 << 11;
const F_AND_OR = 1 << 12;
const F_TEAM = 1 << 13;
const F_CHIEF = 1 << 14;
const F_OF = 1 << 15;
const F_ENGINEERING = 1 << 16;
const F_BRACKET_GLUE = 1 << 17;
const FLAG_OF = new Map<string, number>();
function flag(list: Iterable<string>, bits: number): void {
  for (const w of list) FLAG_OF.set(w, (FLAG_OF.get(w) ?? 0) | bits);
}
for (const [w, l] of LEVEL_WORD) flag([w], BIT[l]);
flag(LEADER_IN_TITLE_LIST, F_LEADER);
flag(['lead', 'leads'], F_LEADS);
flag(['lead'], F_LEAD);
flag(MANAGER_LIST, F_MANAGER);
flag(STOP_BEFORE_LIST, F_STOP);
flag(OTHERS_BEFORE_LIST, F_OTHERS);
flag(AND_OR_LIST, F_AND_OR);
flag(['team', 'teams'], F_TEAM);
flag(['chief'], F_CHIEF);
flag(['of'], F_OF);
flag(ENGINEERING_BEFORE_MANAGER_LIST, F_ENGINEERING);
flag(['level', 'levels', 'to'], F_BRACKET_GLUE);
// A StringTable keeps the first value set for a key: each word is set once, with all its bits.
const FLAGS = new StringTable<number>(FLAG_OF.size);
for (const [w, bits] of FLAG_OF) FLAGS.set(w, bits);

/** The bits of word k (0 for a word none of these lists has, or outside the text). */
function flagsAt(words: Words, k: number): number {
  return FLAGS.atWord(words, k) ?? 0;
}

/** Characters that may stand between the words of one title: spaces, hyphens, slashes, brackets, "&", "+", a dot after "Sr". */
function joinsTitle(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = charCodeAt.call(text, j);
    if (c === 32 || c === 9 || c === 45 || c === 47 || c === 40 || c === 41 || c === 38 || c === 43 || c === 46 || c === 0x2013) continue;
    return false;
  }
  return true;
}

/**
 * The levels word k names as bits, whole ("senior", "entry-level") or in parts ("jr-mid-sr",
 * "junior-to-intermediate", "mid-senior"; "lead" in parts is no level), or 0.
 */
function levelBits(words: Words, k: number): number {
  return levelBitsOf(words, k, flagsAt(words, k));
}

/** levelBits for word k whose flags (flagsAt) are `f`: a word of another list names no level. */
function levelBitsOf(words: Words, k: number, f: number): number {
  return f & LEVELS ? f & LEVELS : f === 0 ? compoundLevelBits(words, k) : 0;
}

/** The levels of a word joined by hyphens that is no level word itself: "jr-mid-sr", "junior-to-intermediate". */
function compoundLevelBits(words: Words, k: number): number {
  if (k < 0 || k >= words.count) return 0;
  const start = words.start[k]!;
  const end = words.end[k]!;
  // A hyphen within the word itself: indexOf would read on to the next one in the whole text.
  let dash = start;
  while (dash < end && charCodeAt.call(words.lower, dash) !== 45) dash++;
  if (dash === end) return 0;
  // The parts between hyphens, looked up in place (no split() of a word that is mostly "full-stack").
  const lower = words.lower;
  let bits = 0;
  for (let from = start; from <= end; ) {
    let to = from;
    while (to < end && charCodeAt.call(lower, to) !== 45) to++;
    bits |= PART_LEVEL.at(lower, from, to, hashRange(lower, from, to)) ?? 0;
    from = to + 1;
  }
  return bits;
}
/** The bits of the level words that count as parts of a word joined by hyphens: all but "lead". */
const PART_LEVEL = new StringTable<number>(LEVEL_WORD.size);
for (const [w, l] of LEVEL_WORD) if (l !== 'lead') PART_LEVEL.set(w, BIT[l]);

/** The levels of each combination of bits, sorted: 64 lists made once. */
const LEVELS_OF: readonly (readonly Seniority[])[] = Array.from({ length: 64 }, (_, bits) => IN_ORDER.filter(([, b]) => bits & b).map(([l]) => l));
/** The levels of these bits, sorted (a new list: predictions are the caller's to keep). */
function levelsOf(bits: number): Seniority[] {
  return LEVELS_OF[bits]!.slice();
}

/** Whether the title at word i, with its level words before it at `from`, is said of other people. */
function othersBefore(words: Words, from: number): boolean {
  const k = from - 1;
  if (k < 0 || !joinsTitle(words.text, words.end[k]!, words.start[from]!)) return false;
  return OTHERS_BEFORE.at(words, k);
}

/** "Lead" as the head of a title ("Tech Lead", "Team Lead:") and not a verb ("Lead a senior team"). */
function leadIsTitle(words: Words, i: number): boolean {
  const text = words.text;
  const end = words.end[i]!;
  // Followed by the end of its field: a colon, a comma, a bracket, a dash, a pipe, the line's end.
  let j = end;
  while (j < text.length && isBlank(charCodeAt.call(text, j))) j++;
  if (j >= text.length || /[:,()\-–—|/\n.;]/.test(text[j]!)) return true;
  // Or after a discipline written as a title: "Frontend Lead role", "Data Lead at".
  return i > 0 && joinsTitle(text, words.end[i - 1]!, words.start[i]!) && /^[A-Z]/.test(text.slice(words.start[i - 1]!, words.start[i - 1]! + 1)) && !STOP_BEFORE.at(words, i - 1);
}

/** The levels of the titles a posting hires for, as bits. */
function titleLevels(words: Words, titles: readonly TitleSpan[]): number {
  let out = 0;
  const text = words.text;
  for (const t of titles) {
    // "a senior team", "lead small teams": a team has no level of its own.
    if (t.n === 1 && flagsAt(words, t.index) & F_TEAM) continue;
    const last = t.index + t.n - 1;
    // The title's own words: "Team Lead", "Head of Product", "Engineering Manager", "Senior PM".
    let prev = flagsAt(words, t.index - 1);
    for (let k = t.index; k <= last; k++) {
      const f = flagsAt(words, k);
      // "Chief of Staff" is no staff level.
      const afterOf = (prev & F_OF) !== 0;
      prev = f;
      if (afterOf) continue;
      if (f & F_LEADER) {
        if (heldBy(words, t.index)) continue;
        if (f & F_LEADS) {
          if (t.n > 1 || leadIsTitle(words, k)) out |= LEAD;
        } else if (!(f & F_CHIEF && flagsAt(words, k + 1) & F_OF)) out |= LEAD;
      } else if (f & F_MANAGER) {
        const before = k - 1;
        if (t.managesEngineers) out |= LEAD;
        else if (t.n === 1 && (before < 0 || !joinsTitle(text, words.end[before]!, words.start[k]!) || flagsAt(words, before) & (F_ENGINEERING | F_AND_OR))) out |= LEAD;
      } else out |= levelBitsOf(words, k, f);
    }
    // Level words before it: "Senior Backend Engineer", "(Senior) Frontend Engineer", "Sr. iOS Developer".
    let from = t.index;
    let before = 0;
    let lowerBetween = false;
    for (let k = t.index - 1; k >= 0 && t.index - k <= LEVEL_REACH; k--) {
      const f = flagsAt(words, k);
      const bits = levelBitsOf(words, k, f);
      // "mid-level, senior-level and staff-level engineers": a comma between levels.
      if (!joinsTitle(text, words.end[k]!, words.start[k + 1]!) && !(from === k + 1 && f & LEVELS && commaOnly(text, words.end[k]!, words.start[k + 1]!))) break;
      // "Lead Edge AI Engineer" is a lead's title; "lead small teams", "lead the backend developers" a verb.
      const capital = isCapital(text, words.start[k]!);
      if (f & F_LEAD && (lowerBetween || !capital)) break;
      if (bits !== 0) {
        before |= bits;
        from = k;
        continue;
      }
      if (!capital) lowerBetween = true;
      if (f & (F_STOP | F_OTHERS)) break;
      // Any other word of a title goes on: a discipline, a layer, a technology ("Front-end", "iOS", "AI").
      if (!isAsciiAlnum(charCodeAt.call(text, words.start[k]!))) break;
    }
    if (before !== 0 && !othersBefore(words, from)) out |= before;
    // Levels in brackets after it: "AI and NLP Engineers (Senior, Junior)".
    out |= bracketLevels(words, last);
  }
  return out;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** "(Senior, Junior)", "(senior)", "(Jr/Mid)" right after a title. */
function bracketLevels(words: Words, last: number): number {
  const text = words.text;
  let j = words.end[last]!;
  while (j < text.length && charCodeAt.call(text, j) === 32) j++;
  if (charCodeAt.call(text, j) !== 40) return 0;
  const close = text.indexOf(')', j);
  if (close < 0 || close - j > 40) return 0;
  let inside = 0;
  for (let k = last + 1; k < words.count && words.start[k]! < close; k++) {
    const bits = levelBits(words, k);
    if (bits === 0 && !(flagsAt(words, k) & (F_AND_OR | F_BRACKET_GLUE))) return 0;
    inside |= bits;
  }
  return inside & ~LEAD;
}

/** Whether a word is written as a title's is: a capital first, or second ("iOS", "eCommerce"). */
function isCapital(text: string, at: number): boolean {
  const c = charCodeAt.call(text, at);
  if (c >= 65 && c <= 90) return true;
  const d = charCodeAt.call(text, at + 1);
  return c >= 97 && c <= 122 && d >= 65 && d <= 90;
}

/** Whether only a comma (and spaces) stands between two words. */
function commaOnly(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to).trim();
  return gap === ',';
}

/** A leader's title that is someone's already: "(Director of Engineering, fwiw!)", "Matt, Director of Engineering", "our VP". */
const HELD_BY_BEFORE = /(?:\([ \t]*|(?:^|\n)[ \t]*[-–—]*[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’]+)?[ \t]*,[ \t]*|\b(?:[Oo]ur|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Ww]ith|[Ff]ormer|[Ee]x-?|[Tt]o|[Bb]y|[Uu]nder)[ \t]+)$/;
function heldBy(words: Words, i: number): boolean {
  const at = words.start[i]!;
  return HELD_BY_BEFORE.test(words.text.slice(Math.max(0, at - 40), at));
}

/** Phrases that open a job to beginners where roles are announced: "new grads", "entry level", "recent graduates", "early-career". */
const NEW_GRAD = new WordSet(['grad', 'grads', 'graduate', 'graduates']);
const BEGINNER_BEFORE = new WordSet(['new', 'recent', 'fresh']);
const GRADUATE_JOB_AFTER = new WordSet(['scheme', 'schemes', 'program', 'programme', 'programs', 'programmes', 'role', 'roles', 'position', 'positions', 'developer', 'developers', 'engineer', 'engineers', 'hires']);
/** Leaders named by what they lead: "Head of Public Relations", "Director of Enterprise Sales", "VP of Growth". */
const LEADER_OF = new WordSet(['head', 'heads', 'director', 'directors', 'vp', 'svp', 'evp']);
/** The end of a person's title the roles vocabulary may not hold: "Analyst", "Accountant", "Technician", "Architect". */
const PERSON_END = /(?:er|ist|or|ant|ian|ect|ive|ern|ate)s?$/;
/** Level words that stand for themselves in a header's fields ("Senior Frontend, Python, DevOps"): all but "lead" and "staff". */
const HEADER_LEVEL = new WordSet(['senior', 'sr', 'snr', 'junior', 'jr', 'entry-level', 'mid-level', 'medior', 'intermediate', 'principal']);
/** Level words in a list before "levels" or "level": "Seniors/Staff/Principal levels". */
const LEVEL_NOUN = new WordSet(['levels', 'level']);

/** Every word levelPhraseAt reads. */
const LEVEL_PHRASE_WORD_LIST = ['grad', 'grads', 'graduate', 'graduates', 'entry', 'early-career', 'early', 'apprentice', 'apprentices', 'apprenticeship', 'head', 'heads', 'director', 'directors', 'vp', 'svp', 'evp', 'levels', 'level', ...LEVEL_WORD.keys()];

/**
 * Levels named outside the titles the roles rules read: beginners ("new grads"), leaders of a
 * field the vocabulary has no title for ("Head of Continuity"), a level before a title of any
 * trade ("Senior Cybersecurity Analyst"), levels listed as such ("Seniors/Staff/Principal
 * levels"), and a level among the header's fields.
 */
function levelPhraseAt(words: Words, i: number, announced: Announced, headerEnd: number): number {
  const text = words.text;
  const w = wordAt(words, i);
  if (NEW_GRAD.at(words, i) || w === 'entry' || w === 'early-career' || w === 'early' || w === 'apprentice' || w === 'apprentices' || w === 'apprenticeship') {
    let hit = false;
    if (NEW_GRAD.at(words, i)) hit = BEGINNER_BEFORE.at(words, i - 1) || ((w === 'graduate' || w === 'grad') && GRADUATE_JOB_AFTER.at(words, i + 1));
    else if (w === 'entry') hit = wordAt(words, i + 1) === 'level';
    else if (w === 'early') hit = wordAt(words, i + 1) === 'career';
    else hit = true;
    return hit && announced.at(i) && !OTHERS_BEFORE.at(words, i - 1) && !OTHERS_BEFORE.at(words, i - 2) ? BIT.junior : 0;
  }
  if (LEADER_OF.at(words, i)) return wordsAre(words, i + 1, OF) && isCapital(text, words.start[i]!) && announced.at(i) && !heldBy(words, i) ? LEAD : 0;
  if (LEVEL_NOUN.at(words, i)) {
    // Walk back over a list of levels: "Seniors/Staff/Principal levels".
    let found = 0;
    for (let k = i - 1; k >= 0; k--) {
      const bits = levelBits(words, k);
      if (bits === 0) break;
      found |= bits;
      if (!/^[ \t]*[/,&]?[ \t]*$/.test(text.slice(words.end[k]!, words.start[k + 1]!))) break;
    }
    return found !== 0 && announced.at(i) ? found & ~LEAD : 0;
  }
  if (!LEVEL_WORDS.at(words, i)) return 0;
  const start = words.start[i]!;
  if (start < headerEnd && HEADER_LEVEL.at(words, i)) return levelBits(words, i);
  if (!isCapital(text, start)) return 0;
  // A capitalised title after it, ending in a person's word: "Senior Cybersecurity Analyst";
  // where roles are announced (asked last: it may read the sentence for the first time).
  for (let j = i + 1; j < words.count && j - i <= 4; j++) {
    if (!joinsTitle(text, words.end[j - 1]!, words.start[j]!) || !isCapital(text, words.start[j]!)) break;
    if (PERSON_END.test(wordAt(words, j))) return !othersBefore(words, i) && announced.at(i) ? levelBits(words, i) : 0;
  }
  return 0;
}

/** Words before an employment type that refuse it: "no contractors", "not a contract role", "without part-time". */
const REFUSES = new WordSet(['no', 'not', 'non', 'without', 'never', "don't", 'don’t', 'cannot', "can't"]);
/** After "contract", what makes it the job's terms: "contract role", "contract-to-hire", "Contract / Full-time". */
const CONTRACT_JOB_AFTER = new WordSet([
  'role', 'roles', 'position', 'positions', 'job', 'jobs', 'basis', 'work', 'gig', 'gigs', 'opportunity', 'opportunities', 'engagement',
  'engagements', 'hire', 'to-hire', 'developer', 'developers', 'engineer', 'engineers', 'designer', 'designers', 'only', 'or', 'and',
  'positions', 'contractor', 'employment', 'hires', 'projects', 'project', 'assignment', 'assignments', 'term',
]);
/** Before "contract", what makes it the job's terms: "on contract", "a 6-month contract", "Full-time or Contract". */
const CONTRACT_JOB_BEFORE = new WordSet(['on', 'via', 'as', 'or', 'and', 'full-time', 'fulltime', 'part-time', 'freelance', 'remote', 'paid', 'short-term', 'long-term', 'hourly', 'month', 'months', 'month-long', 'w2', '1099']);
/** People hired on contract: the job's terms when announced ("Looking for a freelance designer", "Contractors welcome"). */
const CONTRACT_PEOPLE = new WordSet(['contractor', 'contractors', 'freelance', 'freelancer', 'freelancers', 'freelancing', 'contract-to-hire', 'c2h', '1099']);
const INTERN = new WordSet(['intern', 'interns', 'internship', 'internships', 'co-op', 'co-ops', 'coop', 'coops']);
const PERMANENT_AFTER = new WordSet(['position', 'positions', 'role', 'roles', 'job', 'jobs', 'employment', 'hire', 'hires', 'contract', 'basis', 'staff', 'placement', 'placements', 'employee', 'employees', 'opportunity', 'opportunities']);

/** Every word employmentAt reads. */
const EMPLOYMENT_WORD_LIST = ['full-time', 'fulltime', 'full-timers', 'full-timer', 'full', 'permanent', 'ft', 'part-time', 'parttime', 'part', 'contract', 'contractor', 'contractors', 'freelance', 'freelancer', 'freelancers', 'freelancing', 'contract-to-hire', 'c2h', '1099', 'intern', 'interns', 'internship', 'internships', 'co-op', 'co-ops', 'coop', 'coops'];

/** Whether word i is refused by a word of its own clause before it ("no contractors", "not a contract role"). */
function refusedBefore(words: Words, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const between = words.text.slice(words.end[k]!, words.start[k + 1]!);
    if (/[,;:.|()\n]/.test(between)) return false;
    if (REFUSES.at(words, k)) return true;
  }
  return false;
}

/** "Contractors need not apply", "contract work is not possible". */
function refusedAfter(words: Words, i: number): boolean {
  const end = words.end[i]!;
  return /^[ \t]*(?:(?:roles?|positions?|work|jobs?)[ \t]+)?(?:need not apply|not (?:welcome|considered|possible|available|an option)|(?:is|are) not (?:possible|available|considered|an option))/i.test(words.text.slice(end, end + 40));
}

/** Whether "contract" at word i names the job's terms rather than a deal the company made. */
function contractIsTerms(words: Words, i: number, headerEnd: number): boolean {
  if (wordAt(words, i - 1) === 'smart') return false;
  if (words.start[i]! < headerEnd) return true;
  if (CONTRACT_JOB_AFTER.at(words, i + 1) || CONTRACT_JOB_BEFORE.at(words, i - 1)) return true;
  // A field of its own: "Contract", "(contract)", "Full-time/Contract", "Type: Contract".
  const text = words.text;
  const end = words.end[i]!;
  const next = text.slice(end, end + 3);
  const prev = text.slice(Math.max(0, words.start[i]! - 3), words.start[i]!);
  return /^[ \t]*(?:[/|)\n]|$)/.test(next) || /(?:[/|(:]|^)[ \t]*$/.test(prev);
}

/** The employment type word i offers, or null: "Full-time", "on a contract basis", "no contractors" (none). */
function employmentAt(words: Words, i: number, headerEnd: number, announced: Announced): Employment | null {
  const text = words.text;
  const w = wordAt(words, i);
  let type: Employment | null = null;
  if (w === 'full-time' || w === 'fulltime' || w === 'full-timers' || w === 'full-timer') type = 'full-time';
  else if (w === 'full' && (wordAt(words, i + 1) === 'time' || wordAt(words, i + 1) === 'timers')) type = 'full-time';
  else if (w === 'permanent') type = PERMANENT_AFTER.at(words, i + 1) || words.start[i]! < headerEnd ? 'full-time' : null;
  else if (w === 'ft') type = text.startsWith('FT', words.start[i]!) && wordAt(words, i - 1) !== 'the' && (words.start[i]! < headerEnd || /[/|(,]\s*$/.test(text.slice(Math.max(0, words.start[i]! - 3), words.start[i]!))) ? 'full-time' : null;
  else if (w === 'part-time' || w === 'parttime') type = 'part-time';
  else if (w === 'part' && wordAt(words, i + 1) === 'time') type = 'part-time';
  else if (w === 'contract') type = contractIsTerms(words, i, headerEnd) && (words.start[i]! < headerEnd || announced.at(i)) ? 'contract' : null;
  else if (CONTRACT_PEOPLE.at(words, i)) type = words.start[i]! < headerEnd || announced.at(i) ? 'contract' : null;
  else if (INTERN.at(words, i)) type = 'intern';
  if (type === null || refusedBefore(words, i) || refusedAfter(words, i)) return null;
  return type;
}

/** A word employmentAt reads (EMPLOYMENT_WORD_LIST), a word levelPhraseAt reads (LEVEL_PHRASE_WORD_LIST): bits of LEVELS_WORD's values. */
const EMPLOYMENT_WORD = 1;
const LEVEL_PHRASE_WORD = 2;
/**
 * Every word employmentAt or levelPhraseAt reads, with which of them reads it: most words of a
 * text are none of them, and a word that is one is looked up once, not again in each list.
 */
const LEVELS_WORD_BITS = new Map<string, number>();
for (const w of EMPLOYMENT_WORD_LIST) LEVELS_WORD_BITS.set(w, (LEVELS_WORD_BITS.get(w) ?? 0) | EMPLOYMENT_WORD);
for (const w of LEVEL_PHRASE_WORD_LIST) LEVELS_WORD_BITS.set(w, (LEVELS_WORD_BITS.get(w) ?? 0) | LEVEL_PHRASE_WORD);
// A StringTable keeps the first value set for a key: each word is set once, with all its bits.
const LEVELS_WORD = new StringTable<number>(LEVELS_WORD_BITS.size);
for (const [w, bits] of LEVELS_WORD_BITS) LEVELS_WORD.set(w, bits);
const EMPLOYMENT_ORDER: readonly Employment[] = ['contract', 'full-time', 'intern', 'part-time'];

/**
 * The seniority and employment type of a posting: the levels of the titles the roles rules
 * accepted (`titles`; `managersHired` when they read bare managers beside engineers), and the
 * levels and employment types its words name where they apply. One pass over the words for both.
 */
export function readLevels(
  words: Words,
  headerEnd: number,
  titles: readonly TitleSpan[],
  announced: Announced,
  managersHired: boolean,
): { seniority: Seniority[]; employment: Employment[] } {
  // Bare managers hired beside engineers ("Hiring Engineers and Managers") manage them.
  let levels = titleLevels(words, titles) | (managersHired ? LEAD : 0);
  let employed = 0;
  for (let i = 0; i < words.count; i++) {
    const kind = LEVELS_WORD.atWord(words, i);
    if (kind === undefined) continue;
    if (kind & EMPLOYMENT_WORD) {
      const type = employmentAt(words, i, headerEnd, announced);
      if (type !== null) employed |= 1 << EMPLOYMENT_ORDER.indexOf(type);
    }
    if (kind & LEVEL_PHRASE_WORD) levels |= levelPhraseAt(words, i, announced, headerEnd);
  }
  const employment = EMPLOYMENT_ORDER.filter((_, k) => employed & (1 << k));
  // An internship offered is the intern level too (eval/extra/README.md).
  if (employment.includes('intern')) levels |= BIT.intern;
  return { seniority: levelsOf(levels), employment };
}
