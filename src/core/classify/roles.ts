import { readFileSync } from 'node:fs';
import { lookupName } from './gazetteer.ts';
import { firstLineEnd } from './header.ts';
import { Keyword, type KeywordSites } from './keywords.ts';
import { PhraseIndex } from './phrases.ts';
import { ROLES, type Role } from './role-names.ts';
import type { SkillEntry, SkillHit } from './skills.ts';
import { type Employment, readLevels, type Seniority, type TitleSpan } from './levels.ts';
import { sitesOfWords, type Words, WordSet, wordAt, wordsAre } from './tokens.ts';
import { lowerBound } from './sorted.ts';
import { isAsciiLower, isAsciiUpper, isAsciiWordChar, isBlank, isJsSpace } from './chars.ts';

/** The built-in called directly (see html.ts). */
const charCodeAt = String.prototype.charCodeAt;

export type { Role };

interface RoleData {
  titles: Record<string, Role[]>;
  modifiers: Record<string, Role[]>;
  nouns: { generic: string[]; other: string[] };
  glue: string[];
  weak: string[];
  explicitLayers: string[];
  languagePeople: Record<string, Role[]>;
}
const DATA = JSON.parse(readFileSync(new URL('./data/roles.json', import.meta.url), 'utf8')) as RoleData;

type Term =
  | { kind: 'title'; roles: Role[]; explicit: boolean }
  | { kind: 'modifier'; roles: Role[]; weak: boolean; explicit: boolean }
  | { kind: 'noun'; generic: boolean };

/** Titles, modifiers and nouns in one index: the longest phrase wins ("data scientist" over "data"). */
const TERMS = new PhraseIndex<Term>();
for (const [phrase, roles] of Object.entries(DATA.titles)) TERMS.add(phrase, { kind: 'title', roles, explicit: true });
for (const [phrase, roles] of Object.entries(DATA.languagePeople)) TERMS.add(phrase, { kind: 'title', roles, explicit: false });
const WEAK = new Set(DATA.weak);
const EXPLICIT = new Set(DATA.explicitLayers);
for (const [phrase, roles] of Object.entries(DATA.modifiers)) {
  TERMS.add(phrase, { kind: 'modifier', roles, weak: WEAK.has(phrase), explicit: EXPLICIT.has(phrase) });
}
for (const phrase of DATA.nouns.generic) TERMS.add(phrase, { kind: 'noun', generic: true });
for (const phrase of DATA.nouns.other) TERMS.add(phrase, { kind: 'noun', generic: false });
const GLUE = new WordSet(DATA.glue);

const ENGINEERING: ReadonlySet<Role> = new Set<Role>([
  'backend', 'frontend', 'fullstack', 'mobile', 'data_engineering', 'ml_ai', 'devops_sre_platform', 'security', 'embedded_hardware', 'qa_test',
]);

// ---- Which sentences announce roles -------------------------------------------------------

/**
 * A sentence that says who is wanted: "We're hiring...", "Looking for...", "Open roles:". Hiring
 * as a company's subject is no cue: "talk to our hiring managers", "make objective hiring decisions".
 */
const HIRING_CUE = new Keyword(
  /\b(?:hiring(?!\s+(?:decisions?|process(?:es)?|managers?|practices|pipelines?|markets?|needs)\b)|(?:to|we|will|we'll) hire|hires|looking for|(?:like|want|wants|hoping|hope|need|needs|looking) to (?:find|fill|bring on|add|hire|recruit)|seeking|searching for|recruiting|openings?|open roles?|open positions?|positions?|roles?|vacanc(?:y|ies)|we need|need (?:a|an|someone|more|talented|experienced|skilled)|(?<!\bneeds )need is (?:for|an?)\b|wanted|join (?:us|our team) as|apply|jobs?|opportunit(?:y|ies) for|fellowships?|reach out|get in touch)\b/i,
  ['hiri', 'to h', 'we h', 'will', "we'l", 'hire', 'look', 'like', 'hopi', 'hope', 'seek', 'sear', 'recr', 'open', 'posi', 'role', 'vaca', 'we n', 'need', 'want', 'join', 'appl', 'job', 'oppo', 'fell', 'reac', 'get '],
);
/**
 * People already there: "work with designers", "our engineers", "a staff of writers and editors",
 * "founded by ex-Google engineers",
 * "coordinating with the CTO, project managers", "a call with our People Operations Manager", "join
 * our CTO in building", "learn directly under our CTO" (but
 * "Our product manager wants a full stack engineer" hires);
 * and the users served: "tools for developers" (but "looking for developers" hires them);
 * the team as it is: "We're a team of 12 developers & designers", "we are 26 developers,
 * designers, and product managers", "lucky to hire some super-talented engineers and designers"
 * (but "building a world-class team of engineers, data scientists" hires them).
 */
const COLLEAGUES = new Keyword(
  /\b(?:work(?:ing)? (?:(?:closely|directly) )?(?:with|alongside)|collaborat\w* (?:(?:closely|directly) )?with|partner\w* (?:(?:closely|directly) )?with|coordinat\w* with|liais\w* with|iterat\w* with|(?:reports?|reporting) (?:directly )?to|alongside|built by|founded by|founding team(?=:)|founders?(?=:)|our (?:[\w-]+ )?(?:engineers|designers|scientists|developers|writers|editors|marketers|recruiters|team of)|(?<=(?:\bwith|\bto|\bby|\bfrom|\bof|\bjoin|\bunder|,) )our (?:[\w-]+ ){0,3}(?:managers?|cto|ceo|vps?|directors?|head of)|team of \d|(?:a|our) staff of|ex-\w+|(?<!\b(?:looking|searching|hiring|recruiting|openings?|positions?|roles?|jobs?)\s)for (?:\w+ )?developers|(?:tools?|software|platforms?|products?|apps?|solutions?) for (?:\w+ )?designers|(?:team|group|collection)(?<!\b(?:build|grow|expand)\w*\s+(?:[\w-]+\s+){0,3}\w+) of (?:[\w-]+ ){0,3}(?:engineers|designers|developers|scientists)|we(?:['’]re| are) \d+ |(?:lucky|fortunate) to (?:hire|have|work))\b/i,
  // "apps? for": "app " and "apps", not "app", with which "apply" and "application" begin too.
  ['work', 'coll', 'part', 'coor', 'liai', 'iter', 'repo', 'alon', 'buil', 'foun', 'our ', 'team', 'a st', 'ex-', 'for ', 'tool', 'soft', 'plat', 'prod', 'app ', 'apps', 'solu', 'grou', "we'r", 'we a', 'luck', 'fort'],
);
/**
 * The people the hire will serve: "help data scientists analyse data", "tools to support our
 * operations team". Lower case only: "Sales, Support and Marketing team" names roles.
 */
const SERVED = new Keyword(
  /\b(?:help|helps|helping|support|supports|supporting|empower|empowers|empowering|enable|enables|enabling) (?:our |the |other )?(?=[\w-]+ (?:\w+ )?(?:engineers|designers|scientists|developers|analysts|researchers|teams?)\b)/,
  ['help', 'supp', 'empo', 'enab'],
);
/**
 * Where a list of disciplines starts, which needs no noun: "hiring across Backend, Infrastructure
 * and Frontend", "engineers for frontend (Angular.js), backend (PHP), Android", "all types of
 * engineers: full-stack, backend, data", "candidates in product engineering, operations, growth,
 * and design". A bracketed stack may follow the first item.
 */
const DISCIPLINE_LIST = new Keyword(
  /\b(?:hiring (?:across|for|in)|(?:departments|functions)\s*(?:\(|:|including)|(?:engineers|developers) (?:on|across|including)|candidates (?:in|across)(?= [\w-]+(?: [\w-]+){0,2}(?:,| and| or))|(?:engineers|developers|hackers|people) for(?= [\w-]+(?: \([^()\n]{1,40}\))?(?:,| and| or))|(?:engineers|developers):(?= [\w-]+(?: \([^()\n]{1,40}\))?(?:,| and| or))|(?:fellowships?|internships?|jobs?|opportunities|careers?|roles?|openings?|positions?) (?:in|across|for|including)|across (?:the board|all|our)(?: \w+)?|disciplines?:)/i,
  // Tried at these word starts, not at every character of each sentence asked (1.3 µs a sentence).
  ['hiri', 'depa', 'func', 'engi', 'deve', 'cand', 'hack', 'peop', 'fell', 'inte', 'job', 'oppo', 'care', 'role', 'open', 'posi', 'acro', 'disc'],
);
/**
 * Whether a line is a line of items: "iOS/Swift | Android/Java | Back-End", "Frontend / Backend /
 * Full-stack / Ops": a " | ", or two " / " and no sentence end. Found by string searches: the
 * expression this replaces, / \| |^[^.!?]*(?: \/ [^.!?]*){2,}$/, tried 2^n ways to place a line's
 * n slashes before it failed on a sentence end (209 ms for a line of 112 characters).
 */
export function isItemLine(line: string): boolean {
  if (line.includes(' | ')) return true;
  const slash = line.indexOf(' / ');
  return slash >= 0 && line.indexOf(' / ', slash + 3) >= 0 && !SENTENCE_MARK.test(line);
}
const SENTENCE_MARK = /[.!?]/;
/** A list item's mark: a bullet, a number or a letter ("- ", "* ", "• ", "2. ", "3) ", "a) "). */
const BULLET_MARK = String.raw`^\s*(?:[-*•·▪◦>]|[=-]>|\d{1,2}[.)]|[a-h]\))\s`;
const BULLET = new RegExp(BULLET_MARK);

/**
 * Whether a text may open with BULLET_MARK: false when its first character after ASCII white
 * space is none a bullet or a number starts with (a non-ASCII one may be either). The
 * expressions that open with a bullet run for every sentence described, and most lines open
 * with a word: this turns those away without starting an expression.
 */
function mayOpenWithBullet(text: string): boolean {
  let i = 0;
  let c = charCodeAt.call(text, 0);
  while (c === 32 || (c >= 9 && c <= 13)) c = charCodeAt.call(text, ++i);
  return (
    c >= 0x80 || c === 45 /* - */ || c === 42 /* * */ || c === 62 /* > */ || c === 61 /* =, of "=>" */ || (c >= 48 && c <= 57) || (c >= 97 && c <= 104 && charCodeAt.call(text, i + 1) === 41) /* "a)" */
  );
}
/**
 * Words that open a requirement or a sentence, not a title: "- Experience with Python (3+ years)",
 * "- Strong SQL", "- Familiarity with AWS", "- The ability to ...".
 */
const REQUIREMENT_WORDS = String.raw`(?:Experience|Knowledge|Strong|Solid|Proven|Excellent|Good|Great|Deep|Familiarity|Familiar|Understanding|Ability|Able|Background|Expertise|Proficiency|Proficient|Exposure|Degree|Bachelor|Master|Minimum|Plus|Bonus|Nice|Must|Some|Any|At|A|An|The|You|We|Our|Your|Comfortable|Working|Hands|Fluent|Fluency|Passion|Interest|Years?|Api)\b`;
/** A bullet of at most four words ("- Front-end/web"): a list item when it follows "Positions available:". */
const SHORT_BULLET = new RegExp(
  String.raw`${BULLET_MARK}+(?!${REQUIREMENT_WORDS})[^\s.!?:]+(?:\s+[^\s.!?:]+){0,3}\s*$`,
  'i',
);
/**
 * A line of short items between commas, without a bullet: "Node engineering, devops, test" then
 * "Product management, talent, business development" under "We're hiring a variety of roles:".
 * Capitalised, unlike the lines of wrapped prose ("scalability challenges, build beautiful UI").
 */
const COMMA_ITEMS = /^[ \t]*[A-Z][^.!?:,()\n]{0,30}(?:,[ \t]*[A-Za-z][^.!?:,()\n]{0,30}){1,8}$/;
/** COMMA_ITEMS whose every item opens with a capital or "iOS": a list of titles or disciplines. */
const CAPITALISED_ITEMS = /^[ \t]*[A-Z][^.!?:,()\n]{0,30}(?:,[ \t]*(?:and[ \t]+)?(?:[A-Z]|i[A-Z])[^.!?:,()\n]{0,30}){1,8}$/;
/**
 * A long line of titles, each with its place or team in brackets, under a discipline's label:
 * "Engineering: Computer Vision Engineer (SF), DSP Software Engineer (SF), Machine Learning
 * Engineer (SF), ...". Every item opens with a capital, as in CAPITALISED_ITEMS (nine recorded
 * postings change: eight lines of titles, one list of topics).
 */
const TITLE_ITEM = String.raw`[^.!?:,()\n]{0,40}(?:\([^()\n]{1,25}\)[ \t]*)?`;
const BRACKETED_TITLES = new RegExp(String.raw`^[ \t]*(?:([A-Z][\w &/-]{0,25}):[ \t]+)?[A-Z]${TITLE_ITEM}(?:,[ \t]*(?:and[ \t]+)?(?:[A-Z]|i[A-Z])${TITLE_ITEM}){2,30},?[ \t]*$`);
/** BRACKETED_TITLES, not under a label of the stack ("Technologies that we use:", "Skills:"). */
function bracketedTitles(line: string): boolean {
  const m = BRACKETED_TITLES.exec(line);
  return m !== null && !(m[1] !== undefined && STACK_WORDS.test(m[1]));
}
/**
 * Whether a line may be COMMA_ITEMS or CAPITALISED_ITEMS: a capital after spaces and tabs, and
 * the line's first comma at most 31 characters after it. Most lines fail this, and the
 * expressions read up to 30 characters of each before they fail.
 */
function mayBeCommaItems(line: string): boolean {
  let i = 0;
  let c = charCodeAt.call(line, 0);
  while (isBlank(c)) c = charCodeAt.call(line, ++i);
  if (!(c >= 65 && c <= 90)) return false;
  // Only as far as the comma may be: a long line without one is not read to its end for every
  // sentence on it (200 KB of ". AI 000equity " took 0.5 s).
  return line.slice(i + 1, Math.min(line.length, i + 32)).includes(',');
}
/** Words before a role that turn it away: "Please no recruiters", "no agencies or recruiters". */
const REFUSAL = new WordSet(['no', 'unsolicited']);
/** Words after a role that turn it away: "recruiters need not apply". */
const REFUSAL_AFTER = /^\W*(?:need not apply|not welcome|please don['’]t|do not contact)\b/i;
/** How much of the text after a role REFUSAL_AFTER reads. */
const REFUSAL_AFTER_REACH = 30;

/**
 * Whether REFUSAL_AFTER may match in the REFUSAL_AFTER_REACH characters from `end`: its phrases
 * open with "n", "p" or "d" after characters that are no word's. Most roles are followed by
 * other words, and skip the expression (the role rules' most frequent, 7 a posting).
 */
function mayBeRefusedAfter(text: string, end: number): boolean {
  const to = Math.min(text.length, end + REFUSAL_AFTER_REACH);
  let j = end;
  while (j < to && !isAsciiWordChar(charCodeAt.call(text, j))) j++;
  if (j >= to) return false;
  const c = charCodeAt.call(text, j) | 32;
  return c === 110 /* n */ || c === 112 /* p */ || c === 100 /* d */;
}
/**
 * A role that is the poster or a contact, not a job: "I'm a tech recruiter for Rapid7", "I'm Head
 * of Product", "I'm Olli's CTO" (the company's name is blanked by then, so the owner may be
 * spaces), "I previously was VP Eng at Bugsnag", "contact our technical recruiter", "email our
 * freelance recruiter Todora", "send our CTO an email", "get in touch with our COO Pete Smith".
 */
const POSTER_BEFORE = new Keyword(
  /(?:\b(?:i['’]?m|i\s+am)\s+(?:(?:a|an|the)\s+|[\w-]*['’]s\s+|[a-z]+(?<!ing)(?:[ \t]+[a-z]+(?<!ing))?[ \t]*[(,][ \t]*|$)|\bi[ \t]+(?:(?:previously|formerly|once|also)[ \t]+)?(?:was|have[ \t]+been|['’]ve[ \t]+been)[ \t]+(?:(?:a|an|the)[ \t]+)?|\bme[ \t]+\([ \t]*|\bcontact[ \t]+(?:(?:a|an|the|our|my)[ \t]+)?|\b(?:e-?mail|write[ \t]+to|reach[ \t]+out[ \t]+to|send|get[ \t]+in[ \t]+touch[ \t]+with|talk[ \t]+to|speak[ \t]+(?:to|with))[ \t]+(?:the|our|my)[ \t]+)(?:[\w-]+(?:[ \t]*[&/][ \t]*|[ \t]+)){0,2}$/i,
  ["i'", 'im', 'i a', 'i ', 'me ', 'cont', 'e-ma', 'emai', 'writ', 'reac', 'send', 'get ', 'talk', 'spea'],
);
/**
 * A signature before the role: "Krystof Hilar, Co-Founder & CTO", "- Jane Doe, CTO". The name's
 * words are no title's ("Backend Engineer, CTO" lists two roles).
 */
const SIGNATURE_BEFORE =
  /^[ \t]*(?:[-–—~]+[ \t]*)?(?!(?:[A-Z][\w'’.-]*[ \t]+)*(?:Senior|Sr|Junior|Jr|Staff|Lead|Principal|Head|Hiring|Backend|Back|Frontend|Front|Full|Fullstack|Software|Data|Product|Engineering|Engineers?|Developers?|Designers?|Design|Managers?|Directors?|Founders?|Co-[Ff]ounders?|Chief|Technical|Mobile|Web|Platform|Cloud|Security|Marketing|Sales|Operations|Systems?|Administrators?|Analysts?|Scientists?|Researchers?|Interns?|Test|Support|Customer|Account|Solutions|Site|Machine|Learning|Embedded|Hardware|Firmware|Game|Graphics)\b)([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’.-]+){1,2}),[ \t]*(?:(?:[Cc]o-?[Ff]ounder|[Ff]ounder|CEO|VP|[Hh]ead|and|of)[ \t]*(?:[&/][ \t]*)?)*$/;

/** SIGNATURE_BEFORE, unless its "name" is a place: "New York, Backend and Frontend Developers". */
function signatureBefore(text: string): boolean {
  const m = SIGNATURE_BEFORE.exec(text);
  return m !== null && lookupName(m[1]!).length === 0;
}

/** The last offset in [from, to) of the character `c`, or -1. */
function lastIndexIn(text: string, c: number, from: number, to: number): number {
  for (let j = to - 1; j >= from; j--) if (charCodeAt.call(text, j) === c) return j;
  return -1;
}

/** Whether the character `c` occurs in text[from, to). */
function hasCharIn(text: string, c: number, from: number, to: number): boolean {
  return lastIndexIn(text, c, from, to) >= 0;
}

/**
 * Where the line that offset `start` is on begins, or `from` if it begins before that, when a
 * comma lies between there and `start`; else -1. One pass back over text[from, start).
 */
function commaLineBefore(text: string, from: number, start: number): number {
  // Searched for in a slice (a view, not a copy) by lastIndexOf, which reads characters faster
  // than a loop of charCodeAt (110 against 180 ns a term, asked of nearly every role term).
  const before = text.slice(from, start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return -1;
  const line = before.lastIndexOf('\n');
  return line < 0 ? from : comma > line ? from + line + 1 : -1;
}

/** Whether a comma lies between word k and word k + 1. */
function commaBetween(words: Words, k: number): boolean {
  return hasCharIn(words.text, 44, words.end[k]!, words.start[k + 1]!);
}

/** Whether a sentence or line ends between word a and a later word b. */
function breakBetween(words: Words, a: number, b: number): boolean {
  const text = words.text;
  for (let j = words.end[a]!, to = words.start[b]!; j < to; j++) {
    const c = charCodeAt.call(text, j);
    if (c === 46 || c === 59 || c === 33 || c === 63 || c === 124 || c === 10) return true;
  }
  return false;
}

/** A line break that ends a list item or a paragraph: a blank line, a bullet, a closing mark. */
const ITEM_BREAK = /\n[ \t]*(?:\n|[-*•·+❂▪◦>=]|\d{1,2}[.)])|[.:;!?)\]|][ \t]*\n/;

/** Whether a role term is one the posting turns away, or the poster's own, not one it hires. */
function refused(words: Words, i: number, n: number): boolean {
  const start = words.start[i]!;
  // "Network Engineer\n* Manager, System Operations" is two list items, not "engineer manager";
  // a line merely wrapped inside a sentence ("machine\nlearning") still joins its words.
  if (n > 1 && hasCharIn(words.text, 10, start + 1, words.start[i + n - 1]! + 1) && ITEM_BREAK.test(words.text.slice(start, words.start[i + n - 1]!))) return true;
  for (let k = Math.max(0, i - 3); k < i; k++) {
    // "No remote. Senior Engineer": a refusal reaches only the words of its own sentence.
    if (REFUSAL.at(words, k) && !breakBetween(words, k, i)) return true;
  }
  const from = Math.max(0, start - 40);
  const sites = sitesOfWords(words);
  if (sites.mayMatchIn(POSTER_BEFORE, from, start) && sites.firstIn(POSTER_BEFORE, words.text.slice(from, start), from)) return true;
  // A signature has a comma before the role: most terms have none on their line, and skip the expression.
  // The search stops at `from`: one running back to the line's start made a long line quadratic.
  const lineFrom = commaLineBefore(words.text, from, start);
  if (lineFrom >= 0 && signatureBefore(words.text.slice(lineFrom, start))) return true;
  const end = words.end[i + n - 1]!;
  return mayBeRefusedAfter(words.text, end) && REFUSAL_AFTER.test(words.text.slice(end, end + REFUSAL_AFTER_REACH));
}
/**
 * What turns recruiters away, or says the recruiter is the poster: "(read first by engineers, not
 * recruiters)", "P.s. recruiters/offshore devs, we're not interested", "Recruiters: appreciate your
 * hustle, but we're only hiring through direct applications", "I'm our internal recruiter".
 */
const RECRUITERS_AWAY = /\b(?:not|no|don['’]t|do not|never|only|interested|appreciate|please|spam|agenc(?:y|ies)|internal|our|my|i['’]m|i am)\b/i;

/** Whether the sentence around a recruiter term (start, end) turns recruiters away (RECRUITERS_AWAY). */
function recruitersTurnedAway(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 40), end + 60);
  const at = start - Math.max(0, start - 40);
  // Only the term's own sentence: cut at the sentence marks on each side.
  let from = 0;
  for (let j = at - 1; j >= 0; j--) {
    const c = charCodeAt.call(near, j);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && j + 1 < near.length && charCodeAt.call(near, j + 1) === 32)) {
      from = j + 1;
      break;
    }
  }
  let to = near.length;
  for (let j = at + (end - start); j < near.length; j++) {
    const c = charCodeAt.call(near, j);
    if (c === 10 || c === 46 || c === 33 || c === 63) {
      to = j;
      break;
    }
  }
  return RECRUITERS_AWAY.test(near.slice(from, to));
}

/** "UI design skills", "with UX/UI experience": a discipline asked of the hire, not a title. */
const SKILL_AFTER = /^[ \t]+(?:skills?|experience|expertise|background|knowledge|sensibilit(?:y|ies)|chops)\b/i;
/** "a passion for UI/UX", "experience in DevOps", "knowledge of marketing". */
const SKILL_BEFORE = /\b(?:(?:passion|eye|flair|knack) for|(?:experience|expertise|background|skills?|interest) (?:in|with)|(?:knowledge|understanding) of|familiarity with)[ \t]+$/i;

/**
 * Whether a title term that names a discipline, not a person ("UX/UI", "UI design"; not
 * "Designer"), is a skill the hire should have. Asked of design and of operations ("5+ years Linux
 * devops experience", "a java architect with some devops experience"; operations stays the job
 * where no other engineering role is named: our 21 sets, 7 postings better, none worse). Not of
 * the rest: "a passion for test automation", "experience in security" say what the one hire
 * does as often as not (our labelled sets).
 */
function asSkill(words: Words, i: number, n: number): boolean {
  const start = words.start[i]!;
  const end = words.end[i + n - 1]!;
  if (PERSON_WORD.test(words.text.slice(start, end))) return false;
  return SKILL_AFTER.test(words.text.slice(end, end + 16)) || SKILL_BEFORE.test(words.text.slice(Math.max(0, start - 30), start));
}

/** Short lines are titles or list items ("- Senior iOS Developer", "Job: Android Engineer"). */
const TITLE_LINE_MAX = 120;

/** What a sentence says about the roles named in it. Each part is worked out only when asked. */
interface Sentence {
  /** Roles named here are roles the posting hires for (before the people already there are named). */
  announces(offset: number): boolean;
  /** Whether the offset is in a title (the header, a short title line, a list item's title). */
  inTitle(offset: number): boolean;
  /** Offset from which discipline words count without a noun (a list), or Infinity. */
  listFrom(): number;
  /**
   * Whether the offset starts the title of a list item under a line announcing roles, a title of
   * capitalised words: "We're looking for people interested in:" then "* Mobile (iOS,
   * Objective-C) - leading our apps". ("* Design minded - you think about why", "* Web and Mobile
   * Assessments: ..." describe a trait and a service.)
   */
  opensListedTitle(offset: number): boolean;
}

/**
 * A line break, or . ! ? ; before white space or the end: where a sentence ends. Not the full stop
 * of an abbreviation: "hiring across the board: Engineering Manager, Sr. Front-end Engineer, Sr.
 * Back-end Engineer, ..." is one sentence. Nor the full stop of a list item's number at its line's
 * start (itemNumberStop). The marks are what the expression
 *   /\n|(?<!\b(?:[Ss]r|[Jj]r|Mr|Ms|Mrs|Dr|St|vs|e\.g|i\.e|incl|approx|Inc|Ltd|Co))\.(?=\s|$)|[!?;](?=\s|$)/g
 * finds, past item numbers; it is read by SentenceMarks instead (see there).
 */
const ABBREVIATIONS = ['Sr', 'sr', 'Jr', 'jr', 'Mr', 'Ms', 'Mrs', 'Dr', 'St', 'vs', 'e.g', 'i.e', 'incl', 'approx', 'Inc', 'Ltd', 'Co'];
/** ABBREVIATIONS by the code of their last character (all ASCII): a full stop after any other is no abbreviation's. */
const ABBREVIATIONS_ENDING: (string[] | undefined)[] = new Array(128).fill(undefined);
for (const a of ABBREVIATIONS) {
  const last = a.charCodeAt(a.length - 1);
  ABBREVIATIONS_ENDING[last] = [...(ABBREVIATIONS_ENDING[last] ?? []), a];
}

/** Whether an abbreviation (ABBREVIATIONS), a whole word from its start, ends right before offset `p`. */
function abbreviationBefore(t: string, p: number): boolean {
  if (p === 0) return false;
  const c = charCodeAt.call(t, p - 1);
  const list = c < 128 ? ABBREVIATIONS_ENDING[c] : undefined;
  if (list === undefined) return false;
  for (const a of list) {
    const q = p - a.length;
    if (q >= 0 && t.startsWith(a, q) && (q === 0 || !isAsciiWordChar(charCodeAt.call(t, q - 1)))) return true;
  }
  return false;
}

/**
 * Whether the full stop at `at` follows a list item's number at its line's start ("1. Frontend
 * Developer - Lead the development ..."): the item goes on as one sentence.
 */
function itemNumberStop(t: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && j >= at - 3 && charCodeAt.call(t, j) >= 48 && charCodeAt.call(t, j) <= 57) j--;
  const digits = at - 1 - j;
  if (digits < 1 || digits > 2) return false;
  while (j >= 0 && isBlank(charCodeAt.call(t, j))) j--;
  return j < 0 || charCodeAt.call(t, j) === 10;
}

/** Whether the mark character at `p` (one of \n . ! ? ;) ends a sentence (see ABBREVIATIONS). */
function endsSentence(t: string, p: number): boolean {
  const c = charCodeAt.call(t, p);
  if (c === 10) return true;
  if (p + 1 < t.length && !isJsSpace(charCodeAt.call(t, p + 1))) return false;
  return c !== 46 || !(abbreviationBefore(t, p) || itemNumberStop(t, p));
}

/**
 * The sentence ends of a text in order, from an offset on. The five mark characters are found by
 * indexOf, which reads many characters at a time, and only they are looked at: the expression
 * this replaces was tried at every character of every posting (about 5% of the role rules).
 * Each character's next place is searched for once, from just past its last one, so a text is
 * read at most once for each.
 */
class SentenceMarks {
  private newline: number;
  private stop: number;
  private bang: number;
  private question: number;
  private semicolon: number;
  constructor(
    private readonly t: string,
    from: number,
  ) {
    this.newline = this.find('\n', from);
    this.stop = this.find('.', from);
    this.bang = this.find('!', from);
    this.question = this.find('?', from);
    this.semicolon = this.find(';', from);
  }

  /** The next place of `c` at or after `from`, or the text's length for none. */
  private find(c: string, from: number): number {
    const at = this.t.indexOf(c, from);
    return at < 0 ? this.t.length : at;
  }

  /** The next sentence end's offset (its mark's), or -1 when there is none. */
  next(): number {
    const t = this.t;
    for (;;) {
      const p = Math.min(this.newline, this.stop, this.bang, this.question, this.semicolon);
      if (p >= t.length) return -1;
      if (p === this.newline) this.newline = this.find('\n', p + 1);
      else if (p === this.stop) this.stop = this.find('.', p + 1);
      else if (p === this.bang) this.bang = this.find('!', p + 1);
      else if (p === this.question) this.question = this.find('?', p + 1);
      else this.semicolon = this.find(';', p + 1);
      if (endsSentence(t, p)) return p;
    }
  }
}

/**
 * The start offsets of a text's sentences, ascending: 0, then the offset after each sentence end.
 * With `breaks`, the offsets of its line breaks (every one ends a sentence) are added to it; with
 * `breaksBefore` beside it, for each sentence, how many of them lie before its start.
 */
export function sentenceStarts(t: string, breaks?: number[], breaksBefore?: number[]): number[] {
  const starts = [0];
  breaksBefore?.push(0);
  const marks = new SentenceMarks(t, 0);
  for (let p = marks.next(); p >= 0; p = marks.next()) {
    starts.push(p + 1);
    if (breaks !== undefined) {
      if (charCodeAt.call(t, p) === 10) breaks.push(p);
      breaksBefore?.push(breaks.length);
    }
  }
  return starts;
}

/** A first line longer than any header's fields (characters): a paragraph that runs on after them. */
const RUN_ON_HEADER = 250;

/**
 * The sentences (or lines) of a text and what each says. Boundaries are found in one pass the
 * first time they are needed; the expressions run only on sentences that name a role term,
 * and only as far as the question asked needs them.
 */
class Sentences {
  /** Start offsets of the sentences, ascending. */
  private starts: number[] | null = null;
  /**
   * Offsets of the line breaks, ascending: found with the sentences' ends (boundaries), where each
   * sentence looking for its line's ends read back and on to them.
   */
  private breaks: number[] = [];
  /**
   * For each sentence, how many line breaks lie before its start: no break lies inside a
   * sentence, so its line runs from the last of those to the next, found without bisecting
   * `breaks` twice for every sentence described.
   */
  private breaksBefore: number[] = [];
  /** The sentence `at` found last: the terms asking are mostly in order, several to a sentence. */
  private last = 0;
  /** Whether a line longer than TITLE_LINE_MAX is a line of titles, by its start: every sentence on it asks. */
  private longTitleLines: Map<number, boolean> | null = null;
  /** The sentences described so far, by their number (their start's index in `starts`). */
  private readonly described: (Sentence | undefined)[] = [];
  /** lineBeforeList's answers, by line start. */
  private openers: Map<number, [number, number] | null> | null = null;
  /** listOpening's answers, by the start of the line a list follows. */
  private openings: Map<number, ListOpening> | null = null;
  private readonly fieldHeader: boolean;
  private readonly firstLineEnd: number;
  constructor(
    private readonly text: string,
    headerEnd: number,
    private readonly sites: KeywordSites,
  ) {
    this.firstLineEnd = Math.min(firstLineEnd(text), headerEnd);
    // A posting written as one paragraph runs on from its header fields into prose: "MixRank |
    // Software Engineers | 100% REMOTE | Full-Time MixRank processes petabytes ... across
    // industries including Finance, Recruiting, Sales". Its header ends with the sentence its last
    // field is in; the sentences after need a hiring cue as any other.
    if (this.firstLineEnd > RUN_ON_HEADER) {
      const end = new SentenceMarks(text, Math.max(0, text.lastIndexOf('|', this.firstLineEnd))).next();
      if (end >= 0 && end + 1 < this.firstLineEnd) this.firstLineEnd = end + 1;
    }
    // A header line of fields ("Acme | Backend, Data | Berlin") is a list: its words need no noun.
    this.fieldHeader = /\||\s[-–—]\s/.test(text.slice(0, this.firstLineEnd));
  }

  private boundaries(): number[] {
    if (this.starts === null) {
      this.breaks = [];
      this.breaksBefore = [];
      this.starts = sentenceStarts(this.text, this.breaks, this.breaksBefore);
    }
    return this.starts;
  }

  /** Whether the long line [ls, le) is a line of titles (CAPITALISED_ITEMS, bracketedTitles), worked out once a line. */
  private longTitleLine(ls: number, le: number): boolean {
    this.longTitleLines ??= new Map();
    let known = this.longTitleLines.get(ls);
    if (known === undefined) {
      const lineText = this.text.slice(ls, le);
      known = (mayBeCommaItems(lineText) && CAPITALISED_ITEMS.test(lineText)) || (lineText.includes('(') && bracketedTitles(lineText));
      this.longTitleLines.set(ls, known);
    }
    return known;
  }

  at(offset: number): Sentence {
    const starts = this.boundaries();
    // The last sentence that starts at or before the offset: the one found last, if it still is.
    let lo = this.last;
    if (!(starts[lo]! <= offset && (lo + 1 === starts.length || starts[lo + 1]! > offset))) {
      lo = Math.max(0, lowerBound(starts, offset + 1) - 1);
      this.last = lo;
    }
    const hit = this.described[lo];
    if (hit !== undefined) return hit;
    // The sentence ends before the mark that starts the next one, or with the text.
    const sentence = this.describe(lo, starts[lo]!, lo + 1 < starts.length ? starts[lo + 1]! - 1 : this.text.length);
    this.described[lo] = sentence;
    return sentence;
  }

  /**
   * The line the bullets around line start `ls` follow: its [start, end), or null for none.
   * Remembered for every line of the list walked through: each bullet of a list asks, and
   * walking back from each would read a list of thousands of bullets once per bullet.
   */
  private lineBeforeList(ls: number): [number, number] | null {
    const t = this.text;
    this.openers ??= new Map();
    const walked: number[] = [];
    let found: [number, number] | null = null;
    for (let at = ls; ; ) {
      const known = this.openers.get(at);
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(at);
      const end = at - 1;
      if (end <= 0) break;
      const start = t.lastIndexOf('\n', end - 1) + 1;
      const line = t.slice(start, end);
      if (!(mayOpenWithBullet(line) && BULLET.test(line)) && !(mayBeCommaItems(line) && COMMA_ITEMS.test(line)) && line.trim()) {
        found = [start, end];
        break;
      }
      at = start;
    }
    for (const at of walked) this.openers.set(at, found);
    return found;
  }

  /**
   * What the line the bullets around line start `ls` follow says (see ListOpening), worked out
   * once per list: every bullet of a long list asks.
   */
  private listOpening(ls: number): ListOpening | null {
    const before = this.lineBeforeList(ls);
    if (!before) return null;
    this.openings ??= new Map();
    let known = this.openings.get(before[0]);
    if (!known) {
      known = readListOpening(this.text.slice(before[0], before[1]), before[0], this.sites);
      this.openings.set(before[0], known);
    }
    return known;
  }

  /** Whether the bullets around line start `ls` follow a line that announces roles ("Positions available:"). */
  opensRoleList(ls: number): boolean {
    return this.listOpening(ls)?.announces ?? false;
  }

  /** opensRoleList, when the clause before the colon itself announces roles (ListOpening.clauseAnnounces). */
  opensRoleListClause(ls: number): boolean {
    return this.listOpening(ls)?.clauseAnnounces ?? false;
  }

  /**
   * The title a long list item opens with before the clause that describes the work, under a
   * line announcing roles: "We are looking for:" then "- Senior Mobile Developers to help us
   * build ...". Capitalised words only, as for opensListedTitle.
   */
  private bulletTitle(lead: string, ls: number): RegExpExecArray | null {
    if (!mayOpenWithBullet(lead)) return null;
    const m = BULLET_TITLE_CLAUSE.exec(lead) ?? BULLET_TITLE_BRACKET.exec(lead);
    return m && this.opensRoleListClause(ls) ? m : null;
  }

  /**
   * Whether the sentence starting at `s`, on the line [ls, le), is in a line of fields or
   * pipe-separated items, or is a short item of a list that follows a line announcing roles.
   */
  isFieldLine(s: number, ls: number, le: number): boolean {
    if (s < this.firstLineEnd && this.fieldHeader) return true;
    const lineText = this.text.slice(ls, le);
    return (
      (le - ls <= TITLE_LINE_MAX && isItemLine(lineText)) ||
      (((mayOpenWithBullet(lineText) && SHORT_BULLET.test(lineText)) || (mayBeCommaItems(lineText) && COMMA_ITEMS.test(lineText))) && this.opensRoleList(ls))
    );
  }

  /**
   * "SoundCloud is hiring! Back-end Developers, Front-End Developers, ...": whether the sentence
   * [s, e) on the line from `ls` follows a call on its line, which announces it.
   */
  followsCall(s: number, e: number, ls: number): boolean {
    const t = this.text;
    if (s === ls) {
      // The call ends the line before: "We're looking for:" then "Tech Lead, Lead/senior Rails
      // engineer, Senior front-end developer, and more. We're approaching hiring ...". Most
      // sentences open their line and have no comma soon: the cheap test first.
      const head = t.slice(s, Math.min(e, s + 60));
      if (!mayBeCommaItems(head) || !opensTitleList(head)) return false;
      const sentence = t.slice(s, e).replace(CLOSING_MARK, '');
      return COMMA_ITEMS.test(sentence) && this.opensRoleListClause(ls);
    }
    // A call ("SoundCloud is hiring!") has its "hiring" among HIRING_CUE's keyword sites: with none
    // in the 40 characters before the sentence, and no "!" or ":" closing the one before, neither
    // answer below can be true, and the list is not read (most sentences without a cue of their own).
    const call = Math.max(ls, s - 40);
    if (!this.sites.mayMatchIn(HIRING_CUE, call, s) && !closedByCall(t, ls, s)) return false;
    // The list first: it is anchored and rarely there, where the call is looked for at every offset.
    if (opensTitleList(t.slice(s, Math.min(e, s + 60)))) return HIRING_CALL.test(t.slice(call, s));
    // Longer titles after a call that ends with "!" or ":": "We are hiring amazing people to help
    // build our platform! Senior Full Stack Cloud Engineers and Tech Leads, Senior iOS and Android
    // Developers, Senior DevOps/SRE Engineers, ...".
    return closedByCall(t, ls, s) && titleItems(t.slice(s, e)) && this.callEndsBefore(ls, s);
  }

  /**
   * Whether the sentence before `s` on its line has a hiring cue. Asked only after closedByCall
   * has found the "!" or ":" it ends with.
   */
  private callEndsBefore(ls: number, s: number): boolean {
    const from = Math.max(ls, s - CALL_MAX);
    const before = this.text.slice(from, s);
    const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? ')) + 1;
    return this.sites.firstIn(HIRING_CUE, before.slice(start), from + start) !== null;
  }

  /**
   * Where the title of the short list item `leadTitle` (on the line from `ls`) starts, when it is
   * a title of capitalised words under a line announcing roles: "* Mobile (iOS, Objective-C) -
   * leading our native apps". Else -1.
   */
  listedTitleStart(ls: number, leadTitle: RegExpExecArray): number {
    const bullet = BULLET.exec(leadTitle.input);
    const listed = bullet && CAPITALISED_TITLE.test(leadTitle[0].slice(bullet[0].length).replace(CLOSED_BRACKET, '')) && this.opensRoleListClause(ls);
    return listed ? ls + bullet![0].length : -1;
  }

  /**
   * Sentence number n, [s, e) without its closing mark, and the line it is on. Only what every
   * question needs (where its title ends) is worked out here; the rest when first asked: most
   * sentences are only asked whether they announce roles.
   */
  private describe(n: number, s: number, e: number): Sentence {
    const t = this.text;
    // The sentence's line, from the breaks that boundaries() found (describe is asked after it).
    const before = this.breaksBefore[n]!;
    const ls = before > 0 ? this.breaks[before - 1]! + 1 : 0;
    const le = before < this.breaks.length ? this.breaks[before]! : t.length;
    // A line of capitalised items however long: "Backend Engineer, Frontend Engineer, iOS Engineer,
    // Product Designer, Community Strategy, Business Development, Head of Public Relations".
    const titleLine = s < this.firstLineEnd || (le - ls <= TITLE_LINE_MAX ? !REQUIREMENT_LINE.test(t.slice(ls, le)) : this.longTitleLine(ls, le));
    // A list item that opens with its title: "* Backend engineer: So much data, so little time!"
    const lead = t.slice(ls, Math.min(le, ls + LEAD_TITLE_MAX + 4));
    const leadTitle = s === ls && mayOpenWithBullet(lead) ? LEAD_TITLE.exec(lead) : null;
    const item = !titleLine && s === ls ? (leadTitle ?? (ls > 0 && charCodeAt.call(t, ls - 2) === 10 ? paragraphTitle(lead) : null) ?? this.bulletTitle(lead, ls)) : null;
    // "Roles: Staff Backend Engineer; Staff Technical Writer; Forward Deployed Engineer": what
    // follows a semicolon goes on with the list that the line's label opens.
    const labelled = !titleLine && s > ls && semicolonBefore(t, Math.max(ls, s - 3), s) && ROLE_LIST_LABEL.test(lead);
    const itemEnd = item ? qualifiedEnd(t, ls + item[0].length, le) : s;
    return new SentenceFacts(this, this.sites, t.slice(s, e), s, e, ls, le, titleLine || labelled ? Number.POSITIVE_INFINITY : itemEnd, leadTitle);
  }
}

/**
 * A short line that asks for a skill or describes a duty, not a title: "- A background in basic
 * data science concepts", "- Assist the customer success team", "- Contribute to platform-wide UX / UI
 * decisions", "- Ensure that deliverables are self-certified before going to QA", "- Comfortable with basic devops
 * tasks", "- Able to communicate with artists, designers", or the hiring process ("Interview
 * process: a call with our product manager"). It names roles only with a cue.
 */
const REQUIREMENT_LINE =
  /^[\s*•·▪◦>-]*(?:\d{1,2}[.)]\s*)?(?:(?:have|has|possess|bring|with)\s+)?(?:(?:an?|some|your|strong|solid|proven|deep|production|hands-on|prior|previous|professional)\s+){0,2}(?:background|experience|knowledge|familiarity|understanding|understand|know|familiar\s+with|comfortable\s+with|proficiency|exposure|ability|able\s+to|expertise|degree|comfort|interest|passion|working\s+knowledge|years?\s+of|assist|collaborate|contribute|ensure|work\s+(?:with|closely|alongside)|help\s+(?:us|the|our|with|to)|participate|partner\s+with|liaise|coordinate|communicate|report\s+to|(?:hiring|interview(?:ing)?|application)\s+process)\b/i;

/** A call that ends a sentence: "SoundCloud is hiring!", "We're hiring:", "Now hiring!", "We are hiring across the board.". */
const HIRING_CALL = /\b(?:is|are|we['’]re|now)\s+hiring(?:\s*[!:]|(?:\s+across\s+the\s+board)?\s*\.)\s*$/i;
/**
 * Whether a sentence opens as a list of titles: a word that is no pronoun, article or
 * preposition, in any case ("Back-end Developers, ...", "backend, frontend, ..."), and a comma
 * soon. It answers as the expression
 *   /^\s*(?!(?:we|you|our|i|it|this|they|the|a|an|if|as|at|in|from|for|with|and)\b)[A-Z][\w-]*(?:[ \t/&-]+[\w-]+){0,4}\s*,/i
 * did, reading each character once: a dash may be part of a word or of the separator between
 * two, and the expression tried every way to share a run of dashes out among its five words
 * before it failed (30 dashes: 0.3 s; the sixty characters it is given: minutes).
 */
export function opensTitleList(text: string): boolean {
  // It answers at a comma only: most sentences have none this soon (a search, not the loop below).
  if (!text.includes(',')) return false;
  const n = text.length;
  let i = 0;
  while (i < n && isJsSpace(charCodeAt.call(text, i))) i++;
  const first = charCodeAt.call(text, i) | 32;
  if (!(first >= 97 && first <= 122)) return false;
  let wordEnd = i + 1;
  while (wordEnd < n && isAsciiWordChar(charCodeAt.call(text, wordEnd))) wordEnd++;
  if (NO_TITLE_OPENER.has(text.slice(i, wordEnd).toLowerCase())) return false;
  // The expression's states after the first letter, as bits: the first word (the letter's), the
  // separator and the word of each of the four groups after it, the white space before the comma.
  let states = FIRST_WORD;
  for (let k = i + 1; k < n && states !== 0; k++) {
    const c = charCodeAt.call(text, k);
    if (c === 44) return (states & (FIRST_WORD | GROUP_WORDS | SPACE_BEFORE_COMMA)) !== 0;
    const word = isAsciiWordChar(c) || c === 45;
    const separator = c === 32 || c === 9 || c === 47 || c === 38 || c === 45;
    const space = isJsSpace(c);
    let next = 0;
    if (states & FIRST_WORD) next |= (word ? FIRST_WORD : 0) | (separator ? separatorOf(1) : 0) | (space ? SPACE_BEFORE_COMMA : 0);
    for (let g = 1; g <= 4; g++) {
      if (states & separatorOf(g)) next |= (separator ? separatorOf(g) : 0) | (word ? wordOf(g) : 0);
      if (states & wordOf(g)) next |= (word ? wordOf(g) : 0) | (separator && g < 4 ? separatorOf(g + 1) : 0) | (space ? SPACE_BEFORE_COMMA : 0);
    }
    if (states & SPACE_BEFORE_COMMA && space) next |= SPACE_BEFORE_COMMA;
    states = next;
  }
  return false;
}
const NO_TITLE_OPENER = new Set(['we', 'you', 'our', 'i', 'it', 'this', 'they', 'the', 'a', 'an', 'if', 'as', 'at', 'in', 'from', 'for', 'with', 'and']);
const FIRST_WORD = 1;
const separatorOf = (g: number) => 1 << (2 * g - 1);
const wordOf = (g: number) => 1 << (2 * g);
const GROUP_WORDS = wordOf(1) | wordOf(2) | wordOf(3) | wordOf(4);
const SPACE_BEFORE_COMMA = 1 << 9;

/** A line that opens with a label for the roles listed after it: "Roles:", "Open positions:", "OPENINGS:". */
const ROLE_LIST_LABEL = /^[\s*•·▪◦>-]*(?:(?:open|current|available|other)\s+)?(?:roles|positions|openings|vacancies|jobs|hiring(?:\s+for)?|now\s+hiring|we['’]re\s+hiring(?:\s+for)?)\s*:/i;
/** Whether text[from, to) ends with a semicolon and white space after it (/;\s*$/), read back from its end. */
function semicolonBefore(text: string, from: number, to: number): boolean {
  let j = to - 1;
  while (j >= from && isJsSpace(charCodeAt.call(text, j))) j--;
  return j >= from && charCodeAt.call(text, j) === 59;
}
/** A title of capitalised words ending in a word for a person: "Senior DevOps/SRE Engineers". */
const LISTED_TITLE = /^\s*(?:and\s+)?[A-Z][\w/+-]*(?:\s+(?:and\s+|&\s+)?[\w/+-]+){0,7}?\s+[\w/-]*(?:er|ist|or|ant|ian|ead|ect)s?\s*$/;

/** Whether the last mark before `s` (after `ls`, past white space) is "!" or ":": most sentences are not, and skip the rest. */
function closedByCall(text: string, ls: number, s: number): boolean {
  let j = s - 1;
  while (j >= ls && isBlank(charCodeAt.call(text, j))) j--;
  const c = charCodeAt.call(text, j);
  return j >= ls && (c === 33 || c === 58);
}

/** Whether a sentence is a list of two or more such titles, joined by commas. */
function titleItems(sentence: string): boolean {
  const items = sentence.split(',');
  if (items.length < 3) return false;
  let titles = 0;
  for (const item of items) if (LISTED_TITLE.test(item)) titles++;
  return titles >= 2 && titles * 2 >= items.length;
}

/** The longest call before a list on its line (characters). */
const CALL_MAX = 160;
/** The mark that closes a sentence, and the space after it. */
const CLOSING_MARK = /[.!?;]?\s*$/;

/** Longest title a list item may open with before its colon or dash. */
const LEAD_TITLE_MAX = 60;
/** The dash after a title, spaced: " - ", " -- ", " – ", " — ". */
const SPACED_DASH = String.raw`\s(?:--?|[–—])\s`;
/** A bullet or number, then a short title ending at a colon or a spaced dash. */
const LEAD_TITLE = new RegExp(String.raw`${BULLET_MARK}+[^:.!?\n]{2,${LEAD_TITLE_MAX}}?(?=:|${SPACED_DASH})`);
/** A bracketed word or two before a title: "(Android) Mobile Engineers - You will ...". */
const TITLE_BRACKET = String.raw`(?:\([A-Z][\w/+# -]{0,20}\)[ \t]*)?`;
/**
 * A paragraph that opens with a title and its colon ("Senior Data Engineer: $170k–$190k Build
 * ..."), or else with a title and a spaced dash ("Senior Mobile Developer - Create the first
 * cross-platform application ..."). The colon first: "Senior Software Engineer - Infrastructure:
 * you'll ..." is titled up to its colon.
 */
const PARAGRAPH_TITLE = new RegExp(String.raw`^${TITLE_BRACKET}[A-Z][^:.!?\n]{2,${LEAD_TITLE_MAX}}?(?=:\s)`);
const PARAGRAPH_TITLE_DASH = new RegExp(String.raw`^${TITLE_BRACKET}[A-Z][^:.!?\n]{2,${LEAD_TITLE_MAX}}?(?=${SPACED_DASH})`);
/**
 * Prose or a requirement before a colon, not a title: "Our CEO/founder is a marketer (see his
 * blog: ...", "Excellent recruiter and inspirational leader: ability to attract ...".
 */
const NOT_A_TITLE =
  /\b(?:is|are|was|were|we|our|you|your|us|i|my|he|his|she|her|they|their)\b|\(|^(?:excellent|strong|proven|great|solid|deep|good|helpful|nice|bonus|ability|experience|background|knowledge|familiarity|expertise)\b/i;
const PARAGRAPH_TITLE_WORDS = 6;

/** What a line that a list of bullets follows says. */
interface ListOpening {
  /** It ends with a colon and a hiring cue is in it: "Positions available:". */
  announces: boolean;
  /**
   * So does the clause before the colon, which names no stack: "Some of the positions available
   * are:", "We're looking for people who are interested in:", not "We're hiring. We use:" nor
   * "Our software stack:".
   */
  clauseAnnounces: boolean;
}

function readListOpening(line: string, offset: number, sites: KeywordSites): ListOpening {
  if (!/:\s*$/.test(line) || sites.firstIn(HIRING_CUE, line, offset) === null) return { announces: false, clauseAnnounces: false };
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  while (CLAUSE_START.test(line)) from = CLAUSE_START.lastIndex;
  const clause = line.slice(from);
  return { announces: true, clauseAnnounces: !STACK_WORDS.test(clause) && sites.firstIn(HIRING_CUE, clause, offset + from) !== null };
}

/** Where a clause of a line starts: after a full stop, a question or an exclamation mark. */
const CLAUSE_START = /[.!?]\s+/g;
/** A clause that introduces a stack or requirements, not roles: "We use:", "Our software stack:". */
const STACK_WORDS = /\b(?:stack|use|using|lean on|technolog\w*|tools|qualifications|requirements|skills)\b/i;
/**
 * A list item that opens with a title of capitalised words and goes on with what the hire will
 * do or be: "- Senior Web Developers to help us solve ...", "* Data Engineers who love ...". Not a
 * duty: "- Using Image Recognition to capture Visual Trends" under "Take a Lead Role in:".
 */
const BULLET_TITLE_CLAUSE = new RegExp(
  String.raw`${BULLET_MARK}+(?![A-Z][a-z]*ing\b)[A-Z][\w-]*(?:(?:\s*[/&]\s*|\s+(?:and\s+|or\s+)?)[A-Z][\w-]*){0,5}(?=\s+(?:to|who|that|with|for)\s)`,
);
/**
 * A list item that opens with a short title and a bracket of what it asks: "1) Backend developer
 * (2+ years of software development experience, proficient with Linux, ...)". Not a requirement
 * ("- Experience with Python (3+ years)", "- Strong SQL (Postgres)").
 */
const BULLET_TITLE_BRACKET = new RegExp(String.raw`${BULLET_MARK}+(?![A-Z][a-z]*ing\b|${REQUIREMENT_WORDS})[A-Z][\w-]*(?:[ \t]+[\w-]+){0,4}(?=[ \t]*\()`);
/** A title of capitalised words, joined by "and", "or", "&", "/" or commas. */
const CAPITALISED_TITLE = /^\s*[A-Z][\w-]*(?:(?:\s*[/&,]\s*|\s+(?:and\s+|or\s+)?)[A-Z][\w-]*)*\s*$/;
/**
 * A bracket closed before the colon or dash qualifies the title: "Platform engineer (including
 * technical lead) - Build ...", "Senior AI / LLM Engineer (Python) : Build ...".
 */
const CLOSED_BRACKET = /\([^()]*\)/g;
/** A word of a title: "AI / LLM Engineer" has three. */
const TITLE_WORD = /[\p{L}\p{N}][^\s/]*/gu;

/**
 * A title's qualifier after a spaced dash, before a bracket, another dash, a colon or the end of
 * the line: "Senior Software Engineers - Backend (several teams for Identity, Payments, and
 * products) - You will ...", "Software Engineer – iOS: ...". Capitalised words only: "Senior
 * Mobile Developer - Create the first ..." goes on with a sentence.
 */
const DASH_QUALIFIER = new RegExp(String.raw`^${SPACED_DASH}[A-Z][\w/+#.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w/+#.-]*){0,2}(?=[ \t]*\(|${SPACED_DASH}|[ \t]*:|[ \t]*$)`);

/** The end of a list item's title at `end`, or past its qualifier after a dash (DASH_QUALIFIER). */
function qualifiedEnd(text: string, end: number, lineEnd: number): number {
  const to = Math.min(lineEnd, end + LEAD_TITLE_MAX);
  const m = DASH_QUALIFIER.exec(text.slice(end, to));
  // A qualifier that runs to where the slice was cut short of the line's end is no qualifier.
  return m && (end + m[0].length < to || to === lineEnd) ? end + m[0].length : end;
}

function paragraphTitle(lead: string): RegExpExecArray | null {
  // Both expressions open with a capital or a bracket and need a colon or a dash after the
  // title: most leads are turned away here.
  const c = charCodeAt.call(lead, 0);
  if (c !== 40 /* ( */ && !(c >= 65 && c <= 90)) return null;
  if (!lead.includes(':') && !lead.includes('-') && !lead.includes('–') && !lead.includes('—')) return null;
  const m = PARAGRAPH_TITLE.exec(lead) ?? PARAGRAPH_TITLE_DASH.exec(lead);
  if (!m) return null;
  const title = m[0].replace(CLOSED_BRACKET, '');
  return !NOT_A_TITLE.test(title) && (title.match(TITLE_WORD)?.length ?? 0) <= PARAGRAPH_TITLE_WORDS ? m : null;
}

/** One sentence's facts, each worked out on first use (a class: no closures per sentence). */
class SentenceFacts implements Sentence {
  private announcing: boolean | null = null;
  /** Where in the sentence the first of the people already there is named (COLLEAGUES, SERVED), -1 while not found. */
  private colleaguesAt = -1;
  /** How far into the sentence they have been looked for (that many characters) and are not named. */
  private colleaguesCheckedTo = 0;
  private list = -1;
  /** Where the title of a list item under a line announcing roles starts, -1 for none; -2 until known. */
  private listedTitleStart = -2;
  constructor(
    private readonly owner: Sentences,
    private readonly sites: KeywordSites,
    private readonly sentence: string,
    private readonly start: number,
    private readonly end: number,
    private readonly lineStart: number,
    private readonly lineEnd: number,
    /** Up to here the sentence announces without a cue: all of it in the header or a short
     *  title line or list item, the title that opens a longer list item, else nothing. */
    private readonly titleUntil: number,
    /** The title a short list item opens with before its colon or dash, if it does (LEAD_TITLE). */
    private readonly leadTitle: RegExpExecArray | null,
  ) {}

  opensListedTitle(offset: number): boolean {
    if (this.leadTitle === null) return false;
    if (this.listedTitleStart === -2) this.listedTitleStart = this.owner.listedTitleStart(this.lineStart, this.leadTitle);
    return offset === this.listedTitleStart;
  }

  announces(offset: number): boolean {
    if (offset >= this.titleUntil) {
      // The sentence has a hiring cue of its own, or follows a call on its line ("We're hiring!").
      // The cue first: it is found among the keyword sites, the call read from the line.
      this.announcing ??= this.sites.firstIn(HIRING_CUE, this.sentence, this.start) !== null || this.owner.followsCall(this.start, this.end, this.lineStart);
      if (!this.announcing) return false;
    }
    // "Looking for Rust developers to join our team of researchers": the hiring comes first. Only
    // whether the people already there (or those served) are named before the offset matters, so
    // they are looked for only that far, and on from there when a later offset asks.
    const at = offset - this.start;
    if (this.colleaguesAt >= 0) return at < this.colleaguesAt;
    // Named at the offset itself counts: the offset is not before them.
    if (at < this.colleaguesCheckedTo) return true;
    const colleagues = this.sites.firstInRange(COLLEAGUES, this.sentence, this.start, this.colleaguesCheckedTo, at + 1);
    const served = this.sites.firstInRange(SERVED, this.sentence, this.start, this.colleaguesCheckedTo, at + 1);
    if (colleagues === null && served === null) {
      this.colleaguesCheckedTo = at + 1;
      return true;
    }
    this.colleaguesAt = Math.min(colleagues ? colleagues.index : Number.POSITIVE_INFINITY, served ? served.index : Number.POSITIVE_INFINITY);
    return at < this.colleaguesAt;
  }

  inTitle(offset: number): boolean {
    return offset < this.titleUntil;
  }

  listFrom(): number {
    if (this.list >= 0) return this.list;
    // A line of fields ("Acme | Backend, Data | Berlin") or items ("iOS/Swift | Back-End") is a
    // list; so is what follows "hiring across", "roles in", "disciplines:".
    const fieldLine = this.owner.isFieldLine(this.start, this.lineStart, this.lineEnd);
    const list = fieldLine ? null : this.sites.firstIn(DISCIPLINE_LIST, this.sentence, this.start);
    this.list = fieldLine ? this.start : list ? this.start + list.index + list[0].length : Number.POSITIVE_INFINITY;
    return this.list;
  }
}

// ---- Technologies as modifiers: "Scala engineers", "iOS developer" ------------------------

const FRONT_LANGUAGES = new Set(['JavaScript', 'TypeScript', 'HTML', 'CSS', 'CoffeeScript', 'Elm']);
const MOBILE_SKILLS = new Set(['Swift', 'Objective-C', 'React Native', 'Flutter', 'Ionic', 'SwiftUI', 'Jetpack Compose', 'iOS', 'Android']);
const DATA_PIPELINES = new Set(['Spark', 'Hadoop', 'Airflow', 'dbt', 'Flink', 'Databricks', 'Snowflake', 'BigQuery', 'Redshift', 'Kafka']);
/** Technologies of embedded and hardware work. */
const HARDWARE = new Set(['Embedded', 'FPGA', 'Verilog', 'VHDL', 'ROS']);
/** Front-end technologies a React Native app uses as much as a web page does. */
const MOBILE_COMPANIONS = new Set(['Redux', 'JavaScript', 'TypeScript']);
/** The languages of systems software: a generic engineer's back end when nothing else is named. */
const SYSTEMS_LANGUAGES = new Set(['C', 'C++']);
/** Languages that say nothing about the layer (C, C++: embedded as often as backend). */
const NEUTRAL = new Set(['Linux', 'C', 'C++', 'SQL', 'Shell', 'Assembly', 'MATLAB', 'R', 'Julia', 'Fortran', 'Verilog', 'VHDL']);

/** How many front-end technologies make a back-end language's developer full stack. */
const FULL_STACK_FRONT_SKILLS = 3;

/** Whether `role` is the only engineering role among these. */
function onlyEngineeringRole(roles: ReadonlySet<Role>, role: Role): boolean {
  for (const r of roles) if (r !== role && ENGINEERING.has(r)) return false;
  return true;
}

/** How many different front-end technologies are among these. */
function frontSkillCount(hits: readonly SkillHit[]): number {
  const names = new Set<string>();
  for (const h of hits) if (roleOfSkill(h.entry) === 'frontend') names.add(h.entry.name);
  return names.size;
}

// Words compared in place (wordsAre), without slicing them out.
const WEB = ['web'];
const RECRUITING = ['recruiting'];

/** Whether modifier m at word i is "web" alone. */
function isWeb(words: Words, i: number, m: Modifier): boolean {
  return m.n === 1 && wordsAre(words, i, WEB);
}

/** Where a posting's full-stack role came from. */
interface FullstackSource {
  /** A title, a modifier other than "web", or a noun's technologies named it. */
  named: boolean;
  /** "web" read it ("Web Engineers"). */
  web: boolean;
}

/** Notes where modifier m at word i, when it is a full-stack one, says full stack comes from. */
function noteFullstack(fullstack: FullstackSource, words: Words, i: number, m: Modifier): void {
  if (!m.roles.includes('fullstack')) return;
  if (isWeb(words, i, m)) fullstack.web = true;
  else fullstack.named = true;
}

/** Whether a mobile technology other than Kotlin is among these. */
function hasMobileSkill(hits: readonly SkillHit[]): boolean {
  for (const h of hits) if (h.entry.name !== 'Kotlin' && roleOfSkill(h.entry) === 'mobile') return true;
  return false;
}

/** roleOfSkill, but Kotlin is Android's language beside another mobile technology, a JVM back end's without. */
function roleOfSkillIn(e: SkillEntry, mobileStack: boolean): Role | null {
  return mobileStack && e.name === 'Kotlin' ? 'mobile' : roleOfSkill(e);
}

/**
 * roleOfSkill's answers, by entry: a posting asks it of every technology of its stack, some of
 * them several times, and each answer is up to five set look-ups by name.
 */
const SKILL_ROLES = new Map<SkillEntry, Role | null>();

/** The role a technology names when it qualifies a job title. */
export function roleOfSkill(e: SkillEntry): Role | null {
  let role = SKILL_ROLES.get(e);
  if (role === undefined) {
    role = skillRole(e);
    SKILL_ROLES.set(e, role);
  }
  return role;
}

/** roleOfSkill, worked out. */
function skillRole(e: SkillEntry): Role | null {
  if (NEUTRAL.has(e.name)) return null;
  if (HARDWARE.has(e.name)) return 'embedded_hardware';
  if (MOBILE_SKILLS.has(e.name) || e.category === 'mobile') return 'mobile';
  if (DATA_PIPELINES.has(e.name)) return 'data_engineering';
  if (FRONT_LANGUAGES.has(e.name)) return e.name === 'TypeScript' ? null : 'frontend';
  switch (e.category) {
    case 'language':
    case 'backend':
    case 'data':
      return 'backend';
    case 'frontend':
      return 'frontend';
    case 'ai_ml':
      return 'ml_ai';
    case 'infra':
      return 'devops_sre_platform';
    default:
      return null;
  }
}

/**
 * Stack → role for a generic "Software Engineer" (GUIDE.md): both ends → fullstack.
 * `mobileStack`: hasMobileSkill of these skills, worked out once per posting by the caller.
 */
function roleFromStack(hits: readonly SkillHit[], mobileStack: boolean): Role[] {
  let front = false;
  let back = false;
  let mobile = false;
  let cloud = false;
  let webFront = false;
  let hardware = false;
  for (const h of hits) {
    const e = h.entry;
    const r = roleOfSkillIn(e, mobileStack);
    if (r === 'frontend') {
      front = true;
      if (!MOBILE_COMPANIONS.has(e.name)) webFront = true;
    }
    else if (r === 'backend' || r === 'data_engineering') back = true;
    else if (r === 'mobile') mobile = true;
    else if (r === 'devops_sre_platform') cloud = true;
    else if (r === 'embedded_hardware') hardware = true;
  }
  // Developers whose only named stack is a cloud ("AWS, Serverless") write the back end.
  if (cloud && !front && !mobile) back = true;
  const hw: Role[] = hardware ? ['embedded_hardware'] : [];
  // Apps beside both web ends are a mobile role as they are beside a back end alone ("Python,
  // React, Swift"): our sets, 30 postings better, 17 worse, 13 of 18 sets up (the dev set down,
  // 2 postings).
  if (front && back) return mobile ? ['fullstack', 'mobile', ...hw] : ['fullstack', ...hw];
  // A back-end language beside embedded work is the firmware's or the tools' ("C, Python,
  // FPGA"): generic engineers there are hardware engineers (our sets: back end in 1 of 8).
  if (back) return mobile ? ['backend', 'mobile', ...hw] : hardware ? hw : ['backend'];
  // React Native with Redux is a mobile stack; a web framework beside it is a web front end too.
  if (mobile) return webFront ? ['frontend', 'mobile', ...hw] : ['mobile', ...hw];
  if (front) return ['frontend', ...hw];
  return hw;
}

// ---- Roles ----------------------------------------------------------------------------------

interface Found {
  term: Term;
  index: number;
  n: number;
}

interface Modifier {
  roles: Role[];
  n: number;
  /** A technology ("Scala engineers") or a weak word ("platform"): it needs a noun. */
  needsNoun: boolean;
  /** Names a layer outright ("Backend"): kept beside fullstack. */
  explicit: boolean;
  /** A word with other meanings ("network", "platform"): its noun must follow with only glue between. */
  weak: boolean;
}

const TEAM = new WordSet(['team', 'teams']);
/**
 * The team a hire joins, named by what it looks after: "a Data Engineer to join our analytics
 * team", "join our Core Storage team", "one in our operations team", "a web developer to join our
 * marketing team". The team's name is no second role (our sets: 11 postings right, none wrong).
 * Not "platform": "work on our Cloud Native Platform team" hires platform engineers as often as
 * not (the dev set among them).
 */
const TEAM_NAME = new Set(['analytics', 'storage', 'cloud', 'operations', 'marketing']);
/** "our", "the", "its", "their" or a possessive, then only words, before the team's name. */
const OWNED_BEFORE = /(?:\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir)|['’]s)(?:[ \t]+[\w&-]+)*[ \t]+$/;
/** The nouns after "recruiting" that name its people: "recruiting team", "Recruiting Manager". */
const RECRUITING_STAFF = new WordSet(['team', 'teams', 'manager', 'managers', 'lead', 'leads', 'coordinator', 'coordinators', 'specialist', 'specialists', 'partner', 'partners', 'director']);
/** Person nouns that end a title a modifier before it may share: "Backend and Data Engineers". */
const PERSON_NOUN = new WordSet(['engineer', 'engineers', 'developer', 'developers', 'dev', 'devs', 'programmer', 'programmers', 'hacker', 'hackers']);
/** A technology or a weak word does not share a title's noun: "Scala Data Engineer" is a data engineer. */
const NO_TITLES: ReadonlyMap<number, number> = new Map();
/** A plural person noun: "engineers", "devs". */
const PLURAL = /s$/;
/** A coordinator between a modifier and a title: "Backend and Data Engineers", "ML/Data Engineer". */
const COORDINATED = /\b(?:and|or)\b|[&/+]/i;
/** How far a modifier may sit before its noun, in words ("Backend and Data Engineers"). */
const BEFORE_NOUN = 5;
/** "Software Engineer, Backend", "Engineer (Android)": a modifier right after its noun. */
const AFTER_NOUN = 3;
/** An unattached "scientists" in a hiring sentence: "data architects/developers/scientists" (not "computer scientists"). */
const SCIENTIST = new WordSet(['scientist', 'scientists']);

/**
 * Role categories a posting hires for. Roles are read where roles are announced: the header,
 * short title lines and list items, and sentences that say who is wanted ("We're hiring ...",
 * "Looking for ..."), never sentences about the people already there ("work with designers").
 * A title names its role ("Product Manager", "DevOps"); a modifier specialises a person noun
 * ("Backend Engineer", "Scala developers", "Software Engineer, Android") or stands in a list of
 * disciplines ("hiring for analytics, design and marketing"). When no engineering specialty is
 * named, the posting's stack decides (GUIDE.md: back end → backend, web front end → frontend,
 * both → fullstack).
 */
export function extractRoles(
  words: Words,
  headerEnd: number,
  skillHits: readonly SkillHit[],
  trace?: (why: string) => void,
  levels?: Levels,
): Role[] {
  const found: Found[] = [];
  /** Titles hired for, for their levels (levels.ts): accepted titles and announced person nouns. */
  const titles: TitleSpan[] = [];
  const fullstack: FullstackSource = { named: false, web: false };
  /** A hardware engineer named as a person ("Embedded Engineer", "electrical engineers"). */
  let deviceHire = false;
  // A title or modifier does not run over the end of a list item or heading: "Marketing
  // Manager" then "- Engineering Manager" on the next line is no "Manager Engineering".
  TERMS.scan(words, (term, index, n) => found.push({ term, index, n }), null, true);
  const sentences = new Sentences(words.text, headerEnd, sitesOfWords(words));
  const roles = new Set<Role>();
  /** backend/frontend named outright, not only through a technology or "UI". */
  const explicitLayer = new Set<Role>();
  /** backend/frontend named only as a kind of development: "backend development experience". */
  const developmentLayer = new Set<Role>();
  const nounAt = new Map<number, Found>();
  const modifierAt = new Map<number, Modifier>();
  /** Operations asked of the hire as a skill ("DevOps experience"): the job itself when no other engineering role is named. */
  let operationsAsked = false;
  /** Titles that end in a person noun, by first word: the noun's index ("Data Engineers"). */
  const titleNounAt = new Map<number, number>();
  /** Where full stack is named on a person ("Fullstack/JS Engineer", "full-stack developers"): first words. */
  const fullstackAt: number[] = [];
  for (const f of found) {
    if (!announcesAt(words, sentences, f.index) || refused(words, f.index, f.n)) continue;
    if (f.term.kind === 'title') {
      if (f.term.roles.length === 1 && f.term.roles[0] === 'design' && builtBy(words, f.index, f.n)) {
        addRole(roles, explicitLayer, 'frontend', false);
        trace?.(`title "${phraseAt(words, f.index, f.n)}" before an engineer → frontend`);
        continue;
      }
      if ((f.term.roles.includes('design') || f.term.roles.includes('devops_sre_platform')) && asSkill(words, f.index, f.n)) {
        if (f.term.roles.includes('devops_sre_platform')) operationsAsked = true;
        trace?.(`title "${phraseAt(words, f.index, f.n)}" is a skill asked for`);
        continue;
      }
      if (productAfter(words, f.index + f.n - 1)) {
        trace?.(`title "${phraseAt(words, f.index, f.n)}" names a product`);
        continue;
      }
      if (recruiterInProse(words, sentences, f.index, f.n)) {
        trace?.(`title "${phraseAt(words, f.index, f.n)}" in prose`);
        continue;
      }
      if (describesOthers(words, f.index, f.n)) {
        trace?.(`title "${phraseAt(words, f.index, f.n)}" describes other people`);
        continue;
      }
      if (heldAlready(words, f.index, f.n)) {
        trace?.(`title "${phraseAt(words, f.index, f.n)}" is someone's already`);
        continue;
      }
      if (PERSON_NOUN.at(words, f.index + f.n - 1)) titleNounAt.set(f.index, f.index + f.n - 1);
      for (const r of f.term.roles) addRole(roles, explicitLayer, r, f.term.explicit);
      titles.push({ index: f.index, n: f.n, managesEngineers: f.term.roles.includes('engineering_management') });
      if (f.term.roles.includes('fullstack')) {
        fullstack.named = true;
        // On a person, not a kind of work: "Full Stack Engineer", not "full stack development".
        // Or after one: "Software Engineer, full stack".
        if (PERSON_NOUN.at(words, f.index + f.n - 1) || PERSON_NOUN.at(words, f.index + f.n) || (f.index > 0 && PERSON_NOUN.at(words, f.index - 1) && commaBetween(words, f.index - 1))) fullstackAt.push(f.index);
      }
      trace?.(`title "${phraseAt(words, f.index, f.n)}" → ${f.term.roles}`);
    } else if (f.term.kind === 'noun') {
      nounAt.set(f.index, f);
      titles.push({ index: f.index, n: f.n, managesEngineers: false });
    }
    else if (verbAt(words, f.index, f.n)) trace?.(`"${phraseAt(words, f.index, f.n)}" is a verb`);
    else modifierAt.set(f.index, { roles: f.term.roles, n: f.n, needsNoun: f.term.weak, explicit: f.term.explicit, weak: f.term.weak });
  }
  // The stack is read off the hits themselves (their entries), not a list of the entries made for it.
  const mobileStack = hasMobileSkill(skillHits);
  for (const h of skillHits) {
    // Only the headline technologies: an obscure namesake ("Vector", "Temporal") is no title.
    const r = h.entry.core ? roleOfSkillIn(h.entry, mobileStack) : null;
    if (r && !modifierAt.has(h.index) && announcesAt(words, sentences, h.index)) modifierAt.set(h.index, { roles: [r], n: h.n, needsNoun: true, explicit: false, weak: false });
  }

  // Modifiers before their noun first ("Front-end engineers (UX and visualization)": the
  // bracket is a focus, not a second title); then those after a noun that has none.
  const attached = new Set<number>();
  /** Nouns a specialty in brackets right after qualifies: "Software Engineer (Android)". */
  const qualifiedInBracket = new Set<number>();
  /** Layers named outright before each noun: "Front End/Back End Developer". */
  const layersOf = new Map<number, Set<Role>>();
  /** Technologies attached to each noun: "Software engineer, Angular and Python" is full stack. */
  const techOf = new Map<number, Set<Role>>();
  /** Technologies titling a person of their own in the body: "Scala Engineer", by word. */
  const techTitles: [number, number][] = [];
  const pending: [number, Modifier][] = [];
  /** Where each modifier that names a layer ends (layerEnds), found when first asked. */
  let layersEndAt: Set<number> | null = null;
  for (const [i, m] of modifierAt) {
    // "Big Data Platform Engineer (Java), UI Engineer": a technology in brackets right after a
    // noun qualifies that noun (below, with those after a noun), not the next title.
    if (m.needsNoun && bracketAfterNoun(words, i, nounAt)) {
      pending.push([i, m]);
      continue;
    }
    const noun = nounAfter(words, i + m.n, nounAt, modifierAt, m.weak, m.needsNoun ? NO_TITLES : titleNounAt);
    // "Backend web positions", "frontend web developers": "web" is the named layer's qualifier,
    // not a second, full-stack role.
    if (noun !== null && isWeb(words, i, m)) {
      layersEndAt ??= layerEnds(modifierAt);
      if (layersEndAt.has(i)) {
        attached.add(noun);
        continue;
      }
    }
    if (noun === null) {
      pending.push([i, m]);
      continue;
    }
    // "We are recruiting for an experienced developer", "recruiting top candidates", "recruiting
    // software": the verb, not the discipline; "our recruiting team" and "Manager, Recruiting" are
    // (our sets: 0 of 9 right before any other noun).
    const nounLast = lastWordOf(nounAt, noun);
    if (wordsAre(words, i, RECRUITING) && !RECRUITING_STAFF.at(words, nounLast)) {
      trace?.(`"recruiting ${phraseAt(words, noun, 1)}" is the verb`);
      continue;
    }
    // Operations words before "teams" name the teams a product serves or a hire works with ("for
    // engineering and ops teams", "Platform teams use it"); before a business title, business
    // operations ("Operations Specialist", "Operations Associate"), not infrastructure.
    const operationsWord = m.weak && m.roles.length === 1 && m.roles[0] === 'devops_sre_platform';
    const businessOps = operationsWord && m.n === 1 && OPERATIONS.at(words, i) && BUSINESS_STAFF.at(words, nounLast);
    if (operationsWord && (TEAMS.at(words, nounLast) || businessOps)) {
      attached.add(noun);
      if (businessOps) addRole(roles, explicitLayer, 'other', true);
      trace?.(`"${phraseAt(words, i, m.n)} ${phraseAt(words, noun, 1)}" is no operations engineer`);
      continue;
    }
    if (TEAM.at(words, nounLast) && TEAM_NAME.has(phraseAt(words, i, m.n).toLowerCase()) && OWNED_BEFORE.test(words.text.slice(Math.max(0, words.start[i]! - 40), words.start[i]!))) {
      attached.add(noun);
      trace?.(`"${phraseAt(words, i, m.n)} team" names a team`);
      continue;
    }
    attached.add(noun);
    attachTech(techOf, noun, m);
    if (PERSON_NOUN.at(words, nounLast)) {
      if (m.roles.includes('fullstack')) {
        if (!isWeb(words, i, m)) fullstackAt.push(i);
      }
      else if (m.needsNoun && !m.explicit && words.start[i]! >= headerEnd) techTitles.push([i, noun]);
    }
    if (m.roles.includes('embedded_hardware')) deviceHire = true;
    if (m.explicit && !m.needsNoun && m.roles.length === 1 && (m.roles[0] === 'frontend' || m.roles[0] === 'backend')) {
      const set = layersOf.get(noun) ?? new Set<Role>();
      set.add(m.roles[0]);
      layersOf.set(noun, set);
    }
    // "Frontend and backend web development experience" beside a full-stack title is the work
    // of the full-stack hire, not two more roles: a layer's development is named outright only
    // in the way a technology names it.
    const development = DEVELOPMENT.at(words, nounLast);
    // "Design and development of our web apps", "UI design & development", "infrastructure software
    // development", "Product Support and Development Team": the developers' work, not a designer,
    // an operations engineer or a support hire (our sets: design 5, the other two 7 postings better, none worse).
    if (development && m.roles.length === 1 && WORK_BEFORE_DEVELOPMENT.has(m.roles[0]!)) {
      trace?.(`"${phraseAt(words, i, m.n)} ... development" is the work`);
      continue;
    }
    for (const r of m.roles) addRole(roles, m.explicit && development ? developmentLayer : explicitLayer, r, m.explicit);
    noteFullstack(fullstack, words, i, m);
    if (leadsEngineering(words, i, noun, m)) {
      addRole(roles, explicitLayer, 'engineering_management', true);
      trace?.(`"${phraseAt(words, i, m.n)} engineering" led → engineering_management`);
    }
    trace?.(`modifier "${phraseAt(words, i, m.n)}" → noun "${phraseAt(words, noun, 1)}" → ${m.roles}`);
  }
  let skillWords: Set<number> | null = null;
  for (const [i, m] of pending) {
    if (m.needsNoun) skillWords ??= wordsOfSkills(skillHits);
    // A weak word after a title is a product or team name ("Staff SWE - EMR Platform").
    const noun = (m.needsNoun && !skillWords!.has(i) ? weakAfterNoun(words, i, m, nounAt) : nounBefore(words, i, nounAt)) ?? bracketListNoun(words, i, nounAt);
    const sentence = sentences.at(words.start[i]!);
    const inList = !m.needsNoun && (words.start[i]! >= sentence.listFrom() || sentence.opensListedTitle(words.start[i]!));
    // A layer named outright whose noun comes later in its list: "Looking for front-end (React,
    // ES6) and back-end (Java, HBase) developers", "frontend, backend Python and full stack
    // JavaScript engineers".
    // So is a platform: "Seeking- iOS, Android, Backend (python), Devops and Front-end Engineers"
    // (other disciplines named so, "Security", "Product", turned out as often the team: 12 postings
    // better and 13 worse with them, 9 and 0 with the platforms alone).
    const alone = noun === null && (m.explicit || (!m.needsNoun && m.roles.length === 1 && m.roles[0] === 'mobile')) && !m.weak && layerOfList(words, i, m.n, nounAt);
    // A weak word that is a whole item of the header's list names a discipline hired for: "iOS,
    // Android, ML, DB, Web, Unity", "Engineering, Operations, and Sales (also VP Engineering)".
    // Not one right after a title's noun, the title's team: "Software Engineer, Growth".
    const item = noun === null && m.weak && !skillWords!.has(i) && weakHeaderItem(words, i, m.n, headerEnd) && nounBefore(words, i, nounAt) === null;
    // A title qualified before its noun may be qualified again after it, at the end of its line:
    // "Platform Software Engineer, Data", "Senior Mobile Engineer, Security".
    const again = noun !== null && attached.has(noun) && !inList && tailQualifier(words, i, m, noun, nounAt);
    if (noun !== null ? attached.has(noun) && !inList && !again : !inList && !alone && !item) continue;
    if (noun !== null) {
      attachTech(techOf, noun, m);
      const nounEnd = words.end[lastWordOf(nounAt, noun)]!;
      if (bracketOpens(words.text, nounEnd, words.start[i]!)) qualifiedInBracket.add(noun);
    }
    for (const r of m.roles) addRole(roles, explicitLayer, r, m.explicit);
    noteFullstack(fullstack, words, i, m);
    trace?.(`modifier "${phraseAt(words, i, m.n)}" ${noun === null ? 'in a list' : `after noun "${phraseAt(words, noun, 1)}"`} → ${m.roles}`);
  }
  for (const [i] of nounAt) {
    if (!attached.has(i) && SCIENTIST.at(words, i) && wordAt(words, i - 1) !== 'computer') addRole(roles, explicitLayer, 'data_science', true);
  }

  // "Python and Angular engineer" is one full-stack person; "Sr. Java and UI Engineers" are two
  // kinds of engineers, each already counted.
  // "Front End/Back End Developer", "frontend and backend development": one person on both
  // layers is full stack as well (our labels keep the two layers beside it as often as not).
  for (const [noun, set] of layersOf) {
    const last = lastWordOf(nounAt, noun);
    // "frontend, backend, or generalist engineers": a noun before a plural one is its qualifier.
    if (set.size === 2 && !PLURAL.test(wordAt(words, last)) && !(PERSON_NOUN.at(words, last + 1) && PLURAL.test(wordAt(words, last + 1)))) {
      roles.add('fullstack');
      fullstack.named = true;
      trace?.(`both layers on one "${phraseAt(words, noun, 1)}" → fullstack`);
    }
  }
  for (const [noun, set] of techOf) {
    // The number of the noun's last word: "Software Engineers (Python, JavaScript)" are two.
    if (set.has('frontend') && set.has('backend') && !PLURAL.test(wordAt(words, lastWordOf(nounAt, noun)))) {
      roles.add('fullstack');
      fullstack.named = true;
    }
  }
  // "Web" beside a back end named outright or beside mobile is the web client: "iOS, Android, Web
  // and Backend engineers", "mobile and web developers", "Web Developer" beside "iOS Developer"
  // and "UI Developer" (the dev set; our sets: 13 postings right, 3 wrong, 2 traded). So it is
  // beside a front end named outright: "Front-End Developer" with "3-5 years in web engineering"
  // (2.320.0: 99 recorded postings, our sets 1 better, none worse).
  if (fullstack.web && !fullstack.named && (explicitLayer.has('backend') || developmentLayer.has('backend') || roles.has('mobile') || explicitLayer.has('frontend'))) {
    roles.delete('fullstack');
    roles.add('frontend');
    trace?.('"web" beside a named layer or mobile → frontend');
  }
  // "Python Web Developer" or "Senior Ruby Developer" with HTML, CSS and JavaScript in the stack
  // writes both ends: the title names the back end's language, the stack the front end it also
  // builds (GUIDE.md: both → fullstack). One front-end technology is not enough ("Ruby Programmer"
  // with jQuery is back end as often as not in our sets; with three or more, 8 of 9 full stack).
  if (roles.has('backend') && !explicitLayer.has('backend') && !developmentLayer.has('backend') && onlyEngineeringRole(roles, 'backend') && frontSkillCount(skillHits) >= FULL_STACK_FRONT_SKILLS) {
    roles.delete('backend');
    roles.add('fullstack');
    trace?.('back-end technology title, front end in the stack → fullstack');
  }
  // "Full-stack C# developer", "Full stack UI Engineer": one full-stack role, not three.
  const titled = titledLayers(words, headerEnd, techOf, techTitles, fullstackAt, found);
  if (roles.has('fullstack')) for (const r of ['backend', 'frontend'] as const) if (!explicitLayer.has(r) && !titled.has(r)) roles.delete(r);
  // Operations asked only as a skill ("experience in DevOps") is the job where no other
  // engineering role is named.
  if (operationsAsked && !hasEngineering(roles)) {
    roles.add('devops_sre_platform');
    trace?.('operations asked of a hire with no other engineering role → devops_sre_platform');
  }
  // No engineering specialty named: the stack says which (GUIDE.md), whether the posting says
  // "Software Engineer", "developers" or only "you love writing software".
  // A posting hiring only a marketer or a designer names no engineering stack to read.
  // Generic nouns ("Software Engineer", "developers") that no specialty qualifies.
  // Nor is the noun of a title ("Site Reliability Engineer", "Research Engineer") or one that
  // a bracket qualifies ("Senior Engineer (AI Search / RAG)"): these name their specialty.
  const afterTitle = new Set<number>();
  for (const f of found) {
    const next = f.index + f.n;
    if (f.term.kind === 'title' && next < words.count && spaceOnly(words.text, words.end[next - 1]!, words.start[next]!)) afterTitle.add(next);
  }
  const generic = genericNouns(nounAt, attached, afterTitle, qualifiedInBracket);
  // "Engineering" as an item of the header ("AirOps | Engineering, GTM") hires engineers as a
  // generic title does, where no engineering specialty is named (read only then).
  if (!hasEngineering(roles) && (roles.size === 0 || generic.length > 0 || someEngineeringItem(words, nounAt, headerEnd))) {
    let stack = roleFromStack(skillHits, mobileStack);
    // C and C++ say nothing of the layer beside another stack (NEUTRAL), but a generic engineer
    // whose only language they are writes systems software: "C++ CAD Software Engineer",
    // "Software Engineer - Database Engine" with C++ (our sets: backend in 9 of 10).
    if (stack.length === 0 && generic.length > 0 && skillHits.some((h) => SYSTEMS_LANGUAGES.has(h.entry.name))) stack = ['backend'];
    // Nor does a stack say more than the work does: work across both ends ("you'll work across
    // frontend, backend, and cloud systems") is full stack; engineers who build "distributed
    // systems" or "our backend infrastructure" write the back end (our sets: 8 of 8 labelled so).
    if (stack.length === 0 && bothEndsWork(words)) stack = ['fullstack'];
    if (stack.length === 0 && BACKEND_WORK.test(words.text)) stack = ['backend'];
    for (const r of stack) roles.add(r);
    trace?.(`no specialty named, stack → ${stack}`);
  } else if (!roles.has('backend') && !roles.has('fullstack') && !(deviceHire && onlyDevices(roles)) && generic.some((f) => inTitleAt(words, sentences, f.index))) {
    // "Senior Engineer" beside "Lead iOS Engineer", in a Go shop: the generic title is the back
    // end its stack names. Only the back end: a web front end in the stack is as often the
    // product's client as a second role (measured on both labelled sets).
    const stack = roleFromStack(skillHits, mobileStack);
    if (stack.includes('backend')) {
      roles.add('backend');
      trace?.('generic title beside a specialty, stack → backend');
    } else if (stack.includes('fullstack') && !roles.has('frontend')) {
      roles.add('fullstack');
      trace?.('generic title beside a specialty, stack → fullstack');
    }
  }
  // "Product" as an item of a list of disciplines hired for ("hiring in product and marketing").
  if (!roles.has('product') && productListed(words, sentences, headerEnd)) {
    roles.add('product');
    trace?.('"product" an item of a list of disciplines → product');
  }
  // "Hiring Engineers and Managers", "developers and managers", "Software Engineers/Leads/Mgrs":
  // bare managers beside engineers manage them (our sets: 7 of 7).
  let managersHired = false;
  if (!roles.has('engineering_management') && managersOfEngineers(words, sentences)) {
    roles.add('engineering_management');
    managersHired = true;
    trace?.('managers beside engineers → engineering_management');
  }
  // Deep learning, NLP, computer vision and MLOps, named where roles are announced, are the work
  // of ML engineers whatever the title says ("Sr Backend Engineer (NLP, some ML)", "Data
  // scientists (machine learning: random forest, deep learning)"). "AI", "ML" and "LLM" are not:
  // they describe the product the engineers build on as often (both labelled sets: about half
  // the postings naming them are labelled ml_ai; 20 of the 22 naming one of these four are).
  // Embedded, FPGA, Verilog, VHDL or ROS named where roles are announced is hardware work as the
  // ML terms are ML work, whatever else is named ("Technologies: C++ on ROS" beside "Data
  // Scientists" and "Android Engineers"): 3 of 3 in our sets.
  if (!roles.has('embedded_hardware') && namedWhereAnnounced(skillHits, HARDWARE, words, sentences)) {
    roles.add('embedded_hardware');
    trace?.('hardware work in the stack → embedded_hardware');
  }
  if (!roles.has('ml_ai') && namedWhereAnnounced(skillHits, ML_WORK, words, sentences)) {
    roles.add('ml_ai');
    trace?.('machine-learning work in the stack → ml_ai');
  }
  if (levels) {
    const read = readLevels(words, headerEnd, titles, new AnnouncedIn(words, sentences), managersHired);
    levels.seniority = read.seniority;
    levels.employment = read.employment;
  }
  return sortedRoles(roles);
}

/** Every role in sorted order (as sort() orders strings): a posting's roles are picked from it in that order. */
const SORTED_ROLES: readonly Role[] = [...ROLES].sort();

/** The roles of the set, sorted as [...roles].sort() sorts them, without sorting. */
function sortedRoles(roles: ReadonlySet<Role>): Role[] {
  const out: Role[] = [];
  for (const r of SORTED_ROLES) if (roles.has(r)) out.push(r);
  // A role outside the vocabulary (none is made here) would be missed: sort them all then.
  return out.length === roles.size ? out : [...roles].sort();
}

/** Whether any of the roles is an engineering role (ENGINEERING). */
function hasEngineering(roles: ReadonlySet<Role>): boolean {
  for (const r of roles) if (ENGINEERING.has(r)) return true;
  return false;
}

/** The generic nouns ("Software Engineer", "developers") that no specialty qualifies, in the order found. */
function genericNouns(nounAt: ReadonlyMap<number, Found>, attached: ReadonlySet<number>, afterTitle: ReadonlySet<number>, qualifiedInBracket: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  for (const f of nounAt.values()) {
    if (f.term.kind === 'noun' && f.term.generic && !attached.has(f.index) && !afterTitle.has(f.index) && !qualifiedInBracket.has(f.index)) out.push(f);
  }
  return out;
}

/** Whether a noun found is "Engineering" standing alone as an item of the header (engineeringItem). */
function someEngineeringItem(words: Words, nounAt: ReadonlyMap<number, Found>, headerEnd: number): boolean {
  for (const i of nounAt.keys()) if (engineeringItem(words, i, headerEnd)) return true;
  return false;
}

/** Where roles are announced, as levels.ts asks it. */
class AnnouncedIn {
  constructor(
    private readonly words: Words,
    private readonly sentences: Sentences,
  ) {}
  at(i: number): boolean {
    return announcesAt(this.words, this.sentences, i);
  }
}

/** The seniority and employment type extractRoles reads off the titles it accepted (levels.ts). */
export interface Levels {
  seniority: Seniority[];
  employment: Employment[];
}

/**
 * Engineering roles whose generic titles beside them are more of the same: a "Software Engineer"
 * beside "Embedded Firmware Engineer" writes firmware too (our sets: 2 of 9 such generic titles
 * labelled back end). Not mobile: "Senior Engineer" beside "iOS Engineer" is as often the back
 * end the app talks to (3 of 10 right without it, 5 postings worse, the dev set among them).
 */
const DEVICE_ROLES = new Set<Role>(['embedded_hardware']);

/**
 * Whether every engineering role found is one of DEVICE_ROLES. Asked only where such an engineer
 * is named as a person: embedded work named as a technology ("drivers running on embedded Linux")
 * beside a "Software Engineer" leaves the generic title to the stack.
 */
function onlyDevices(roles: ReadonlySet<Role>): boolean {
  for (const r of roles) if (ENGINEERING.has(r) && !DEVICE_ROLES.has(r)) return false;
  return true;
}

// Helpers of extractRoles at module level, not closures inside it: tsx runs the code with
// esbuild's keepNames, which names a closure bound to a const every time it is created (a
// property definition per call), and extractRoles runs for every posting.

/** "Head of", "Director of", "VP of" before a discipline's engineering: who leads it. */
const LEADER_OF = /\b(?:head|director|vp|vice president|svp|evp)\s+of\s+$/i;
/** "Head of Platform Engineering", "Director of Mobile Engineering": an engineering manager of that discipline. */
function leadsEngineering(words: Words, i: number, noun: number, m: Modifier): boolean {
  if (m.roles.includes('other')) return false;
  const nounWord = wordAt(words, noun);
  if (nounWord !== 'engineering' && nounWord !== 'development') return false;
  const start = words.start[i]!;
  return LEADER_OF.test(words.text.slice(Math.max(0, start - 24), start));
}

/** An engineer's noun after a design discipline: "UI/UX Developer", "UX/UI Senior Software Engineer". */
const ENGINEER_AFTER = /^[ \t]+(?:(?:senior|sr\.?|staff|lead|principal|junior|jr\.?)[ \t]+)?(?:software[ \t]+)?(?:engineer|developer|dev|programmer)s?\b/i;

/** Whether the design title at words [i, i+n) names what an engineer builds ("UI/UX Engineer"), not a designer. */
function builtBy(words: Words, i: number, n: number): boolean {
  if (PERSON_WORD.test(wordAt(words, i + n - 1))) return false;
  const end = words.end[i + n - 1]!;
  return ENGINEER_AFTER.test(words.text.slice(end, end + 40));
}

/** Discipline words that are verbs too: "we design a custom role", "you'll test new features", "help support our users". (Not after "to": "from engineering to design to marketing".) */
const VERB_WORDS = new WordSet(['design', 'test', 'support']);
/** A subject or an auxiliary right before: the word is a verb. */
const VERB_BEFORE = /\b(?:we|you|they|i|will|can|help|helps|helping)[ \t]+$|['’]ll[ \t]+$/;

/** Whether the lower-case modifier at word i is a verb ("we design a custom role"). */
function verbAt(words: Words, i: number, n: number): boolean {
  if (n !== 1 || !VERB_WORDS.at(words, i)) return false;
  const start = words.start[i]!;
  const c = charCodeAt.call(words.text, start);
  if (c < 97 || c > 122) return false;
  return VERB_BEFORE.test(words.text.slice(Math.max(0, start - 12), start));
}

/** The index of the last word of the noun found at word `noun` ("Engineers" of "Software Engineers"). */
function lastWordOf(nounAt: ReadonlyMap<number, Found>, noun: number): number {
  return noun + (nounAt.get(noun)?.n ?? 1) - 1;
}

/**
 * Only spaces between two words: one phrase ("Site Reliability Engineer"), not "Designer/Developer".
 * Whether text[from, to) is /^[ \t]+$/, read in place.
 */
function spaceOnly(text: string, from: number, to: number): boolean {
  return from < to && pastBlanks(text, from, to) === to;
}

/** The first offset in [from, to) that is no space or tab, or `to`. */
function pastBlanks(text: string, from: number, to: number): number {
  let j = from;
  while (j < to && isBlank(charCodeAt.call(text, j))) j++;
  return j;
}

/** Only an opening bracket between a noun and the word after it: whether text[from, to) is /^[ \t]*\([ \t]*$/, read in place. */
function bracketOpens(text: string, from: number, to: number): boolean {
  const j = pastBlanks(text, from, to);
  return j < to && charCodeAt.call(text, j) === 40 && pastBlanks(text, j + 1, to) === to;
}

/** What separates the items of a header: "Acme | Engineering, Sales & Marketing". */
const ITEM_BEFORE = /(?:^|[|,&/]|\band)[ \t]*$/;
const ITEM_AFTER = /^[ \t]*(?:$|[|,&/\n]|and\b)/;

/**
 * Whether the weak words [i, i+n) are a whole item of the header ("Imgur | Machine Learning, Ops,
 * iOS", "Tecton | UI, Data-Viz, Backend"). Not "Operations": as an item it is a business team
 * ("Sourceress | Operations | San Francisco") as often as DevOps.
 */
function weakHeaderItem(words: Words, i: number, n: number, headerEnd: number): boolean {
  const start = words.start[i]!;
  const end = words.end[i + n - 1]!;
  if (end > headerEnd || (n === 1 && wordAt(words, i) === 'operations')) return false;
  return wholeItem(words.text, start, end);
}

/** Whether text[start, end) stands alone between item separators (ITEM_BEFORE, ITEM_AFTER). */
function wholeItem(text: string, start: number, end: number): boolean {
  return ITEM_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && ITEM_AFTER.test(text.slice(end, end + 6));
}

/** Whether word i is "Engineering" standing alone as an item of the header. */
function engineeringItem(words: Words, i: number, headerEnd: number): boolean {
  const start = words.start[i]!;
  const end = words.end[i]!;
  if (start >= headerEnd || wordAt(words, i) !== 'engineering') return false;
  return wholeItem(words.text, start, end);
}

/** Whether one of these technologies is named where roles are announced. */
function namedWhereAnnounced(skillHits: readonly SkillHit[], names: ReadonlySet<string>, words: Words, sentences: Sentences): boolean {
  return skillHits.some((h) => names.has(h.entry.name) && announcesAt(words, sentences, h.index));
}

/** Whether word i stands where roles are announced. */
function announcesAt(words: Words, sentences: Sentences, i: number): boolean {
  const at = words.start[i]!;
  return sentences.at(at).announces(at);
}

/**
 * What a product is called after a discipline: "a modern platform for data science" is not,
 * but "business intelligence tools", "our data science and analytics platform" and "DevOps
 * software" are products the company makes, not roles it hires for. In lower case only: a
 * capitalised noun goes on with a title ("Head of Product Platform", "Interaction Designer Apps",
 * "Data Science Platform team").
 */
const PRODUCT_AFTER = /["”“’]?(?:[ \t]+(?:and|&)[ \t]+[\w-]+(?<!ing))?[ \t]+(?:platforms?|tools?|tooling|engines?|software|products?|solutions?|suites?|apps?|startups?|company|companies|director(?:y|ies)|offices?|brands?|clothes|clothing|labels?)\b/y;
/** After the product noun, what makes it part of a title instead: "Product Manager", "Software Engineer", "Test Lead". */
const TITLE_GOES_ON = /[ \t]*[-/]?[ \t]*(?:[A-Z]|(?:engineer|developer|manager|designer|architect|lead|test|engineering|development|team|owner)s?\b)/y;

/** A word for a person: after one, "and" starts another title ("data scientist and development platform (DevOps) vacancies"). */
const PERSON_WORD = /(?:er|ist|or|ant|ian)s?$/i;
const AND_AT = /[ \t]+(?:and|&)/y;

/**
 * "Non-technical" before the people a hire deals with, not a job: "explain to non-technical
 * audiences", "clear communication with non-technical stakeholders", "our non-technical team".
 * ("non-technical roles", "technical and non-technical openings" are jobs.)
 */
const OTHERS_AFTER = /^[ \t]+(?:interviews?|screens?|audiences?|stakeholders?|(?:end-)?users?|people|folks?|founders?|co-?founders?|teams?|colleagues|coworkers|customers?|clients?|partners?|staff|skills?|questions?|background|concepts?|(?:business )?owners?)\b/i;

const NON_TECHNICAL = ['non-technical'];

/** Whether a title at word i is "non-technical" said of other people (OTHERS_AFTER). */
function describesOthers(words: Words, i: number, n: number): boolean {
  if (n !== 1 || !wordsAre(words, i, NON_TECHNICAL)) return false;
  const end = words.end[i]!;
  return OTHERS_AFTER.test(words.text.slice(end, end + 30));
}

/** Recruiters, named as a title. */
const RECRUITER = /^(?:(?:tech|technical|in-house|internal|senior|lead|gtm)[ \t]+)?recruiters?$/i;
/** RECRUITER's last word: a title that does not end with it is none (and skips the expression). */
const RECRUITER_WORD = new WordSet(['recruiter', 'recruiters']);
/** A recruiter as a step of the interview: "recruiter phone interview", "recruiter screen". */
const RECRUITER_STEP_AFTER = /^[ \t]+(?:phone|call|screen|screening|interview|chat|conversation)\b/i;
/** A recruiter the candidate meets or the poster is not: "with our", "not a", "if you are a", "your". */
const RECRUITER_MET_BEFORE = /\b(?:with[ \t]+(?:an?|our|the)[ \t]+(?:[\w-]+[ \t]+)?|not[ \t]+an?[ \t]+|you[ \t]+are[ \t]+an?[ \t]+|you['’]re[ \t]+an?[ \t]+|[Yy]our[ \t]+)$/;

/**
 * Whether a recruiter title at word i stands in prose: neither in a title (the header, a title
 * line, a list item) nor in a list of disciplines. There a recruiter is the product's user
 * ("tools to help recruiters land talent"), the poster ("I'm not a recruiter"), a step of the
 * interview ("a brief conversation with an SAP recruiter") or turned away ("recruiters/agencies:
 * please do not contact me") far more often than a hire (our sets: 0 of 5; the recorded postings
 * it changes, 35 of a sample of 40).
 */
function recruiterInProse(words: Words, sentences: Sentences, i: number, n: number): boolean {
  const at = words.start[i]!;
  const end = words.end[i + n - 1]!;
  if (!RECRUITER_WORD.at(words, i + n - 1) || !RECRUITER.test(words.text.slice(at, end))) return false;
  // In a title line too: "Interview process: recruiter phone interview, take home test", "Your
  // recruiter is ...", "I'm an engineer, not a recruiter", "a call with our tech recruiter".
  if (RECRUITER_STEP_AFTER.test(words.text.slice(end, end + 20)) || RECRUITER_MET_BEFORE.test(words.text.slice(Math.max(0, at - 30), at))) return true;
  if (recruitersTurnedAway(words.text, at, end)) return true;
  const sentence = sentences.at(at);
  return !sentence.inTitle(at) && sentence.listFrom() > at;
}

/**
 * The word indices right after each modifier that names a layer: a word there follows one
 * ("Backend web positions", "front-end web developers"). Found once a posting: looked for among
 * every modifier for each "web", a text of thousands of both cost their number squared (200 KB
 * of "... .Net and web (C" took 0.49 s).
 */
function layerEnds(modifierAt: ReadonlyMap<number, Modifier>): Set<number> {
  const ends = new Set<number>();
  for (const [j, m] of modifierAt) if (m.roles.some((r) => r === 'backend' || r === 'frontend' || r === 'mobile' || r === 'fullstack')) ends.add(j + m.n);
  return ends;
}

/** Titles one person holds: a company has one CTO, and it is more often the poster than the job. */
const ONE_PERSON = /^(?:cto|chief technology officer|chief technical officer)$/i;
/** ONE_PERSON's last words: a title that ends with neither is none. */
const ONE_PERSON_END = new WordSet(['cto', 'officer']);
/** A possessive or a preposition: "our CTO is the founder", "work under the CTO", "a call with CTO", "former CTO". */
const OWNER_WORD = String.raw`\b(?:[Oo]ur|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Ww]ith|[Ff]ormer|[Ee]x-?)[ \t]+`;
/** A company's name: "Amazon CTO", "former Hulu CTO". Any capitalised word but those that describe the hire. */
const COMPANY_WORD = String.raw`\b(?!(?:Founding|Fractional|Interim|Technical|Startup|Hands-on|Future|First|New|Remote|Hiring|Seeking|Wanted|Role|Position|Job|Title|Senior|Sr|Part-time|Full-time|Freelance|Contract|Acting|Lead|Head|Opening|Hire|Co-?[Ff]ounder|Cofounder|Founder|A|An)\b)[A-Z][\w&.-]*[ \t]+`;
/** A person's first name (and last), never a job's words: "Backend Engineer, CTO" lists two roles. */
const NAME = String.raw`(?!(?:[A-Z][\w'’-]*[ \t]+)?(?:Engineers?|Developers?|Designers?|Managers?|Scientists?|Analysts?|Leads?|Interns?|Architects?|Directors?|Officers?|Engineering|Product|Design|Marketing|Sales|Operations)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’]+)?`;
/** A contact in brackets: "- Sunil (CTO)", "email me (Robin, founder / CTO)", "( , CTO)"; not "a lead role (CTO)". */
const CONTACT_BRACKET = String.raw`(?<!\b(?:role|position|job)[ \t]*)\([ \t,]*(?:${NAME}[ \t]*[,–—-][ \t]*)?`;
/** A signature: "Thanks, Rory - CTO", "Email me: Michael, CTO", "Contact Chris Hondl, CTO", "Me, Co-Founder/CTO". */
const SIGNATURE = String.raw`(?:^|\n|:|\b(?:[Cc]ontact|[Ee]-?mail|[Mm]e|[Tt]hanks!?,?|[Cc]heers,?|[Bb]est,?|[Rr]egards,?))[ \t]*[-–—]?[ \t]*(?:${NAME}[ \t]*)?(?:,|[ \t][-–—])[ \t]*`;
/** Words before a one-person title that make it someone's already, a founder's title before it or not. */
const HELD_BEFORE = new RegExp(
  `(?:${OWNER_WORD}|${COMPANY_WORD}|${CONTACT_BRACKET}|${SIGNATURE})(?:(?:[Cc]o-?)?[Ff]ounder[ \t]*(?:[&/,]|and)[ \t]*)?$`,
);
/** Words after it: "CTO Werner Vogels", "CTO was founder/CEO of CircleCI". */
const HELD_AFTER = /^(?:[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z'’]+\b(?![ \t]*\/)|[ \t]+(?:was|is|has|had)\b)/;

/** "grow into the CTO role", "the CTO and Front-end roles must be based in London": the job. */
const THE_JOB_AFTER = /^[ \t]+(?:(?:and|&)[ \t]+[\w-]+[ \t]+)?(?:roles?|positions?|jobs?|openings?)\b/i;
/** "I'm in the CTO role": the poster's own. */
const POSTER_IN = /\bI['’]?m[ \t]+in[ \t]+the[ \t]+$/i;

/** Whether a one-person title (ONE_PERSON) at word i names someone who holds it already. */
function heldAlready(words: Words, i: number, n: number): boolean {
  const start = words.start[i]!;
  const end = words.end[i + n - 1]!;
  if (!ONE_PERSON_END.at(words, i + n - 1) || !ONE_PERSON.test(words.text.slice(start, end))) return false;
  const before = words.text.slice(Math.max(0, start - 40), start);
  const after = words.text.slice(end, end + 30);
  if (THE_JOB_AFTER.test(after)) return POSTER_IN.test(before);
  return HELD_BEFORE.test(before) || HELD_AFTER.test(after);
}

/** Whether a product noun follows word i on its line (PRODUCT_AFTER) and ends there. */
function productAfter(words: Words, i: number): boolean {
  const text = words.text;
  const end = words.end[i]!;
  PRODUCT_AFTER.lastIndex = end;
  if (!PRODUCT_AFTER.test(text)) return false;
  const after = PRODUCT_AFTER.lastIndex;
  AND_AT.lastIndex = end;
  if (AND_AT.test(text) && PERSON_WORD.test(text.slice(words.start[i]!, end))) return false;
  TITLE_GOES_ON.lastIndex = after;
  return !TITLE_GOES_ON.test(text);
}

/** Whether word i is in a title line or item. */
function inTitleAt(words: Words, sentences: Sentences, i: number): boolean {
  const at = words.start[i]!;
  return sentences.at(at).inTitle(at);
}

/**
 * A layer that is a part of the product, not a role: "Ruby on the backend", "our Golang backend
 * and React front end".
 */
const PART_BEFORE = /(?:\b(?:the|our|your|its|their|this)\b[^.:;!?()\n]*|\b(?:on|in)\s*)$/i;
/** How far a named layer may sit before the noun of its list ("front-end (React, ES6) and back-end (Java, HBase) developers"). */
const LAYER_BEFORE_NOUN = 14;
/** Words that start a clause of their own: the layer's list has ended ("front end bits to work on with engineers"). */
const CLAUSE_WORD = new WordSet(['to', 'who', 'that', 'which', 'with', 'for', 'in', 'on', 'at', 'of', 'from', 'by', 'we', 'you', 'our', 'the', 'is', 'are', 'will', 'can']);
/**
 * The most words of a bracketed aside the walk skips: a longer one is no aside, and a bracket
 * never closed had the walk read the rest of the text for every layer (200 KB of "recruiters
 * Frontend recruiters( please perteam London" took 2.9 s). The recorded postings skip at most 26.
 */
const ASIDE_MAX = 40;

/**
 * Whether a layer named outright at words [i, i+n) that no noun right after takes is one of a
 * list of roles whose noun comes later in the sentence: "back end, front end, and data engineer
 * positions", "front-end (React/Flux, ES6) and back-end (Java8, HBase) developers", "a back-end
 * as well as a front-end engineer". Bracketed asides are skipped; a clause word ends the list.
 */
function layerOfList(words: Words, i: number, n: number, nouns: Map<number, Found>): boolean {
  const at = words.start[i]!;
  if (PART_BEFORE.test(words.text.slice(Math.max(0, at - 60), at))) return false;
  let depth = 0;
  let counted = 0;
  let aside = 0;
  for (let k = i + n; k < words.count && counted < LAYER_BEFORE_NOUN; k++) {
    const gap = words.text.slice(words.end[k - 1]!, words.start[k]!);
    if (/[.;!?|:\n]/.test(gap.replace(/\([^)]*$/, ''))) return false;
    depth += (gap.match(/\(/g)?.length ?? 0) - (gap.match(/\)/g)?.length ?? 0);
    if (depth > 0) {
      if (++aside > ASIDE_MAX) return false;
      continue;
    }
    depth = 0;
    aside = 0;
    counted++;
    if (nouns.has(k)) return true;
    if (CLAUSE_WORD.at(words, k)) return false;
  }
  return false;
}

function addRole(roles: Set<Role>, explicitLayer: Set<Role>, r: Role, explicit: boolean): void {
  roles.add(r);
  if (explicit) explicitLayer.add(r);
}

/** Technologies attached to a noun: "Software engineer, Angular and Python" is full stack. */
function attachTech(techOf: Map<number, Set<Role>>, noun: number, m: Modifier): void {
  if (!m.needsNoun || m.explicit) return;
  const set = techOf.get(noun) ?? new Set<Role>();
  for (const r of m.roles) set.add(r);
  techOf.set(noun, set);
}

/**
 * Layers a technology names as a title of its own beside a full-stack one: "Scala Engineer" and
 * "Fullstack/JS Engineer" are two hires. Not the full-stack person's own language ("full-stack
 * Java developer": the full-stack word a few words before it).
 */
function titledLayers(
  words: Words,
  headerEnd: number,
  techOf: ReadonlyMap<number, ReadonlySet<Role>>,
  techTitles: readonly [number, number][],
  fullstackAt: readonly number[],
  found: readonly Found[],
): Set<Role> {
  const out = new Set<Role>();
  if (fullstackAt.length === 0) return out;
  const onlyInHeader = fullstackAt.every((f) => words.start[f]! < headerEnd);
  const fullstackWords = found.filter((f) => f.term.kind !== 'noun' && f.term.roles.includes('fullstack')).map((f) => f.index);
  for (const [i, noun] of techTitles) {
    const set = techOf.get(noun)!;
    if (set.size !== 1 || fullstackWords.some((f) => sameTitle(words, f, i, noun))) continue;
    // "Full Stack Developer" in the header, "an experienced Clojure developer" below: one hire.
    if (onlyInHeader && !PLURAL.test(wordAt(words, noun))) continue;
    if (set.has('backend')) out.add('backend');
    else if (set.has('frontend')) out.add('frontend');
  }
  return out;
}

/** Whether full-stack word f is in the title of technology i and its noun: "full-stack Ruby on Rails developer". */
function sameTitle(words: Words, f: number, i: number, noun: number): boolean {
  if (f > noun || f < i - 5) return false;
  return f < i ? !breakBetween(words, f, i) : !breakBetween(words, i, f);
}

/** Work only back-end engineers do, named without a title or a stack. */
const BACKEND_WORK = /\bdistributed (?:systems?|databases?|computing)\b|\bback-?end infrastructure\b|\bserver[- ]side\b/i;

/** Both ends named close together: "(front-end, back-end, language analysis)". */
const BOTH_ENDS =
  /\b(?:front[- ]?end|client[- ]side)\b[^.\n]{0,40}\b(?:back[- ]?end|server[- ]side)\b|\b(?:back[- ]?end|server[- ]side)\b[^.\n]{0,40}\b(?:front[- ]?end|client[- ]side)\b/i;
/** Hires or a third kind beside the ends: a list of kinds of engineers, not the work of one. */
const HIRES_BEFORE = /\b(?:engineers|developers|devs|programmers|hackers|positions|roles|openings)\b[^.\n]*$/i;
const FULL_STACK_IN = /\bfull[- ]?stack\b/i;

/**
 * Whether a posting names both ends as the work of one hire: "you'll work across frontend,
 * backend, and cloud systems", "from a complex web frontend to distributed backend". Not a list
 * of the engineers hired: "software engineers of all types (frontend/backend/mobile)", "Front end
 * / back end / full stack... whatever you are".
 */
function bothEndsWork(words: Words): boolean {
  // Each match of BOTH_ENDS has "front" or "client" and "back" or "server" in it, in any case (a
  // case-blind expression without the u flag matches ASCII letters only with ASCII letters, which
  // the lower case has at the same offsets). Four searches of the lower case turn away nearly
  // every text that asks (8% of postings), where the expression tried at every character cost
  // about 5 µs a text.
  const lower = words.lower;
  if (!((lower.includes('back') || lower.includes('server')) && (lower.includes('front') || lower.includes('client')))) return false;
  const text = words.text;
  const m = BOTH_ENDS.exec(text);
  if (!m) return false;
  return !HIRES_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index)) && !FULL_STACK_IN.test(text.slice(m.index, m.index + m[0].length + 30));
}

/** "Product" as a bare item of a list: before a separator, another discipline or a noun of roles. */
const PRODUCT_ITEM = new Keyword(/\bproduct\b(?=[ \t]*(?:[,&/)|]|and\b|or\b|$|\n|(?:[ \t]+(?:roles|positions|openings|jobs))\b))/i, ['product']);
const PRODUCT_ITEM_BEFORE = /(?:[,&/(|:]|\b(?:and|in|for|across))[ \t]*$/i;
const TITLE_BEFORE_ITEM = /\b(?:swe|eng|engineer|developer|dev|designer|manager)s?[ \t]*[,(-][ \t]*$/i;
const NOUN_AFTER_ITEMS = /^[^.;:!?\n]{0,40}?\b(?:teams?|engineers?|developers?|folks|people|experience|backgrounds?|groups?|functions)\b/i;

/**
 * Whether "product" is an item of a list of disciplines hired for: "We're also hiring in product
 * and marketing", "Design, product and engineering roles", "Hiring for ALL roles (Engineering,
 * Design, Product)", "Frontend, Backend, Fullstack, DevOps, Product, Design" (a header). Not
 * "work with product/sales" nor "our product and engineering teams": only in a list that
 * announces roles (after "hiring in", "roles in", a line of fields) or as an item of the header.
 * The word is found among the keyword sites of the word scan: most postings name a product
 * somewhere, and an expression run over every text cost more than the rest of the test.
 */
function productListed(words: Words, sentences: Sentences, headerEnd: number): boolean {
  const text = words.text;
  const sites = sitesOfWords(words);
  for (let m = sites.nextIn(PRODUCT_ITEM, 0); m; m = sites.nextIn(PRODUCT_ITEM, m.index + 1)) {
    const at = m.index;
    const end = at + m[0].length;
    // "Staff SWE, Product", "Software Eng (Product)": a title's team; "our engineering, product,
    // and design teams", "infrastructure, product, and backend engineer": the list qualifies a noun.
    if (TITLE_BEFORE_ITEM.test(text.slice(Math.max(0, at - 12), at)) || NOUN_AFTER_ITEMS.test(text.slice(end, end + 40))) continue;
    if (at < headerEnd) {
      if (wholeItem(text, at, end)) return true;
      continue;
    }
    if (!PRODUCT_ITEM_BEFORE.test(text.slice(Math.max(0, at - 10), at))) continue;
    const sentence = sentences.at(at);
    if (sentence.listFrom() <= at && sentence.announces(at)) return true;
  }
  return false;
}

/** Engineers coordinated with a bare manager word after them ("engineers and ", "Engineers/Leads/"), read in lower case. */
const ENGINEERS_BEFORE = /\b(?:engineers?|developers?|devs)(?:[ \t]*(?:,|\band\b|&|\/)[ \t]*(?:tech[ \t]+)?leads)?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+|[ \t]*\/[ \t]*)$/;
/** Engineers coordinated with a bare manager word before them ("managers and engineers"), from the word's end. */
const ENGINEERS_AFTER = /[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+|[ \t]*\/[ \t]*)(?:software[ \t]+)?(?:engineers|developers)\b/y;
/** A word before the engineers that makes them another kind's: "QA automation engineers and managers". */
const OTHER_KIND_BEFORE = /\b(?:qa|automation|test|sales|marketing|product|project|program|account|support|data|hardware|mechanical|electrical|field|solutions?|customer)[ \t]+$/i;
/** A bare manager word: "Managers", "mgrs". */
const MANAGER_WORD = new Keyword(/\b(?:managers?|mgrs?)\b/i, ['manager', 'mgr']);
/** How far before a manager word its engineers may start (characters). */
const ENGINEERS_REACH = 40;

/**
 * Whether bare managers are hired beside engineers, either way round ("Hiring Engineers and
 * Managers", "managers and engineers at all levels"), where roles are announced. Each "manager"
 * or "mgr" is found among the keyword sites of the word scan, and the engineers are looked for
 * only around it.
 */
function managersOfEngineers(words: Words, sentences: Sentences): boolean {
  const { text, lower } = words;
  const sites = sitesOfWords(words);
  for (let w = sites.nextIn(MANAGER_WORD, 0); w; w = sites.nextIn(MANAGER_WORD, w.index + 1)) {
    const at = w.index;
    let start = -1;
    const before = lower.slice(Math.max(0, at - ENGINEERS_REACH), at);
    const m = ENGINEERS_BEFORE.exec(before);
    if (m) start = at - before.length + m.index;
    else {
      ENGINEERS_AFTER.lastIndex = at + w[0].length;
      if (ENGINEERS_AFTER.test(lower)) start = at;
    }
    if (start < 0 || OTHER_KIND_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (sentences.at(start).announces(start)) return true;
  }
  return false;
}

/** "Platform Software Engineer, Data": a comma qualifier that ends its line, after a title already qualified. */
function tailQualifier(words: Words, i: number, m: Modifier, noun: number, nouns: ReadonlyMap<number, Found>): boolean {
  const last = lastWordOf(nouns, noun);
  if (last + 1 !== i || !PERSON_NOUN.at(words, last)) return false;
  const text = words.text;
  if (!/^[ \t]*,[ \t]*$/.test(text.slice(words.end[last]!, words.start[i]!))) return false;
  const after = words.end[i + m.n - 1]!;
  return /^[ \t]*(?:\n|$|[-–—(|])/.test(text.slice(after, after + 3));
}

/** Disciplines that, before "development", name what is developed (see the first modifier loop). */
const WORK_BEFORE_DEVELOPMENT = new Set<Role>(['design', 'devops_sre_platform', 'other']);

/** The nouns of work and of teams, compared without slicing the word. */
const DEVELOPMENT = new WordSet(['development']);
const TEAMS = new WordSet(['teams']);
/** Business staff: after "operations" or "ops", business operations. */
const BUSINESS_STAFF = new WordSet(['specialist', 'specialists', 'associate', 'associates', 'coordinator', 'coordinators', 'analyst', 'analysts', 'assistant', 'assistants']);
const OPERATIONS = new WordSet(['operations', 'ops']);

/** Technologies only ML engineers work with (see the end of extractRoles). */
const ML_WORK = new Set(['Deep Learning', 'NLP', 'Computer Vision', 'MLOps']);

/** The indices of the words where a technology starts: a set, as a long list of them asks for every one. */
function wordsOfSkills(hits: readonly SkillHit[]): Set<number> {
  const at = new Set<number>();
  for (const h of hits) at.add(h.index);
  return at;
}

function phraseAt(words: Words, i: number, n: number): string {
  return words.text.slice(words.start[i]!, words.end[i + n - 1]!);
}

/**
 * The noun a modifier ending before word `from` qualifies, looking forward over glue words,
 * other modifiers and at most one other word ("system integration folks"), within a sentence.
 */
function nounAfter(
  words: Words,
  from: number,
  nouns: Map<number, Found>,
  mods: Map<number, unknown>,
  weak: boolean,
  titleNouns: ReadonlyMap<number, number>,
): number | null {
  let unknown = 0;
  for (let k = from; k < from + BEFORE_NOUN && k < words.count; k++) {
    if (k > 0 && breakBetween(words, k - 1, k)) return null;
    // "design, development and optimization": a comma right before the noun makes a list of
    // nouns, not a modifier and its noun ("Backend, Frontend and Data Engineers" has none).
    if (nouns.has(k)) return k > 0 && commaBetween(words, k - 1) ? null : k;
    // "Backend and Data Engineers", "backend/full-stack web developer": a title coordinated
    // with the modifier lends it its noun ("Mobile Security Engineer" is a security engineer).
    const titleNoun = titleNouns.get(k);
    if (titleNoun !== undefined) {
      if (commaBetween(words, k - 1)) return null;
      return COORDINATED.test(words.text.slice(words.end[from - 1]!, words.start[k]!)) ? titleNoun : null;
    }
    if (mods.has(k) || GLUE.at(words, k)) continue;
    // "a network of product experts": a weak word reaches its noun over glue only, or over one
    // capitalised word of a title ("Data Warehouse Engineers").
    if (++unknown > 1 || (weak && !isAsciiUpper(charCodeAt.call(words.text, words.start[k]!)))) return null;
  }
  return null;
}

/** The first word of the noun whose last word is word k (nouns are at most three words), or null. */
function nounEndingAt(nouns: ReadonlyMap<number, Found>, k: number): number | null {
  for (let j = k; j >= Math.max(0, k - 3); j--) {
    const noun = nouns.get(j);
    if (noun && j + noun.n - 1 === k) return j;
  }
  return null;
}

/** Whether word i opens a bracket right after a noun: "Engineer (Java". */
function bracketAfterNoun(words: Words, i: number, nouns: ReadonlyMap<number, Found>): boolean {
  return i > 0 && bracketOpens(words.text, words.end[i - 1]!, words.start[i]!) && nounEndingAt(nouns, i - 1) !== null;
}

const CLAUSE_SUBJECT = /\b(?:you|you['’]ll|we|we['’]ll|i|they|will|to|can|should|must)\b/i;

/** The noun right before a modifier, separated by a comma, bracket, dash or colon ("Engineer, Backend"). */
function nounBefore(words: Words, i: number, nouns: Map<number, Found>): number | null {
  for (let k = i - 1; k >= Math.max(0, i - AFTER_NOUN - 2); k--) {
    const noun = nouns.get(k);
    if (!noun || k + noun.n - 1 < i - AFTER_NOUN) continue;
    const between = words.text.slice(words.end[k + noun.n - 1]!, words.start[i]!);
    // "founding engineer role: you'll design the platform": a clause of its own, not a specialty.
    if (!/[,(:\-–—/]/.test(between) || /[.;|\n]/.test(between) || CLAUSE_SUBJECT.test(between)) return null;
    // "Engineer, Backend" names a specialty; "Architect, design, implement" lists verbs: after a
    // bare comma only a capitalised modifier counts.
    return /^[,\s]+$/.test(between) && isAsciiLower(charCodeAt.call(words.text, words.start[i]!)) ? null : k;
  }
  return null;
}

/** Only a comma, an opening bracket or a colon between a title's noun and the word after it. */
const TURNED_ROUND = /^[ \t]*([,(:])[ \t]*$/;
/** After a weak word, a comma that goes on with a list: "Engineers, Ops, Sales, Admin". */
const LIST_GOES_ON = /^[ \t]*,/;

/** The items of a bracket so far, up to a comma or "and" before the next: "(backend, platform, infra, ". */
const BRACKET_LIST_SO_FAR = /^[\w \t&+.-]*[,/][\w \t/&+.,-]*(?:[,/]|\band|&)[ \t]*$|^[\w \t&+.-]+\/[ \t]*$/;
const BRACKET_REACH = 60;
/** The last opening bracket or colon in text[from, to), or -1. */
function lastOpeningIn(text: string, from: number, to: number): number {
  // By lastIndexOf in a slice, as commaLineBefore.
  const piece = text.slice(from, to);
  const at = Math.max(piece.lastIndexOf('('), piece.lastIndexOf(':'));
  return at < 0 ? -1 : from + at;
}

/**
 * The noun a bracket of specialties opens after, for a word further into it than nounBefore
 * reaches (three words): "Software Engineer (backend, platform, infra, ML)". Null elsewhere.
 */
function bracketListNoun(words: Words, i: number, nouns: Map<number, Found>): number | null {
  const text = words.text;
  const start = words.start[i]!;
  // Looked for within reach only: a search back to the start of a long text for every word was quadratic.
  // A colon opens such a list too: "Software Engineer: Web, Mobile, and Data".
  const from = Math.max(0, start - BRACKET_REACH);
  const open = lastOpeningIn(text, from, start);
  if (open < 0 || !BRACKET_LIST_SO_FAR.test(text.slice(open + 1, start))) return null;
  let k = i - 1;
  while (k >= 0 && words.end[k]! > open) k--;
  if (k < 0 || text.slice(words.end[k]!, open).trim() !== '' || (charCodeAt.call(text, open) === 58 && !PERSON_NOUN.at(words, k))) return null;
  return nounEndingAt(nouns, k);
}
/**
 * The noun a weak word right after it specialises, turned round with a comma, in brackets or
 * after a colon: "Software Engineer, Data", "Engineers (Data, Full-stack, Front-End)",
 * "Software Engineer: Web, Mobile, and Data". Not a dash, after which
 * a weak word names a product or a team ("Staff SWE - EMR Platform"); not an item of a list
 * of roles ("Engineers, Designers, Ops, Sales"); not a team that hires engineers of any kind
 * ("Software Engineer, Growth").
 */
function weakAfterNoun(words: Words, i: number, m: Modifier, nouns: Map<number, Found>): number | null {
  if (m.roles.every((r) => r === 'other')) return null;
  const k = nounBefore(words, i, nouns);
  if (k === null || k + nouns.get(k)!.n !== i) return null;
  const text = words.text;
  const mark = TURNED_ROUND.exec(text.slice(words.end[i - 1]!, words.start[i]!));
  // After a colon only a person's noun: "Open roles: API Technical Support Rep" lists titles.
  if (!mark || (mark[1] === ':' && !PERSON_NOUN.at(words, i - 1))) return null;
  const after = words.end[i + m.n - 1]!;
  return mark[1] === '(' || mark[1] === ':' || !LIST_GOES_ON.test(text.slice(after, after + 4)) ? k : null;
}
