import { asciiLower, isAsciiUpper, isBlank, isJsSpace, isLatinWordChar } from './chars.ts';
import { type Found, findPlaces, isWeakName, lookupName, type Place, surrounds } from './gazetteer.ts';
import { firstPiece } from './pieces.ts';
import { lowerBound, offsetsOf } from './sorted.ts';
import { hashAsciiLowerRange, hashString } from './tokens.ts';
import type { ParsedPosting } from './types.ts';

/**
 * Where a posting's jobs are: the countries (ISO alpha-2) and cities named as job locations or
 * as the countries remote work is restricted to (GUIDE.md), not every place the text mentions.
 *
 * - Header-like lines ("Acme | Engineer | Berlin | REMOTE (US)", and short "Role - Place" lines)
 *   are locations by position: every place in them counts, except inside the company field
 *   ("Boston Dynamics | ...") and after a negation ("REMOTE, non US").
 * - Short lines that are mostly places ("Boston, MA at Copley.", "BG (Sofia)") count too.
 * - In prose, a place counts after a location cue ("based in", "offices in", "relocate to",
 *   "Location:", "remote within the") or before one ("London-based", "US only", "US citizens"),
 *   and so does the rest of a list that starts there ("offices in SF, NYC and London").
 *   It never counts as a market or an audience ("customers in Europe and the UK").
 * - Regions such as "EU" or "LATAM" are not countries; "Remote (US/Canada)" gives CA and US.
 */
export function extractLocations(parsed: ParsedPosting): { countries: string[]; cities: string[] } {
  const found = jobPlaces(parsed.text);
  if (found.length === 0) return { countries: [], cities: [] };
  const countries = new Set<string>();
  const cities = new Map<string, Place>();
  let lastCity: Found | null = null;
  for (const f of found) {
    if (f.place.country) countries.add(f.place.country);
    if (f.place.kind !== 'city') continue;
    // "Utrecht (near Amsterdam)", "Newport Beach, CA (45 minutes south of Los Angeles)": the
    // second city only says where the first is. Its country is the job's all the same.
    if (lastCity === null || !REFERENCE_BETWEEN.test(parsed.text.slice(lastCity.qualEnd, f.start))) cities.set(f.place.name, f.place);
    lastCity = f;
  }
  // "San Francisco ... who lives in the Bay Area": an area beside a city in it names no job of its own.
  for (const [name, area] of cities) for (const city of cities.values()) if (city !== area && surrounds(area, city)) cities.delete(name);
  return { countries: sorted([...countries]), cities: sorted([...cities.keys()]) };
}

/** A list sorted in place: one of a single item (most postings name one country and one city) is left as it is, where sort() allocates its work space. */
function sorted(list: string[]): string[] {
  return list.length > 1 ? list.sort() : list;
}

/** What stands between a city and another that only says where it is: " (near ", ", just outside of ", " (45 minutes south of ". */
const REFERENCE_BETWEEN =
  /^[ \t]*[,(–—-]?[ \t]*(?:(?:just|right)[ \t]+)?(?:near|close[ \t]+to|outside(?:[ \t]+of)?|next[ \t]+to|(?:\d+|a[ \t]+few|an?)[ \t]*(?:minutes?|mins?|miles?|km|hours?)(?:[ \t]+drive)?(?:[ \t]+(?:north|south|east|west)(?:east|west)?)?[ \t]+(?:of|from)|(?:north|south|east|west)(?:east|west)?[ \t]+of)[ \t]+(?:the[ \t]+)?(?:heart[ \t]+of[ \t]+)?$/i;

// Words that may sit next to places in a location field without making it something else.
const FILLER = new Set(
  'and or & in at the of area areas bay greater metro downtown near based remote remotely onsite on site on-site hybrid office offices hq only city location locations anywhere full time full-time preferred ok friendly possible required'.split(
    ' ',
  ),
);
/** The longest filler word: a longer word is none, and is not lower-cased to ask. */
const FILLER_LONGEST = Math.max(...[...FILLER].map((w) => w.length));
/** The filler words' hashes (hashString) in lower case: most words are turned away by them without a string. */
const FILLER_HASHES = new Set([...FILLER].map(hashString));

/** The built-in called directly (see html.ts). */
const charCodeAt = String.prototype.charCodeAt;

/**
 * The end of the word at `from`, at most `n`, as the expression [\w\u00C0-\u024F]+(?:['’][\w\u00C0-\u024F]+)*
 * reads it: letters, digits and "_" up to U+024F, and the parts an apostrophe joins ("Xi'an",
 * "London's").
 */
function wordEnd(text: string, from: number, n: number): number {
  let i = from + 1;
  for (;;) {
    while (i < n && isLatinWordChar(charCodeAt.call(text, i))) i++;
    const c = i + 1 < n ? charCodeAt.call(text, i) : 0;
    if ((c !== 39 && c !== 0x2019) || !isLatinWordChar(charCodeAt.call(text, i + 1))) return i;
    i += 2;
  }
}

/**
 * Whether text[from, to) is a filler word in any case (FILLER has it lower-cased). A word with a
 * character past ASCII is none: no letter up to U+024F lower-cases to ASCII ("İ" to "i̇").
 */
function isFillerAt(text: string, from: number, to: number): boolean {
  if (to - from > FILLER_LONGEST) return false;
  const h = hashAsciiLowerRange(text, from, to);
  return h !== null && FILLER_HASHES.has(h) && FILLER.has(text.slice(from, to).toLowerCase());
}

/**
 * Share of the words of text[from, to) (other than filler words) that are places. Names that
 * are also common words ("Mobile") cover only themselves when `self` is that name: "Mobile
 * Developer" is not a place field, "Phoenix (onsite)" is.
 */
function placeShare(text: string, from: number, to: number, found: Found[], self?: Found, firstK = 0): number {
  const { covered, total } = coveredWords(text, from, to, found, self, firstK);
  return total ? covered / total : 0;
}

/**
 * coveredWords' answer, one object filled anew by every call and read at once: a pair returned
 * for every place of every header field was 0.6 KB of what finding a posting's places allocated.
 */
const COUNT = { covered: 0, total: 0 };

/**
 * placeShare's count: how many of a text's words (filler aside) places cover, and of how many.
 * With `uncovered`, the offsets of the words left uncovered are pushed onto it, ascending.
 */
function coveredWords(text: string, from: number, to: number, found: Found[], self: Found | undefined, firstK: number, uncovered?: number[]): Readonly<typeof COUNT> {
  let total = 0;
  let covered = 0;
  // `firstK`: where the walk below would be by `from` (PlaceList.firstEndingAfter).
  let k = firstK;
  // The words are read by hand, not by an expression's matches: a match object and a string a
  // word, for every place of every header field, were 2% of what classifying allocated, and
  // extractLocations takes 0.96 of its time alone without them.
  for (let i = from; i < to; ) {
    if (!isLatinWordChar(charCodeAt.call(text, i))) {
      i++;
      continue;
    }
    const at = i;
    i = wordEnd(text, at, to);
    if (isFillerAt(text, at, i)) continue;
    total++;
    while (k < found.length && found[k]!.qualEnd <= at) k++;
    // Two-letter capitals in a place list are usually country codes ("BG (Sofia)", "DE (Berlin)").
    let inPlace = i - at === 2 && isAsciiUpper(charCodeAt.call(text, at)) && isAsciiUpper(charCodeAt.call(text, at + 1));
    for (let j = k; j < found.length && !inPlace && found[j]!.start <= at; j++) {
      const f = found[j]!;
      inPlace = at < f.qualEnd && (!f.weak || f.qualified || f === self);
    }
    if (inPlace) covered++;
    else uncovered?.push(at);
  }
  COUNT.covered = covered;
  COUNT.total = total;
  return COUNT;
}

/** Fields longer than this have their words walked once for all their places (PlaceList.fieldShare). */
const LONG_FIELD = 200;

const FIELD_SEPARATOR = /\s*\|+\s*|\s+[-–—]{1,2}\s+|\s*[•·]\s*|;\s+|\s{3,}/g;
const DASH_FIELDS = /\s[-–—]\s/;
const SHORT_FIELDS = /\s[-–—|]\s/;

interface Line {
  start: number;
  text: string;
  /** Header-like lines: [start, end) of each field in the whole text. */
  fields: [number, number][] | null;
}

/** The line of `text` that starts at `start`, with its fields if it is header-like. */
function lineAt(text: string, start: number): Line {
  const nl = text.indexOf('\n', start);
  const raw = text.slice(start, nl < 0 ? text.length : nl);
  let pipes = 0;
  for (let i = raw.indexOf('|'); i >= 0; i = raw.indexOf('|', i + 1)) pipes++;
  // The header line, lines that repeat one ("Role | Place | Remote"), and short "Role - Place" lines.
  const headerLike =
    (start === 0 && (pipes > 0 || raw.length <= 200 || (raw.length <= 300 && DASH_FIELDS.test(raw)))) || pipes >= 2 || (raw.length <= 120 && SHORT_FIELDS.test(raw));
  let fields: [number, number][] | null = null;
  if (headerLike) {
    fields = [];
    let from = 0;
    FIELD_SEPARATOR.lastIndex = 0;
    for (let sep = FIELD_SEPARATOR.exec(raw); sep; sep = FIELD_SEPARATOR.exec(raw)) {
      if (sep.index > from) fields.push([start + from, start + sep.index]);
      from = sep.index + sep[0].length;
    }
    if (from < raw.length) fields.push([start + from, start + raw.length]);
  }
  return { start, text: raw, fields };
}

/**
 * An expression anchored at the end of a text (`...$`, with the i flag), tried only when the
 * text can match: when, without its trailing characters that `skip` accepts, it ends in one of
 * the words the expression's matches end in (`last`, lower case; ASCII letters in either case,
 * as an i expression without the u flag reads them, and never a letter past ASCII). The engine
 * tries such an expression at every character of the text before a place; most of those texts
 * end in no such word ("| ", "Offices: "). test/classify/locations.test.ts holds each to its
 * expression.
 */
export class EndAnchored {
  /** `last` by the code of its final character: most texts are turned away by that alone. */
  private readonly byFinal: (readonly string[] | undefined)[] = [];

  constructor(
    readonly re: RegExp,
    last: readonly string[],
    private readonly skip: (c: number) => boolean,
  ) {
    for (const w of last) {
      const final = w.charCodeAt(w.length - 1);
      this.byFinal[final] = [...(this.byFinal[final] ?? []), w];
    }
  }

  /** Whether the text ends so that the expression may match it. */
  mayMatch(s: string): boolean {
    let end = s.length;
    while (end > 0 && this.skip(charCodeAt.call(s, end - 1))) end--;
    if (end === 0) return false;
    const c = charCodeAt.call(s, end - 1);
    const words = c < 128 ? this.byFinal[asciiLower(c)] : undefined;
    if (words === undefined) return false;
    for (const w of words) if (end >= w.length && endsInWord(s, end, w)) return true;
    return false;
  }

  exec(s: string): RegExpExecArray | null {
    return this.mayMatch(s) ? this.re.exec(s) : null;
  }

  test(s: string): boolean {
    return this.mayMatch(s) && this.re.test(s);
  }
}

/** Whether s[end - w.length, end) is `w` (lower case) with its ASCII letters in any case. */
function endsInWord(s: string, end: number, w: string): boolean {
  for (let k = w.length - 1, i = end - 1; k >= 0; k--, i--) {
    if (asciiLower(charCodeAt.call(s, i)) !== charCodeAt.call(w, k)) return false;
  }
  return true;
}

const isSpaceOrHyphen = (c: number) => isJsSpace(c) || c === 45;

// "non-US", "outside the US", "except Canada", "not in the EU".
const NEGATED = new EndAnchored(
  /(?:\bnon|\boutside(?:\s+of)?|\bexcept(?:\s+for)?|\bexcluding|\bnot(?:\s+in)?|\bex|\bbesides|\bother\s+than|\bbut\s+not)[\s-]*(?:the\s+)?$/i,
  ['non', 'outside', 'of', 'except', 'for', 'excluding', 'not', 'in', 'ex', 'besides', 'than', 'the'],
  isSpaceOrHyphen,
);
// A place as a market, an audience or a past, not a job location.
const AUDIENCE =
  /\b(?:customers?|clients?|users?|partners?|investors?|backers|patients?|hospitals?|schools?|universities|companies|businesses|banks?|brands?|retailers?|merchants?|markets?|sold|sells?|selling|deployed|launched|launching|operat(?:e|es|ing)|expan(?:d|ds|ding|sion)|born|grew\s+up|studied|graduated|alumni|featured|ranked|awards?|won|conferences?|meetups?|events?|trips?|vacations?|visit(?:s|ing)?|travel\w*|ship(?:s|ping)?|serv(?:e|es|ing)|largest|biggest|millions?|billions?|startups|organi[sz]ations|enterprises|newspapers?|recogni[sz]ed|named|forum|summit|festival|expo|competitions?|olympics|offsites?|retreats?|rolled\s+out|rolling\s+out)\b/i;
const AUDIENCE_ALL = new RegExp(AUDIENCE.source, 'gi');
/**
 * Whether a text has an audience word that is not part of a name ("Starling Bank", "Building a
 * Bank for Children", "Meetup * NYC"): in lower case, or capitalised only because it opens a
 * sentence that goes on in lower case ("Customers in Germany").
 */
function hasLowerAudience(text: string): boolean {
  // Most texts have none: one test, without matchAll's iterator and its match objects.
  if (!AUDIENCE.test(text)) return false;
  for (const m of text.matchAll(AUDIENCE_ALL)) {
    if (!/^[A-Z]/.test(m[0])) return true;
    const opensSentence = /(?:^|[.!?:])$/.test(text.slice(0, m.index).trimEnd());
    if (opensSentence && /^\s+[a-z]/.test(text.slice(m.index + m[0].length))) return true;
  }
  return false;
}
// "US-based customers" is hyphenated; "San Francisco, CA - Client Services Engineer" is a spaced
// dash before a title.
const AUDIENCE_AFTER = /^(?:-|[ \t)]*)(?:customers?|clients?|users?|markets?|partners?|investors?|companies|businesses|press|media)\b/i;

const STREET_AFTER = /^[ \t]+(?:st|street|ave|avenue|rd|road|blvd|boulevard|sq|square|plaza|way|dr|drive|ln|lane|pl|place|pkwy|parkway|station|hall|mall|circle|terrace|wharf|building|tower)\b/i;
const HOUSE_NUMBER = /\b\d+[a-z]?[ \t]+$/i;
const IN_CUE = new EndAnchored(
  /\b(?:in|at|near|around|across|throughout|within|into)\s+(?:(?:the|beautiful|sunny|downtown|central|greater|metro|metropolitan|historic|lovely|vibrant|gorgeous|amazing|great|our|new|main|heart\s+of|city\s+of|state\s+of|area\s+of|centre\s+of|center\s+of)\s+)*$/i,
  ['in', 'at', 'near', 'around', 'across', 'throughout', 'into', 'the', 'beautiful', 'sunny', 'downtown', 'central', 'greater', 'metro', 'metropolitan', 'historic', 'lovely', 'vibrant', 'gorgeous', 'amazing', 'great', 'our', 'new', 'main', 'of'],
  isJsSpace,
);
const TO_CUE = new EndAnchored(/\b(?:relocat\w*|mov(?:e|ing)|come|commut\w*)\s+(?:\w+\s+)?to\s+(?:the\s+)?$/i, ['to', 'the'], isJsSpace);
const FROM_CUE = new EndAnchored(/\b(?:work|working|remote|remotely|anywhere|hire|hiring|candidates?|applicants?)\s+(?:\w+\s+){0,2}from\s+(?:the\s+)?$/i, ['from', 'the'], isJsSpace);
const WORD_CUE =
  /\b(?:locations?|located|based|offices?|hq|headquarters|headquartered|onsite|on-site|on\s+site|in-office|in-person|hybrid|remote|remotely|relocation|relocate|where|hubs?|live|living|reside|residing|residents?)\b[^.;!?\n]{0,30}$/i;
const CUE_AFTER =
  /^[\s)]*(?:[-–]\s*)?(?:based|office|offices|hq|headquarters|area|metro(?:politan)?|bay\s+area|residents?|citizens?|citizenship|nationals|persons?|only|time\s*zones?|timezones?|hours|business\s+hours|hub|campus|locations?|studio|team|work\s+(?:authori[sz]ation|permit|visa|eligibility)|or\s+remote|\/\s*remote|\(?remote|onsite|on-site|in-office|in\s+person|hybrid|(?:strongly\s+)?preferred|required)\b/i;
const DEMONYM_CUE = /^\s*(?:residents?|citizens?|citizenship|nationals|time\s*zones?|timezones?|hours|business\s+hours|work\s+(?:authori[sz]ation|permit))\b/i;
// Words that make a place in prose a job's place, and where a clause starts ("..., but have offices in").
const JOB_CUE =
  /\b(?:hiring|hire|looking\s+for|seeking|positions?|roles?|jobs?|openings?|vacanc\w+|candidates?|applicants?|needs?|join(?:ing)?|work(?:ing)?\s+(?:from|in|at|out\s+of)|you(?:['’]ll|\s+will)?\s+(?:be\s+)?(?:based|located|work(?:ing)?)|relocat\w*|residents?|citizens?|authori[sz]ed|eligible|remote(?:ly)?|onsite|on-site|in-office|in-person|hybrid|reside|residing|commut\w*|interns?)\b/i;
// Where the team already is: "we have employees in", "a remote team with developers in", "the
// team in Australia" after "with", "our team spread across", "I work from". Not "looking for
// developers in", "join our team in", "work with our team in": those hire there.
const TEAM_BEFORE = new EndAnchored(
  /\b(?:(?:have|has|(?<!\bwork(?:ing)?\s+)with)\s+(?:(?:a|an|the|our|other|some|remote|several|many)\s+)*(?:team|team\s*mates|team\s+members|people|colleagues|employees|co-?workers|developers|engineers|folks|staff|devs)|(?:team|company|people|we)\s+(?:is\s+|are\s+)?(?:spread|distributed|scattered)|(?:i|we\s+all)\s+(?:currently\s+)?(?:work|live))\s+(?:(?:currently|already|mostly|now)\s+)?(?:(?:working|living|located|based|clustered)\s+)?(?:in|from|across|throughout|between|all\s+over)\s+(?:the\s+)?$/i,
  ['in', 'from', 'across', 'throughout', 'between', 'over', 'the'],
  isJsSpace,
);
const JOB_AFTER = /\b(?:work\s+(?:there|from\s+there|out\s+of)|hire|hiring|positions?|roles?|openings?|based\s+there|relocat\w*|join\s+(?:us|them|the\s+team))\b/i;
/** A word in capitals after a name: "CAN" then "OFFER VISA" is a sentence in capitals, not Canada. */
const CAPS_WORD_AFTER = /^[ \t]+[A-Z]{2,}\b/;
/** A job title, then the bracket the place opens: "Senior Infrastructure Engineer (UK)". */
const TITLE_BEFORE_BRACKET = new EndAnchored(/\b(?:engineers?|developers?|designers?|scientists?|managers?|architects?|analysts?|researchers?|sres?|swes?|devops|leads?)[ \t]*\([ \t]*$/i, ['('], isBlank);
const RESTRICTION_AFTER = /^[\s)]*(?:[-–]\s*)?(?:based\s+(?:candidates?|applicants?|only|people|engineers?|developers?|talent|hires?)|residents?|citizens?|citizenship|nationals|persons?|only|time\s*zones?|timezones?|work\s+(?:authori[sz]ation|permit|visa|eligibility))\b/i;
const CLAUSE_START = /(?:[,;:(]|\bbut\b|\bwhile\b|\bwhereas\b)(?!.*(?:[,;:(]|\bbut\b|\bwhile\b|\bwhereas\b))/i;
// A list that continues: "SF, NYC, and London", "Seattle / Singapore", "US/Canada", "Berlin,
// Germany or in SF".
const LIST_GAP = /^[\s,;&/()+\-–]*(?:(?:and|or|plus|also|as\s+well\s+as|&)\b[\s,;&/()+\-–]*(?:(?:in|at)\s+)?)?(?:the\s+)?$/i;

/** The last sentence end or "|" of a text (clauseBefore), made once rather than at every call. */
const LAST_CLAUSE_MARK = /(?:[.!?;]\s|\|)(?=[^.!?;|]*$)/;

/** Text of the same sentence before `at`, at most `max` characters. */
function clauseBefore(text: string, lineStart: number, at: number, max = 70): string {
  const from = Math.max(lineStart, at - max);
  const s = text.slice(from, at);
  const cut = s.search(LAST_CLAUSE_MARK);
  return cut >= 0 ? s.slice(cut + (s[cut] === '|' ? 1 : 2)) : s;
}

type Verdict = 'job' | 'not' | 'negated';
const MORE_THAN_ONE_WORD = /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u;
const SPECIALTY_AFTER =
  /^(?:[ \t]*(?:[/&+,]|and|or)|-(?=\S))?[ \t]*(?:\w[\w.+#-]*[ \t]+){0,2}?(?:engineers?|engineering|developers?|devs?|development|qa|testers?|testing|designers?|design|architects?|consultants?|apps?|applications?|web|backend|back-end|frontend|front-end|games?|platforms?|sdks?|ci|teams?|products?|roles?|positions?)\b/i;
const SPECIALTY_BEFORE = new EndAnchored(
  /\b(?:engineers?|engineering|developers?|development|managers?|management|front[- ]?end|back[- ]?end|full[- ]?stack|software|devops|qa|web|ios|android|design|product)[ \t]*(?:[,/&+]|and|or)[ \t]*$/i,
  [',', '/', '&', '+', 'and', 'or'],
  isBlank,
);
const ROLE_WORD = /\b(?:engineers?|engineering|developers?|devs?|qa|testers?|designers?|apps?|roles?|positions?|front[- ]?end|back[- ]?end|full[- ]?stack)\W*$/i;

/**
 * The places found in a text, with what judging each of them asks about the others worked out
 * once for all: asked afresh for every place, a text of a few thousand places (a 100 KB list of
 * towns) took seconds.
 */
class PlaceList {
  /** The largest end of the places up to each index: it never decreases, so it can be bisected. */
  private endsSoFar: Int32Array | null = null;
  /** For each index, 1 + the index of the last place of the list it opens; 0 until known. */
  private readonly listEnds: Int32Array;
  /** Offsets of the text's "(" and of its ")", ascending, found when first asked (bracketOpenBetween). */
  private brackets: [number[], number[]] | null = null;
  /** Long fields' words walked once (fieldShare), by the field's start and end; made when first asked. */
  private walkedFields: Map<string, { covered: number; total: number; uncovered: number[] }> | null = null;
  /** The places' starts, ascending, and how many places before each index are no common word. */
  private starts: Int32Array | null = null;
  private strongBefore: Int32Array | null = null;

  constructor(
    private readonly text: string,
    readonly found: Found[],
  ) {
    this.listEnds = new Int32Array(found.length);
  }

  /** The first place (by index) that ends after `offset`: where a walk from the first place stops. */
  firstEndingAfter(offset: number): number {
    const found = this.found;
    if (this.endsSoFar === null) {
      this.endsSoFar = new Int32Array(found.length);
      for (let k = 0, most = 0; k < found.length; k++) this.endsSoFar[k] = most = Math.max(most, found[k]!.qualEnd);
    }
    return lowerBound(this.endsSoFar, offset + 1);
  }

  /**
   * How many places that are no common word start in [from, to): counted from a running total,
   * where a walk over every place for each place of a long line of fields cost their number squared.
   */
  strongPlacesIn(from: number, to: number): number {
    const found = this.found;
    if (this.starts === null || this.strongBefore === null) {
      this.starts = new Int32Array(found.length);
      this.strongBefore = new Int32Array(found.length + 1);
      for (let k = 0; k < found.length; k++) {
        this.starts[k] = found[k]!.start;
        this.strongBefore[k + 1] = this.strongBefore[k]! + (found[k]!.weak ? 0 : 1);
      }
    }
    return this.strongBefore[lowerBound(this.starts, to)]! - this.strongBefore[lowerBound(this.starts, from)]!;
  }

  /**
   * Whether text[from, to) has a "(" that no ")" after it closes (as /\([^)]*$/ tests it): the
   * last of each before `to`, by bisection. Tested on the slice, every place of a long field read
   * the field from its start (200 KB of fields full of places took 0.8 s).
   */
  bracketOpenBetween(from: number, to: number): boolean {
    this.brackets ??= [offsetsOf(this.text, '('), offsetsOf(this.text, ')')];
    const [opens, closes] = this.brackets;
    const open = lowerBound(opens, to) - 1;
    if (open < 0 || opens[open]! < from) return false;
    const close = lowerBound(closes, to) - 1;
    return close < 0 || closes[close]! < opens[open]!;
  }

  /**
   * placeShare of the field text[from, to) for place `self`. A long field's words are walked
   * once for all its places: what `self` adds to the others' cover is its own words, those of
   * them nothing else covers (a common word covers only itself: placeShare). Walked again for each
   * place, a 100 KB field of a thousand places took seconds.
   */
  fieldShare(from: number, to: number, self: Found): number {
    const text = this.text;
    if (to - from <= LONG_FIELD) return placeShare(text, from, to, this.found, self, this.firstEndingAfter(from));
    const key = `${from}:${to}`;
    this.walkedFields ??= new Map();
    let walked = this.walkedFields.get(key);
    if (!walked) {
      const uncovered: number[] = [];
      const { covered, total } = coveredWords(text, from, to, this.found, undefined, this.firstEndingAfter(from), uncovered);
      walked = { covered, total, uncovered };
      this.walkedFields.set(key, walked);
    }
    const own = lowerBound(walked.uncovered, self.qualEnd) - lowerBound(walked.uncovered, self.start);
    return walked.total ? (walked.covered + own) / walked.total : 0;
  }

  /** The index of the last place of the list that place k opens ("SF, NYC, and London"): k when none follows. */
  listEnd(k: number): number {
    const { found, listEnds } = this;
    let j = k;
    while (listEnds[j] === 0 && j + 1 < found.length && listedAfter(this.text, found[j]!, found[j + 1]!)) j++;
    const last = listEnds[j] !== 0 ? listEnds[j]! - 1 : j;
    for (let m = k; m <= j; m++) listEnds[m] = last + 1;
    return last;
  }
}

/** The places of a posting's text that are job locations or remote restrictions. */
function jobPlaces(text: string): Found[] {
  const found = findPlaces(text);
  if (found.length === 0) return [];
  const places = new PlaceList(text, found);
  const out: Found[] = [];
  let line: Line | null = null;
  let lineEnd = -1;
  // The verdict on the place before on the same line (found[at - 1]), null at a line's first.
  let prevVerdict: Verdict | null = null;
  let headerPlace = false;
  for (let at = 0; at < found.length; at++) {
    const f = found[at]!;
    // Lines are split lazily: only those that name a place are looked at.
    if (!line || f.start > lineEnd) {
      const start = text.lastIndexOf('\n', f.start - 1) + 1;
      line = lineAt(text, start);
      lineEnd = start + line.text.length;
      prevVerdict = null;
    }
    const verdict = judge(text, line, places, at, prevVerdict, headerPlace);
    prevVerdict = verdict;
    if (verdict === 'job' && f.place.kind !== 'scope') {
      out.push(f);
      if (line.start === 0) headerPlace = true;
    }
  }
  return out.length > 0 ? out : openingPlaces(text, found);
}

/**
 * Whether the text around a place makes it a street or a landmark ("50 Wellington St", "Union
 * Square") or names a market right after it ("Europe customers"), not a town of the job.
 */
function streetOrMarket(before: string, after: string): boolean {
  return AUDIENCE_AFTER.test(after) || STREET_AFTER.test(after) || HOUSE_NUMBER.test(before);
}

/** How far into a posting its opening place may be: "Lyft - - San Francisco, CA Ride by ride...". */
const OPENING = 80;

/**
 * A posting without a header line (most of 2011–2014, and prose openings since) that no rule
 * above placed anywhere: the place it opens with is where the job is ("Hipmunk / San
 * Francisco, CA - close to Caltrain", "PlateJoy (YCS16) San Francisco We're building"), with
 * the places listed right after it ("San Francisco, CA and Hoboken, NJ"). Only a place that is
 * no common word, or is qualified, and not negated or a street.
 */
function openingPlaces(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  /** The last of a list of places where the team already is ("employees in Switzerland, the US"). */
  let team: Found | null = null;
  for (const f of found) {
    if (f.start >= OPENING && out.length === 0) break;
    const prev = out[out.length - 1];
    if (prev && !listedAfter(text, prev, f)) break;
    if (team && listedAfter(text, team, f)) {
      team = f;
      continue;
    }
    const usable = (!f.weak || f.qualified) && (f.place.kind === 'city' || f.place.kind === 'region' || f.place.kind === 'country' || f.place.kind === 'area');
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    const after = text.slice(f.qualEnd, f.qualEnd + 40);
    team = TEAM_BEFORE.test(before) ? f : null;
    if (!usable || team || NEGATED.test(before) || AUDIENCE.test(before) || streetOrMarket(before, after)) {
      if (out.length === 0) continue;
      break;
    }
    out.push(f);
  }
  return out;
}

/** Whether place `f` continues a list after place `prev` ("SF, NYC, and London"). */
function listedAfter(text: string, prev: Found, f: Found): boolean {
  return f.start - prev.qualEnd <= 20 && LIST_GAP.test(text.slice(prev.qualEnd, f.start));
}

/** Verbs and prepositions in capitals that take "US" as their object: "ABOUT US", "JOIN US". */
const US_PRONOUN_BEFORE = /\b(?:ABOUT|JOIN|CONTACT|E-?MAIL|CALL|FOLLOW|VISIT|TELL|HELP|WITH)[ \t]+$/;

/**
 * `headerPlace`: the header line already says where the job is. Prose then adds a place only
 * when it is said to be a job's ("we need a QA person for our Belfast office", "we would be open
 * to having someone work there"), not the company's other offices ("we are based in Copenhagen
 * but have offices in New York"), events ("the World Economic Forum in Davos") or markets.
 */
function judge(text: string, line: Line, places: PlaceList, at: number, prevVerdict: Verdict | null, headerPlace: boolean): Verdict {
  const { found } = places;
  const f = found[at]!;
  const before = clauseBefore(text, line.start, f.start);
  const after = text.slice(f.qualEnd, f.qualEnd + 40);
  const chained = prevVerdict !== null && prevVerdict !== 'not' && listedAfter(text, found[at - 1]!, f);
  if (NEGATED.test(before) || (chained && prevVerdict === 'negated')) return 'negated';
  if (streetOrMarket(before, after)) return 'not';
  // "ABOUT US:", "JOIN US", "CONTACT US": the pronoun in capitals, not the country.
  if (f.end - f.start === 2 && text.startsWith('US', f.start) && US_PRONOUN_BEFORE.test(before)) return 'not';
  // A nationality says where people are from, unless it restricts who can apply ("Canadian residents").
  if (f.place.kind === 'demonym') return DEMONYM_CUE.test(after) ? 'job' : 'not';
  // The cues before the place, read only where a rule below asks for them: in a header's field
  // most places need none of these four expressions.
  const cues = new LazyCues(before);
  const k = line.fields ? fieldAt(line.fields, f.start) : -1;
  const field = k >= 0 ? line.fields![k]! : null;
  // In a line of fields only the place's own field can make it an audience: "Vital Enterprises
  // • San Francisco" is not a market of enterprises. A place that opens its field has nothing of
  // it before it to test (an empty text names no audience), whatever the cues.
  if (field ? f.start > field[0] && hasLowerAudience(fieldAudience(cues.get().cueBefore, before, f.start - field[0])) : AUDIENCE.test(audience(cues.get().cueBefore, before)))
    return 'not';
  // Where the team already is, not where the job is: "we are 100% remote with people working in
  // Canada, Mexico", "I work from Reunion Island", "people clustered in Belfast", unless the
  // sentence hires there too ("engineers in Berlin, and we're hiring").
  if (line.start > 0 && TEAM_BEFORE.test(before) && !JOB_AFTER.test(sentenceAfter(text, f))) return 'not';
  const weak = f.weak && !f.qualified;
  // A name that is a word in capitals goes on as a sentence in capitals: "CAN OFFER VISA", "CAN YOU".
  if (weak && CAPS_WORD_AFTER.test(after) && /^[A-Z]+$/.test(text.slice(f.start, f.end))) return 'not';
  // "Mobile QA Engineer", "ONSITE - Mobile/ Web Developer", "Mobile & Backend engineers": a name
  // that is also a word, followed by a role, is the role's specialty ("Perm position" too). Not
  // across a spaced dash: "Samsung R&D - San Jose - Software Engineering Manager". Nor is it a
  // place in a list of disciplines ("Back End, Mobile", "Software, Mobile, QA"); after a title and
  // a spaced dash it may be either ("Product Manager - Mobile", "Software Engineers - Victoria").
  if (weak && (SPECIALTY_AFTER.test(after) || SPECIALTY_BEFORE.test(before))) return 'not';

  if (line.fields && field) {
    const isolated = places.fieldShare(field[0], field[1], f) > (weak ? 0.99 : 0.5);
    // The first of several fields is the company's name ("Boston Dynamics", "Acme Berlin")
    // unless it is itself a place or puts one in parentheses ("Burnin (London or NYC)").
    const inParens = places.bracketOpenBetween(field[0], f.start);
    // A place after a comma or with its state ("Stridatum LLC, Charlotte, NC", "Neckarsulm,
    // Germany") is where the company is, not part of its name.
    const listed = f.qualified || commaBefore(text, field[0], f.start);
    if (k === 0 && line.fields.length > 1 && !isolated && !inParens && !cues.get().cueBefore && !listed) return 'not';
    if (weak && !isolated && !cues.get().strongCue && !chained) return 'not';
    // A common word alone in a field is a place only when the line names no other place
    // ("Angaza | Mobile | San Francisco") and it does not specialise the title before it
    // ("Software Engineer - Mobile").
    if (weak && !cues.get().strongCue && !MORE_THAN_ONE_WORD.test(text.slice(field[0], field[1]).trim())) {
      const prev = k > 0 ? line.fields[k - 1]! : null;
      const specialises = prev !== null && ROLE_WORD.test(text.slice(prev[0], prev[1])) && /[-–—]/.test(text.slice(prev[1], field[0]));
      // Another place on the line that is no common word (this one is one).
      const otherPlace = places.strongPlacesIn(line.start, line.start + line.text.length) > 0;
      if (specialises || otherPlace) return 'not';
    }
    return 'job';
  }
  // A short line of places is a location line ("BG (Sofia)"); a common word alone on a line is a
  // heading ("Mobile" above a list of mobile roles), not a place.
  if (line.text.length <= 80 && (!weak || MORE_THAN_ONE_WORD.test(line.text)) && placeShare(text, line.start, line.start + line.text.length, found, f, places.firstEndingAfter(line.start)) >= (weak ? 0.99 : 0.5)) return 'job';
  if (weak && !cues.get().strongCue && !(chained && prevVerdict === 'job')) return 'not';
  if (chained) return 'job';
  // "Senior Infrastructure Engineer (UK)": a title's own place, in the bracket after it.
  const titled = TITLE_BEFORE_BRACKET.test(before);
  if (!cues.get().cueBefore && !titled && !CUE_AFTER.test(after) && !cueAfterList(text, places, at)) return 'not';
  if (!headerPlace || RESTRICTION_AFTER.test(after)) return 'job';
  const tight = before.slice(before.search(CLAUSE_START) + 1);
  return titled || JOB_CUE.test(tight) || JOB_AFTER.test(sentenceAfter(text, f)) ? 'job' : 'not';
}

/** The location cues that end the text before a place: the first found of in, to, from and word cues, and whether a to or word cue is there. */
interface Cues {
  cueBefore: RegExpExecArray | null;
  strongCue: boolean;
}

/** The cues of a text before a place, read when first asked for (a class, not a closure: see test/classify/closures.test.ts). */
class LazyCues {
  private read: Cues | null = null;
  constructor(private readonly before: string) {}
  get(): Cues {
    if (this.read === null) {
      const before = this.before;
      const toCue = TO_CUE.exec(before);
      const wordCue = WORD_CUE.exec(before);
      this.read = { cueBefore: IN_CUE.exec(before) ?? toCue ?? FROM_CUE.exec(before) ?? wordCue, strongCue: wordCue !== null || toCue !== null };
    }
    return this.read;
  }
}

/** The text before a place where an audience word is looked for: from a little before its cue, or its last 40 characters. */
function audience(cueBefore: RegExpExecArray | null, before: string): string {
  return cueBefore ? before.slice(Math.max(0, cueBefore.index - 16)) : before.slice(-40);
}

/** audience(), within the place's field: its last `inField` characters (the field before the place). */
function fieldAudience(cueBefore: RegExpExecArray | null, before: string, inField: number): string {
  const a = audience(cueBefore, before);
  return a.slice(Math.max(0, a.length - inField));
}

/**
 * Whether text[from, to) ends in a comma and white space (as /,\s*$/ tests it): read back from
 * `to` over the white space only, where the test on the slice read it from `from`.
 */
function commaBefore(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isJsSpace(text.charCodeAt(i))) i--;
  return i >= from && text[i] === ',';
}

/**
 * The index of the field of a line (ascending, apart) that holds offset `at`, or -1: a bisection,
 * where a walk along a line of thousands of fields for each of its places cost their number squared.
 */
function fieldAt(fields: readonly [number, number][], at: number): number {
  let lo = 0;
  let hi = fields.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fields[mid]![0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < fields[lo - 1]![1] ? lo - 1 : -1;
}

/**
 * Whether the list of places that the place at index `at` opens ends in a cue: "(US/Canada
 * based)", "US, UK or Canada residents". The cue after the last place is the whole list's.
 */
function cueAfterList(text: string, places: PlaceList, at: number): boolean {
  const last = places.listEnd(at);
  const end = places.found[last]!.qualEnd;
  return last !== at && CUE_AFTER.test(text.slice(end, end + 40));
}

/** A mark that ends a sentence or a line. */
const SENTENCE_MARK = /[.!?;\n]/;

/** The rest of the place's sentence, at most 90 characters: where JOB_AFTER looks. */
function sentenceAfter(text: string, f: Found): string {
  return firstPiece(text.slice(f.qualEnd, f.qualEnd + 90), SENTENCE_MARK);
}

/** Countries named by a short piece of text such as a header field ("Berlin", "Austin, TX"). */
export function placeCountries(text: string): string[] {
  const countries = new Set<string>();
  for (const f of findPlaces(text)) if (f.place.country && (!f.weak || f.qualified)) countries.add(f.place.country);
  return [...countries];
}

/** The end-anchored expressions, for the test that holds each to its plain expression. */
export const END_ANCHORED: Readonly<Record<string, EndAnchored>> = { NEGATED, IN_CUE, TO_CUE, FROM_CUE, TEAM_BEFORE, TITLE_BEFORE_BRACKET, SPECIALTY_BEFORE };

/** Whether a short text is mostly place names ("San Francisco, CA", "Berlin or remote"). */
export function isMostlyPlace(text: string): boolean {
  const found = findPlaces(text).filter((f) => !f.weak || f.qualified);
  return found.length > 0 && placeShare(text, 0, text.length, found) > 0.5;
}

/** A single city or region name ("Bellevue"), not a country ("Australia") nor a common word ("Mobile"). */
export function isCityWord(word: string): boolean {
  const places = lookupName(word);
  return places.length > 0 && !isWeakName(word) && places.every((p) => p.kind === 'city' || p.kind === 'region' || p.kind === 'area');
}
