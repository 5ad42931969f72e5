import { readFileSync } from 'node:fs';
import { hashRange, StringTable } from './tokens.ts';
import { lowerBound } from './sorted.ts';
import { isAsciiUpper, isAsciiWordChar, isBlank, isLatinWordChar } from './chars.ts';

/** The built-in called directly (see html.ts). */
const charCodeAt = String.prototype.charCodeAt;

/**
 * The gazetteer (data/gazetteer.json) compiled once into a word index, and a scanner that finds
 * the places a text names: countries, regions, cities and remote-scope regions, with their
 * qualifiers ("Portland, ME") and ambiguities resolved. Which of them a posting's jobs are
 * actually located in is decided by locations.ts and remote.ts.
 */

interface GazetteerData {
  countries: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  regions: Record<string, string[]>;
  areas: Record<string, string[]>;
  scopes: Record<string, string[]>;
  cities: Record<string, string | string[]>;
  aliases: Record<string, string>;
  districts: Record<string, string>;
  needsContext: string[];
  notPlaces: string[];
  surrounds: Record<string, string[]>;
}

export type PlaceKind = 'city' | 'area' | 'region' | 'country' | 'scope' | 'demonym';

export interface Place {
  kind: PlaceKind;
  /** Canonical name: the city ("San Francisco" for "SF"), region, country code or scope name. */
  name: string;
  /** ISO alpha-2 code; empty for a scope region ("EU"). */
  country: string;
  /** "US-CA"-style region code when known, else empty. */
  region: string;
}

interface Entry {
  words: string[];
  /** Candidates, the default first; empty for a phrase that is not a place ("Boston Dynamics"). */
  places: Place[];
  /** Written in capitals in the gazetteer ("SF", "US"): must be in capitals in the text too. */
  caps: boolean;
  /** Also a common word or name ("Mobile", "Phoenix"): needs a qualifier or a clear location cue. */
  weak: boolean;
  /** Some candidate is a city, an area or a region, which take qualifiers ("Austin, TX"); countries do not. */
  takesQualifier: boolean;
  /** Some candidate is a city or an area: a qualifier may be a region, not only a country. */
  hasTown: boolean;
}

/** One place named by a text. */
export interface Found {
  start: number;
  /** End of the name itself. */
  end: number;
  /** End including a qualifier that was read with it ("Austin, TX" → after "TX"). */
  qualEnd: number;
  place: Place;
  weak: boolean;
  /** Decided by a qualifier ("Cambridge, MA") rather than by default or by the other places. */
  qualified: boolean;
}

const DATA: GazetteerData = JSON.parse(readFileSync(new URL('./data/gazetteer.json', import.meta.url), 'utf8'));

/** The ISO codes of the countries the classifier knows: what a country filter can ever match. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(Object.keys(DATA.countries));

// A word: letters, marks and digits, with inner apostrophes ("Xi'an", "Coeur d'Alene") but not
// a possessive "'s" ("London's" is "London" then "s", for names and texts alike).
const WORD_TAIL = "(?:['’](?![sS](?![\\p{L}\\p{M}\\p{N}]))[\\p{L}\\p{M}\\p{N}]+)*";
const WORD_SOURCE = `[\\p{L}\\p{M}\\p{N}]+${WORD_TAIL}`;
const WORD = new RegExp(WORD_SOURCE, 'gu');
// The scanner starts a name only on a capitalised Latin word (every name in the gazetteer is
// written in Latin letters), which skips most of a text cheaply; a capital inside a word
// ("iPhone") is skipped by looking at the character before. A capitalised word is a capital
// (A-Z, U+00C0–U+00DE, U+0100–U+017F), then letters, digits and "_" up to U+024F, then any
// apostrophe-joined parts except a possessive "'s" ("Xi'an", but "London's" is "London").
// The capitals are found by the regular expression engine's own scanning loop, which skips the
// lower-case text far faster than a loop in JavaScript; the words are then read by a table (isLatinWordChar).
/** A capital that may start a name. */
const CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u017F]/g;

/** The end of the capitalised word whose capital is at `i`. */
function capitalisedEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && isLatinWordChar(charCodeAt.call(text, j))) j++;
  for (;;) {
    const q = j < n ? charCodeAt.call(text, j) : 0;
    if ((q !== 39 && q !== 0x2019) || j + 1 >= n || !isLatinWordChar(charCodeAt.call(text, j + 1))) return j;
    const s = charCodeAt.call(text, j + 1);
    if ((s === 115 || s === 83) && !(j + 2 < n && isLatinWordChar(charCodeAt.call(text, j + 2)))) return j;
    j += 2;
    while (j < n && isLatinWordChar(charCodeAt.call(text, j))) j++;
  }
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}’]/u;
/**
 * Whether text[i] is a character of a word (WORD_CHAR, and ASCII letters, digits, "'" and "_"). The
 * character as a string is made only when the expression needs it: text[i] on every capital of
 * a text was a string read through the engine's slowest property cache (see html.ts).
 */
function isWordCharAt(text: string, i: number): boolean {
  const code = charCodeAt.call(text, i);
  return code < 0x80 ? isAsciiWordChar(code) || code === 39 : WORD_CHAR.test(text[i]!);
}

const NEXT_WORD = new RegExp(`[^\\p{L}\\p{M}\\p{N}]*?(${WORD_SOURCE})`, 'uy');
// Between the words of one name: spaces, dots, hyphens, apostrophes ("St. John's", "Winston-Salem").
const INNER_GAP = /^[ \t.\-'’]*$/;

const FOLD: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', ß: 'ss', þ: 'th', ð: 'd' };

/** Lower case without diacritics, so "Zürich", "Zurich" and "ZURICH" are one key. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length && ascii; i++) ascii = charCodeAt.call(lower, i) < 0x80;
  if (ascii) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøæœđıßþð]/g, (c) => FOLD[c] ?? c)
    .replace(/’/g, "'");
}

function wordsOf(name: string): string[] {
  return [...name.matchAll(WORD)].map((m) => foldWord(m[0]));
}

const isCaps = (name: string) => /\p{Lu}/u.test(name) && name === name.toUpperCase();

// Compile: every name → its entry; names shared by several sections collect all their places,
// cities first, then areas, regions, countries and scopes (so "Georgia" is the US state unless
// the posting points to Tbilisi, and "Washington" alone is the city).
const ENTRIES = new Map<string, Entry>();
function add(name: string, place: Place | null) {
  const words = wordsOf(name);
  if (words.length === 0) return;
  const key = words.join(' ');
  let entry = ENTRIES.get(key);
  if (!entry) {
    entry = { words, places: [], caps: isCaps(name), weak: false, takesQualifier: false, hasTown: false };
    ENTRIES.set(key, entry);
  } else if (!isCaps(name)) {
    entry.caps = false;
  }
  if (place && !entry.places.some((p) => p.kind === place.kind && p.name === place.name && p.region === place.region && p.country === place.country)) {
    entry.places.push(place);
  }
}

function placeOf(kind: PlaceKind, name: string, code: string): Place {
  const [country = '', sub] = code.split('-');
  // A borough or district is named as its city: "Brooklyn" is New York (the cities a posting
  // names are counted per city, and a reader asks where New York's jobs are, not Brooklyn's).
  const city = kind === 'city' ? (DATA.districts[`${name}@${code}`] ?? DATA.districts[name]) : undefined;
  return { kind, name: city ?? name, country, region: sub ? code : '' };
}

const cityCodes = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
for (const [city, codes] of Object.entries(DATA.cities)) for (const code of cityCodes(codes)) add(city, placeOf('city', city, code));
for (const [alias, target] of Object.entries(DATA.aliases)) {
  const [city = '', pinned] = target.split('@');
  const codes = pinned ? [pinned] : cityCodes(DATA.cities[city] ?? []);
  for (const code of codes) add(alias, placeOf('city', city, code));
}
for (const [country, names] of Object.entries(DATA.areas)) for (const n of names) add(n, placeOf('area', n, country));
for (const [code, names] of Object.entries(DATA.regions)) for (const n of names) add(n, placeOf('region', names[0] ?? n, code));
for (const [code, names] of Object.entries(DATA.countries)) for (const n of names) add(n, placeOf('country', code, code));
for (const [scope, names] of Object.entries(DATA.scopes)) for (const n of names) add(n, { kind: 'scope', name: scope, country: '', region: '' });
for (const [code, names] of Object.entries(DATA.demonyms)) for (const n of names) add(n, placeOf('demonym', code, code));

for (const phrase of DATA.notPlaces) add(phrase, null);
for (const name of DATA.needsContext) {
  const entry = ENTRIES.get(wordsOf(name).join(' '));
  if (entry) entry.weak = true;
}
// A not-a-place phrase stays empty even if a section also lists it.
for (const phrase of DATA.notPlaces) {
  const entry = ENTRIES.get(wordsOf(phrase).join(' '));
  if (entry) entry.places = [];
}
for (const entry of ENTRIES.values()) {
  entry.hasTown = entry.places.some((p) => p.kind === 'city' || p.kind === 'area');
  entry.takesQualifier = entry.hasTown || entry.places.some((p) => p.kind === 'region');
}

const SURROUNDS = new Map(Object.entries(DATA.surrounds).map(([area, cities]) => [area, new Set(cities)]));

/** Whether a metropolitan area named as a city ("Bay Area") holds a city of the same region ("Oakland", US-CA). */
export function surrounds(area: Place, city: Place): boolean {
  return area.region === city.region && SURROUNDS.get(area.name)?.has(city.name) === true;
}

/**
 * Whether a text may name a region of several countries (DATA.scopes: "Europe", "APAC", "Latin
 * America"), as a quick test before findPlaces: a match is no proof, no match is.
 */
export const SCOPE_NAME = new RegExp(
  String.raw`\b(?:${Object.values(DATA.scopes as Record<string, string[]>)
    .flat()
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]+/g, '[\\s-]+'))
    .join('|')})`,
  'i',
);

/** First word → entries starting with it, longest first. */
const INDEX = new Map<string, Entry[]>();
for (const entry of ENTRIES.values()) {
  const first = entry.words[0]!;
  const list = INDEX.get(first) ?? [];
  list.push(entry);
  INDEX.set(first, list);
}
for (const list of INDEX.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * The same index keyed by the first word as it can appear in a text: as listed, capitalised or
 * in capitals, with or without its accents ("Zürich", "Zurich", "ZURICH"). The scanner looks a
 * word up as it is, without lower-casing every capitalised word of every posting.
 */
const SURFACE = new Map<string, Entry[]>();
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
for (const name of [...Object.keys(DATA.cities), ...Object.keys(DATA.aliases), ...Object.values(DATA.countries).flat(), ...Object.values(DATA.regions).flat(), ...Object.values(DATA.areas).flat(), ...Object.values(DATA.scopes).flat(), ...Object.values(DATA.demonyms).flat(), ...DATA.notPlaces]) {
  const first = name.match(WORD)?.[0];
  if (!first) continue;
  const entries = INDEX.get(foldWord(first));
  if (!entries) continue;
  const folded = foldWord(first);
  for (const form of [first, title(first), first.toUpperCase(), title(folded), folded.toUpperCase()]) SURFACE.set(form, entries);
}

/**
 * The entries of one first word, split by their second word: "New" starts 26 names and "The"
 * 8, and a capitalised "New" or "The" opens many sentences. Reading the second word once and
 * looking it up tries only the names it can continue ("New York", "New York City").
 */
interface Names {
  /** Names of two words or more, by their folded second word, longest first. */
  bySecond: Map<string, Entry[]>;
  /** Names of one word. */
  single: Entry[];
}
function namesOf(entries: Entry[]): Names {
  const names: Names = { bySecond: new Map(), single: [] };
  // `entries` is longest first: each list keeps that order.
  for (const entry of entries) {
    const second = entry.words[1];
    if (second === undefined) names.single.push(entry);
    else {
      const longer = names.bySecond.get(second) ?? [];
      longer.push(entry);
      names.bySecond.set(second, longer);
    }
  }
  return names;
}

/** SURFACE again, looked up by a word of the text in place, without slicing it out. */
const SURFACE_TABLE = new StringTable<Names>();
const NAMES = new Map<Entry[], Names>();
for (const [key, entries] of SURFACE) {
  const names = NAMES.get(entries) ?? namesOf(entries);
  NAMES.set(entries, names);
  SURFACE_TABLE.set(key, names);
}

/** Qualifier codes after a name: "MA", "ON", "NSW", "DC", "UK", "DE" → regions first, then countries. */
const CODES = new Map<string, Place[]>();
function addCode(code: string, place: Place) {
  const list = CODES.get(code) ?? [];
  list.push(place);
  CODES.set(code, list);
}
// Only the countries whose region codes are written after town names: "Austin, TX", "Perth, WA".
const CODED_COUNTRIES = new Set(['US', 'CA', 'AU']);
for (const code of Object.keys(DATA.regions)) {
  const [country = '', sub = ''] = code.split('-');
  if (CODED_COUNTRIES.has(country) && /^[A-Z]{2,3}$/.test(sub)) addCode(sub, placeOf('region', DATA.regions[code]![0]!, code));
}
for (const [code, names] of Object.entries(DATA.countries)) {
  addCode(code, placeOf('country', code, code));
  for (const n of names) if (isCaps(n)) addCode(n.replace(/\./g, ''), placeOf('country', code, code));
}

/** Whether a code is written after town names or stands for a country: "AZ", "ON", "FR", "UK". */
export function isPlaceCode(code: string): boolean {
  return CODES.has(code);
}

/** Plain ASCII without an apostrophe: its words are its runs of letters and digits. */
const PLAIN_NAME = /^[\x00-\x26\x28-\x7f]*$/;
const NOT_ALNUM_RUN = /[^a-z0-9]+/g;

/**
 * The key of ENTRIES for a name: its folded words, joined by spaces. A name in plain ASCII
 * without an apostrophe (nearly every one the classifier asks about) is read without WORD's
 * match objects: lower-cased, with each run of other characters a space.
 */
function entryKey(name: string): string {
  return PLAIN_NAME.test(name) ? name.toLowerCase().replace(NOT_ALNUM_RUN, ' ').trim() : wordsOf(name).join(' ');
}

/** The places a name can be (empty if the gazetteer does not list it). */
export function lookupName(name: string): Place[] {
  return ENTRIES.get(entryKey(name))?.places ?? [];
}

/** Whether a name is also a common word or name ("Mobile", "Jordan"). */
export function isWeakName(name: string): boolean {
  return ENTRIES.get(entryKey(name))?.weak ?? false;
}

interface Raw {
  start: number;
  end: number;
  entry: Entry;
}

// Words after the first one of a candidate name, read lazily and reused across calls.
const nextText: string[] = [];
const nextEnd: number[] = [];
/** The folded form of nextText[i], computed on first use: one word is compared with many names. */
const nextFold: (string | null)[] = [];

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** A character allowed between the words of one name, as INNER_GAP has them, below U+0080. */
const isAsciiGap = (c: number) => c === 32 || c === 9 || c === 46 || c === 45 || c === 39;

/**
 * Reads the word after `from` into slot `i`; false at a line break, a comma or the end. Plain
 * ASCII, nearly every name's surroundings, is read by a loop; anything else by NEXT_WORD.
 */
function readWord(text: string, from: number, i: number): boolean {
  const n = text.length;
  let j = from;
  for (; j < n; j++) {
    const c = charCodeAt.call(text, j);
    if (c >= 0x80) return readWordUnicode(text, from, i);
    if (isAsciiAlnum(c)) break;
    // Any other character between the words ends the name (INNER_GAP).
    if (!isAsciiGap(c)) return false;
  }
  if (j >= n) return false;
  let k = j + 1;
  for (;;) {
    while (k < n && isAsciiAlnum(charCodeAt.call(text, k))) k++;
    if (k >= n) break;
    const c = charCodeAt.call(text, k);
    if (c >= 0x80) return readWordUnicode(text, from, i);
    // An inner apostrophe joins ("Xi'an"), a possessive "'s" does not ("London's").
    if (c !== 39 || k + 1 >= n) break;
    const s = charCodeAt.call(text, k + 1);
    if (s >= 0x80 || (k + 2 < n && charCodeAt.call(text, k + 2) >= 0x80)) return readWordUnicode(text, from, i);
    if (!isAsciiAlnum(s) || ((s === 115 || s === 83) && !(k + 2 < n && isAsciiAlnum(charCodeAt.call(text, k + 2))))) break;
    k += 2;
  }
  nextText[i] = text.slice(j, k);
  nextEnd[i] = k;
  nextFold[i] = null;
  return true;
}

/** readWord for text around the name that is not plain ASCII. */
function readWordUnicode(text: string, from: number, i: number): boolean {
  NEXT_WORD.lastIndex = from;
  const n = NEXT_WORD.exec(text);
  if (!n?.[1]) return false;
  const gapEnd = n.index + n[0].length - n[1].length;
  if (!INNER_GAP.test(text.slice(from, gapEnd))) return false;
  nextText[i] = n[1];
  nextEnd[i] = gapEnd + n[1].length;
  nextFold[i] = null;
  return true;
}

/** How many words of the candidate name are in nextText. */
let read = 1;

/**
 * The first of `entries` (longest first) that the words from nextText[0] spell, reading more
 * words as needed; null if none does.
 */
function firstMatch(text: string, entries: readonly Entry[]): Entry | null {
  for (const entry of entries) {
    const n = entry.words.length;
    while (read < n && readWord(text, nextEnd[read - 1]!, read)) read++;
    if (read < n) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const w = nextText[k]!;
      if (k > 0 && nextFold[k] === null) nextFold[k] = foldWord(w);
      ok = (k === 0 || nextFold[k] === entry.words[k]) && (!entry.caps || w === w.toUpperCase());
    }
    if (ok) return entry;
  }
  return null;
}

/**
 * Where the next capitalised word at or after `at` starts (capitalisedEnd gives its end), or -1.
 * A capital inside a word ("JavaScript", "iOS") starts no name.
 */
function nextCapitalised(text: string, at: number): number {
  for (;;) {
    // test() moves lastIndex past the next capital without building a match object.
    CAPITAL.lastIndex = at;
    if (!CAPITAL.test(text)) return -1;
    const start = CAPITAL.lastIndex - 1;
    if (start === 0 || !isWordCharAt(text, start - 1)) return start;
    at = capitalisedEnd(text, start);
  }
}

/**
 * Every listed name in the text, longest match first, left to right. Only capitalised words are
 * looked up (a name always starts with one); the words after them are read only when a longer
 * name could match.
 */
function scan(text: string, codes: number[]): Raw[] {
  const out: Raw[] = [];
  const len = text.length;
  for (let at = 0; at < len; ) {
    const start = nextCapitalised(text, at);
    if (start < 0) break;
    at = capitalisedEnd(text, start);
    // Most capitalised words name no place: the filter turns them away without a string.
    const h = hashRange(text, start, at);
    if (!SURFACE_TABLE.mightHave(h) && at - start !== 2) continue;
    const names = SURFACE_TABLE.at(text, start, at, h);
    if (!names) {
      // "PA" after a comma may qualify a town the gazetteer does not know ("Conshohocken, PA");
      // "CA" may be Canada in a list of countries ("REMOTE (US/CA)"): findPlaces decides both.
      // Every loose code is two ASCII capitals: "We", "It" and "AI" are turned away without a string.
      if (at - start === 2 && isAsciiUpper(charCodeAt.call(text, start)) && isAsciiUpper(charCodeAt.call(text, start + 1)) && LOOSE_CODES.has(text.slice(start, at))) {
        if (COMMA_BEFORE.test(text.slice(Math.max(0, start - 3), start))) codes.push(start);
        else if (text.startsWith('CA', start)) codes.push(start);
      }
      continue;
    }
    nextText[0] = text.slice(start, at);
    nextEnd[0] = at;
    read = 1;
    let entry: Entry | null = null;
    if (names.bySecond.size > 0 && readWord(text, at, 1)) {
      read = 2;
      nextFold[1] = foldWord(nextText[1]!);
      const longer = names.bySecond.get(nextFold[1]);
      if (longer) entry = firstMatch(text, longer);
    }
    entry ??= firstMatch(text, names.single);
    if (!entry) continue;
    const end = nextEnd[entry.words.length - 1]!;
    out.push({ start, end, entry });
    at = end;
  }
  return out;
}

/**
 * Whether findPlaces may find anything in the text: false when no capitalised word gets past
 * scan's filter, none is two letters long (a code) and no lower-case name is in it, for then
 * findPlaces finds nothing. Scan's first tests alone, without a table look-up or a string: a
 * cheap answer for the short texts (company names, titles) that the company's place tests ask
 * about before they look in a memo.
 */
export function mayNamePlace(text: string): boolean {
  const len = text.length;
  for (let at = 0; at < len; ) {
    const start = nextCapitalised(text, at);
    if (start < 0) break;
    at = capitalisedEnd(text, start);
    if (at - start === 2 || SURFACE_TABLE.mightHave(hashRange(text, start, at))) return true;
  }
  for (const { name } of LOWER_CASE_NAMES) if (text.includes(name)) return true;
  return false;
}

/**
 * Names that are places however they are written, looked for in lower case too: "in the bay
 * area" is as much a place as "in the Bay Area". (The scanner starts names on capitals only.)
 */
const LOWER_CASE_NAMES = ['bay area'].flatMap((name) => {
  const entry = ENTRIES.get(name);
  return entry ? [{ name, entry }] : [];
});

/** `raw` with the lower-case names of the text added, in order of their start. */
function withLowerCaseNames(text: string, raw: Raw[]): Raw[] {
  let out = raw;
  for (const { name, entry } of LOWER_CASE_NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if ((at > 0 && isWordCharAt(text, at - 1)) || (end < text.length && isWordCharAt(text, end))) continue;
      if (out === raw) out = raw.slice();
      let k = out.length;
      while (k > 0 && out[k - 1]!.start > at) k--;
      out.splice(k, 0, { start: at, end, entry });
    }
  }
  return out;
}

const QUALIFIER_CODE = /[ \t]*(?:,[ \t]*|\([ \t]*)?([A-Z](?:\.?[A-Z]){1,2})\.?(?![\p{L}\p{M}\p{N}])/uy;
const QUALIFIER_GAP = /^[ \t]*[,(]?[ \t]*$/;
/** Between two items of a list of places: "San Francisco, London". */
const LIST_GAP = /^[ \t]*[,/;][ \t]*$/;

function matches(candidate: Place, option: Place): boolean {
  if (candidate.kind === 'scope') return false;
  return option.kind === 'region' ? candidate.region === option.region : candidate.country === option.country;
}

// Codes a capitalised unknown town can be qualified with ("Conshohocken, PA"). Codes that are
// also words or abbreviations of something else in job posts are left out: "BS, MS", "AR/VR",
// "Full-time, ON", "Twitter, GA", "CSS, OR", "A/B", "QC", "DC" (data centre).
const LOOSE_CODES = new Set(
  'AK AZ CA CT FL IA IL KS KY LA MA MD MI MN MO MT NC ND NH NJ NM NV NY OH PA RI SC TN TX UT VA VT WA WI WV WY CO AL BC AB NS NB'.split(' '),
);
const COMMA_BEFORE = /,[ \t]*$/;

/** The comma right before offset `at`, with only spaces and tabs between (COMMA_BEFORE), or -1. */
function commaBefore(text: string, at: number): number {
  let j = at - 1;
  while (j >= 0 && isBlank(charCodeAt.call(text, j))) j--;
  return j >= 0 && charCodeAt.call(text, j) === 44 ? j : -1;
}

/** Between two countries of a list: "US/CA", "US, CA", "USA & CA", "US or CA". */
const COUNTRY_LIST_SEPARATORS = [',', '/', '&', '+', 'and', 'or'];
/** Between a "CA" that opens a list and the country after it: "CA/US", "CA, US". */
const TIGHT_LIST_SEPARATORS = [',', '/'];

const CANADA: Place = { kind: 'country', name: 'CA', country: 'CA', region: '' };
const isCountry = (f: Candidate) => f.place.kind === 'country' && !f.weak;
// The town before the code: one or two capitalised words ("Conshohocken", "Blue Bell").
const TOWN_BEFORE = /(?<![\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}+)?$/u;

type Candidate = Found & { candidates: readonly Place[] };
/** The candidates of a place a qualifier or a code decided: none left to choose from, one list for all. */
const DECIDED: readonly Place[] = [];

/**
 * Every place the text names, in order, each with its most likely reading: a qualifier decides
 * first ("Portland, ME", "London, ON", "Perth, WA"), then the other places of the same text
 * ("Cambridge" with "Boston" is Cambridge, MA), then the gazetteer's default.
 */
export function findPlaces(text: string): Found[] {
  const codes: number[] = [];
  const raw = withLowerCaseNames(text, scan(text, codes));
  const found: Candidate[] = [];
  // The names a qualifier read are consumed ("Vancouver, BC" is one place): raw[i + 1, next).
  for (let i = 0, next = 1; i < raw.length; i = next, next = i + 1) {
    const r = raw[i]!;
    const places = r.entry.places;
    if (places.length === 0) continue;
    const { chosen, qualEnd, unread } = qualify(text, raw, i);
    next = unread;
    found.push({
      start: r.start,
      end: r.end,
      qualEnd,
      place: chosen ?? places[0]!,
      weak: r.entry.weak,
      qualified: chosen !== null,
      candidates: chosen ? DECIDED : places,
    });
  }
  // The names, in the order of the text: what a code adds below is sorted in.
  const names = found.length;
  // Towns the gazetteer does not know, qualified by a US state or Canadian province code.
  const canada: number[] = [];
  // Codes come in the order of the text, so the towns they add do too: a town overlaps an
  // earlier one only if it starts before the last one's end.
  const named = codes.length > 0 ? new Spans(found) : null;
  let lastTownEnd = -1;
  for (const at of codes) {
    const code = text.slice(at, at + 2);
    const comma = commaBefore(text, at);
    const town = comma >= 0 ? TOWN_BEFORE.exec(text.slice(Math.max(0, comma - 40), comma)) : null;
    const region = CODES.get(code)?.find((p) => p.kind === 'region');
    if (!town || !region) {
      if (code === 'CA') canada.push(at);
      continue;
    }
    const start = comma - town[0].length;
    const end = at + 2;
    if (named!.overlaps(start, end) || lastTownEnd > start) continue;
    found.push({ start, end, qualEnd: end, place: region, weak: false, qualified: true, candidates: DECIDED });
    lastTownEnd = end;
  }
  if (canada.length > 0) addCanada(text, canada, found);
  // Most codes qualify a name already read ("San Francisco, CA") and add nothing to sort.
  if (found.length > names) found.sort((a, b) => a.start - b.start);
  resolveByContext(text, found);
  return found;
}

/**
 * "REMOTE (US/CA)", "US, CA, UK": "CA" listed after a country is Canada, not California, which
 * follows a town ("San Diego, CA", "Mountain View CA"). Before a country only when it opens
 * the list tightly ("CA/US"): "(Silicon Valley), CA, US" and "CA or US-based" are California.
 * The countries that may list a "CA" are found by bisection (`within`): a text may hold
 * thousands of both.
 */
function addCanada(text: string, canada: readonly number[], found: Candidate[]): void {
  const named = new Spans(found);
  const countries = found.filter(isCountry);
  const countryEnds = countries.map((f) => f.qualEnd).sort((a, b) => a - b);
  const countryStarts = countries.map((f) => f.start).sort((a, b) => a - b);
  // The Canadas added here are countries too, and come in the order of the text.
  const added: number[] = [];
  for (const at of canada) {
    const end = at + 2;
    const opensList = !COMMA_BEFORE.test(text.slice(Math.max(0, at - 3), at));
    const before = listGapBefore(text, at);
    const after = opensList ? tightGapAfter(text, end) : null;
    const listed =
      (before !== null && (within(countryEnds, before[0], before[1]) || within(added, before[0], before[1]))) || (after !== null && within(countryStarts, after[0], after[1]));
    if (listed && !named.overlaps(at, end)) {
      found.push({ start: at, end, qualEnd: end, place: CANADA, weak: false, qualified: true, candidates: DECIDED });
      added.push(end);
    }
  }
}

/** Places sorted by start with the largest end so far: whether any overlaps a span, by bisection. */
class Spans {
  private readonly starts: Int32Array;
  private readonly endsSoFar: Int32Array;
  constructor(found: readonly Found[]) {
    const sorted = [...found].sort((a, b) => a.start - b.start);
    this.starts = new Int32Array(sorted.length);
    this.endsSoFar = new Int32Array(sorted.length);
    for (let k = 0, most = -1; k < sorted.length; k++) {
      this.starts[k] = sorted[k]!.start;
      this.endsSoFar[k] = most = Math.max(most, sorted[k]!.qualEnd);
    }
  }
  /** Whether some place starts before `end` and ends after `start`. */
  overlaps(start: number, end: number): boolean {
    const before = lowerBound(this.starts, end);
    return before > 0 && this.endsSoFar[before - 1]! > start;
  }
}

/** Whether an ascending list holds a value in [lo, hi]. */
function within(sorted: ArrayLike<number>, lo: number, hi: number): boolean {
  const a = lowerBound(sorted, lo);
  return a < sorted.length && sorted[a]! <= hi;
}

/**
 * Where a country must end for the text from it to `at` to be a list gap ("US, CA", "UK and
 * CA"): spaces or tabs, one of COUNTRY_LIST_SEPARATORS, spaces or tabs. [first, last] offsets, or null.
 */
function listGapBefore(text: string, at: number): [number, number] | null {
  let j = at;
  while (j > 0 && isBlank(charCodeAt.call(text, j - 1))) j--;
  let sep = -1;
  for (const s of COUNTRY_LIST_SEPARATORS) if (j >= s.length && text.startsWith(s, j - s.length)) sep = j - s.length;
  if (sep < 0) return null;
  let p = sep;
  while (p > 0 && isBlank(charCodeAt.call(text, p - 1))) p--;
  return [p, sep];
}

/** Where a country must start for the text from `end` to it to be a tight gap ("CA/US", "CA, US"). */
function tightGapAfter(text: string, end: number): [number, number] | null {
  let i = end;
  while (i < text.length && isBlank(charCodeAt.call(text, i))) i++;
  if (i >= text.length || !TIGHT_LIST_SEPARATORS.some((s) => text.startsWith(s, i))) return null;
  let q = ++i;
  while (q < text.length && isBlank(charCodeAt.call(text, q))) q++;
  return [i, q];
}


/**
 * Reads the qualifiers after raw[i] ("Austin, TX", "Vancouver, BC, Canada") and the reading they
 * select; `unread`: the first name after raw[i] that no qualifier read (raw[i + 1] if none did).
 */
function qualify(text: string, raw: Raw[], i: number): { chosen: Place | null; qualEnd: number; unread: number } {
  const r = raw[i]!;
  const places = r.entry.places;
  let chosen: Place | null = null;
  let qualEnd = r.end;
  let nextRaw = i + 1;
  // Cities, areas and regions take qualifiers; countries do not ("Canada, US" is two countries).
  if (!r.entry.takesQualifier) return { chosen, qualEnd, unread: nextRaw };
  const onlyCountries = !r.entry.hasTown;
  for (let round = 0; round < 2; round++) {
    let options: Place[] | undefined;
    let optionsEnd = qualEnd;
    let nextIndex = -1;
    QUALIFIER_CODE.lastIndex = qualEnd;
    const code = QUALIFIER_CODE.exec(text);
    // "D.C." and "N.Y." without their dots; most codes have none ("TX", "UK").
    const codeOptions = code ? CODES.get(code[1]!.includes('.') ? code[1]!.replace(/\./g, '') : code[1]!) : undefined;
    const next = raw[nextRaw];
    // A code that is also a name ("LA", "DC", "NY") qualifies only when it fits: "Washington, DC"
    // but not "London, LA" (London and Los Angeles).
    const codeIsName = code !== null && next !== undefined && next.start <= code.index + code[0].length - code[1]!.length;
    if (code && codeOptions) {
      options = codeOptions;
      optionsEnd = code.index + code[0].length;
      if (codeIsName) nextIndex = nextRaw;
    } else if (next && QUALIFIER_GAP.test(text.slice(qualEnd, next.start))) {
      options = next.entry.places.filter((p) => p.kind === 'region' || p.kind === 'country');
      optionsEnd = next.end;
      nextIndex = nextRaw;
    }
    if (round > 0 || onlyCountries) options = options?.filter((p) => p.kind === 'country');
    if (!options?.length) break;
    const base: Place = chosen ?? places[0]!;
    let pick: Place | null = null;
    for (const c of chosen ? [chosen] : places) {
      if (options.some((o) => matches(c, o))) {
        pick = c;
        break;
      }
    }
    if (!pick && codeIsName) break; // "London, LA" is London and Los Angeles
    // "Mobile QA Engineer": a country code written right after a name, without a comma or a
    // bracket, qualifies it only when it fits ("London UK"); "QA" is no slip for Qatar.
    if (!pick && code && options.every((o) => o.kind === 'country') && !/[,(]/.test(code[0])) break;
    if (!pick) {
      if (round > 0) break;
      // A state the gazetteer does not list for a name of that country: a smaller namesake
      // ("Springfield, OR"), or for any name when the state is spelt out ("Holland, Michigan").
      // A mismatching country is the writer's slip ("Belfast, Ireland"): keep ours.
      const region = options.find((o) => o.kind === 'region' && (!code || places.some((p) => p.country === o.country)));
      if (!region && options.every((o) => o.kind === 'region')) break;
      // A city-state is a place of its own, never a slip: "Boston, Singapore" is two places.
      if (!region && !code && next?.entry.places.some((p) => p.kind === 'city')) break;
      // Nor is a country after a list of places: "San Francisco, London, India" names three.
      if (!region && !code && i > 0 && LIST_GAP.test(text.slice(raw[i - 1]!.end, r.start))) break;
      pick = region ? { ...region, kind: base.kind === 'city' ? 'city' : 'region', name: base.kind === 'city' ? base.name : region.name } : base;
    }
    chosen = pick;
    qualEnd = optionsEnd;
    if (nextIndex >= 0) nextRaw = nextIndex + 1;
  }
  return { chosen, qualEnd, unread: nextRaw };
}

/**
 * Unqualified shared names take the reading the rest of the text supports: a region named or
 * qualified anywhere, a US city's state ("Cambridge" + "Boston" → MA), or, for readings without
 * a region, a country named anywhere ("Venice" + "Milan" → Italy). Other countries' cities do
 * not vote for their region: "London" with "Toronto" stays London, UK.
 */
function resolveByContext(text: string, found: Candidate[]) {
  if (!found.some((f) => f.candidates.length > 1)) return;
  const regions = new Set<string>();
  const countries = new Set<string>();
  for (const f of found) {
    // "English" is the language postings are written in and ask for, not a sign of Britain.
    if (f.candidates.length > 1 || (f.place.kind === 'demonym' && text.startsWith('English', f.start))) continue;
    const p = f.place;
    if (p.region && (f.qualified || p.kind === 'region' || p.country === 'US')) regions.add(p.region);
    if (p.country) countries.add(p.country);
  }
  for (const f of found) {
    if (f.candidates.length < 2) continue;
    const pick = f.candidates.find((c) => (c.region ? regions.has(c.region) : countries.has(c.country)));
    if (pick) f.place = pick;
  }
}

/** The word reader's two paths, for the test that holds them to the same answers. */
export const wordReaders = {
  ascii: (text: string, from: number) => (readWord(text, from, 1) ? [nextText[1]!, nextEnd[1]!] : null),
  unicode: (text: string, from: number) => (readWordUnicode(text, from, 1) ? [nextText[1]!, nextEnd[1]!] : null),
};
