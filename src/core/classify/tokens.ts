import { asciiLower } from './chars.ts';
import { KeywordSites } from './keywords.ts';
import { lowerBound } from './sorted.ts';

/** A word of the text with its position. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Character classes of a word, by code unit. A word keeps the inner punctuation technology
// names use: "Node.js", "C++", "C#", ".NET", "Objective-C", "scikit-learn"; a slash separates
// words, so "Python/Django" is two. Latin letters with accents (U+00C0–U+024F) are letters.
/** Letters and digits up to U+024F, by code unit: one table read per character. */
const ALNUM = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) ALNUM[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 0xc0 ? 1 : 0;
function isAlnum(c: number): boolean {
  return c < 0x250 && ALNUM[c] === 1;
}
function isWordChar(c: number): boolean {
  return isAlnum(c) || c === 43 /* + */ || c === 35 /* # */;
}
function isSuffixChar(c: number): boolean {
  return c === 43 /* + */ || c === 35 /* # */;
}
function isJoiner(c: number): boolean {
  return c === 46 /* . */ || c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */;
}

/**
 * The words of a text as parallel arrays of offsets and hashes, without one string per word:
 * scanning every posting is the classifier's hottest loop, and most words never match
 * anything. `hash` is the FNV-1a hash of the lower-cased word; matchers compare it with the
 * hashes of their phrases' first words before slicing any string. The lists are read up to
 * `count`: lists lent from posting to posting (START_POOL) hold older entries past it.
 */
export interface Words {
  readonly text: string;
  /** The text lower-cased, with the same offsets as `text`. */
  readonly lower: string;
  readonly count: number;
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly hash: readonly number[];
  /** Where the keyword expressions can match (keywords.ts), when the scan was asked for them. */
  readonly sites: KeywordSites | null;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** The built-in called directly (see html.ts). */
const charCodeAt = String.prototype.charCodeAt;

/**
 * FNV-1a of s[from, to), without slicing it out: the hash `hashString` gives that slice. The
 * built-in is called directly: the gazetteer hashes every capitalised word of texts of many
 * internal string kinds, where `s.charCodeAt` went through the engine's slowest property cache.
 */
export function hashRange(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ charCodeAt.call(s, i), FNV_PRIME);
  return h;
}

/**
 * FNV-1a of s[from, to) with its ASCII capitals lower-cased (the hash `hashString` gives the
 * lower-cased word), or null when a character past ASCII is in it: a word asked about in any
 * case, without lower-casing a string.
 */
export function hashAsciiLowerRange(s: string, from: number, to: number): number | null {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return null;
    h = Math.imul(h ^ asciiLower(c), FNV_PRIME);
  }
  return h;
}

/** FNV-1a of a string: the hash `scanWords` gives the same (lower-cased) word. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** Lower-casing that keeps every offset: "İ" and a few others grow under toLowerCase(). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** ASCII letters and digits: where `\b` of a regular expression sees a word start after any other character. */
function isAsciiAlnum(c: number): boolean {
  return c < 128 && ALNUM[c] === 1;
}

/**
 * Splits text into words, by hand rather than with a regular expression (it runs on every
 * posting). A word is a letter or digit, then letters, digits, "+" and "#", then any number
 * of joiner-led parts ("-js", ".NET", "'s"); a dot directly before a word (".NET") belongs to
 * it unless it ends a previous word ("end.Next"). With `withSites`, the same pass finds where
 * the keyword expressions can match (keywords.ts) and notes them for `sitesOf`; such a scan is
 * the classifier's of a posting, whose lists are lent until `forgetSites` (START_POOL): a caller
 * that keeps the words longer scans without sites.
 */
export function scanWords(text: string, withSites = false): Words {
  const n = text.length;
  const lower = lowerSameLength(text);
  const sites = withSites ? new KeywordSites(text) : null;
  // The classifier's scan of a posting writes into lists lent until forgetSites; any other scan
  // into scratch lists it copies out.
  const k = withSites ? lendLists() : -1;
  const start = k >= 0 ? START_POOL[k]! : SCRATCH_START;
  const end = k >= 0 ? END_POOL[k]! : SCRATCH_END;
  const hash = k >= 0 ? HASH_POOL[k]! : SCRATCH_HASH;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    let dotted = false;
    if (!isAlnum(c)) {
      if (c !== 46 || i + 1 >= n || !isAlnum(lower.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      dotted = true;
    }
    let s = i;
    // The word's first letter or digit: after the dot of ".NET", else c.
    const first = dotted ? lower.charCodeAt(i + 1) : c;
    // Where `\b` sees this word start: its first letter, after the dot of ".NET"; not after "_".
    if (sites && isAsciiAlnum(first) && (dotted || i === 0 || lower.charCodeAt(i - 1) !== 95)) sites.visit(lower, dotted ? i + 1 : i);
    let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    if (dotted) h = Math.imul(h ^ first, FNV_PRIME);
    i += dotted ? 2 : 1;
    // The word's parts, one loop with the hash in hand (no call per part): letters, digits and
    // "+"/"#" runs, then a joiner and the next part while a word character follows the joiner.
    // A "+" or "#" run ends the word unless a digit follows ("C++", "C#", "C++17" are words;
    // "Go+Postgres" is two). With sites, every place inside where a regular expression's `\b`
    // sees a word start is visited: an ASCII letter or digit right after an accented letter
    // ("éremote") or a "+" run ("C++17"), or after a joiner.
    // (The character before i is `first`, read again no more.)
    let afterOther = sites !== null && !isAsciiAlnum(first) && first !== 95;
    for (;;) {
      while (i < n) {
        const d = lower.charCodeAt(i);
        // Most characters of a word: a lower-case ASCII letter or a digit inside it, with nothing
        // to visit. The same steps as the branch below takes for them, without its table and tests.
        if (!afterOther && ((d >= 97 && d <= 122) || (d >= 48 && d <= 57))) {
          h = Math.imul(h ^ d, FNV_PRIME);
          i++;
          continue;
        }
        if (isAlnum(d)) {
          if (d < 128) {
            if (afterOther) sites!.visit(lower, i);
            afterOther = false;
          } else afterOther = sites !== null;
          h = Math.imul(h ^ d, FNV_PRIME);
          i++;
        } else if (isSuffixChar(d)) {
          let j = i;
          while (j < n && isSuffixChar(lower.charCodeAt(j))) j++;
          const next = j < n ? lower.charCodeAt(j) : 0;
          if (isAlnum(next) && !(next >= 48 && next <= 57)) break;
          for (let k = i; k < j; k++) h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
          afterOther = sites !== null;
          i = j;
        } else break;
      }
      if (!(i + 1 < n && isJoiner(lower.charCodeAt(i)) && isWordChar(lower.charCodeAt(i + 1)))) break;
      const w = lower.charCodeAt(i + 1);
      if (sites && isAsciiAlnum(w)) sites.visit(lower, i + 1);
      h = Math.imul(Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME) ^ w, FNV_PRIME);
      i += 2;
      afterOther = sites !== null && !isAsciiAlnum(w) && w !== 95;
    }
    // "end.Next": the dot ends the word before and is not part of this one.
    if (dotted && s > 0 && isAlnum(lower.charCodeAt(s - 1))) {
      s++;
      h = hashRange(lower, s, i);
    }
    start[count] = s;
    end[count] = i;
    hash[count] = h;
    count++;
  }
  if (sites) {
    if (k >= 0) sites.seal(AT_POOL[k]!, FROM_POOL[k]!);
    else sites.seal();
    remember(sites);
  }
  if (k >= 0) return { text, lower, count, start, end, hash, sites };
  return { text, lower, count, start: start.slice(0, count), end: end.slice(0, count), hash: hash.slice(0, count), sites };
}

// The scan writes into these, then copies out arrays of exactly the words' number: arrays grown
// push by push were most of what classifying a posting allocated. Plain arrays of small
// integers: allocating them costs far less than typed arrays here.
const SCRATCH_START: number[] = [];
const SCRATCH_END: number[] = [];
const SCRATCH_HASH: number[] = [];

/** The keyword sites of a text: those a word scan of the same text noted, or a new scan's. */
export function sitesOf(text: string): KeywordSites {
  return recalled(text) ?? scanWords(text, true).sites!;
}

/** The keyword sites for a scan's words: its own (a blanked text's are derived), or its text's. */
export function sitesOfWords(words: Words): KeywordSites {
  return words.sites ?? sitesOf(words.text);
}

/**
 * The sites of the texts scanned lately, so that every stage asking about the same text shares
 * one scan. Looked up by identity (the classifier hands the same string to every stage), newest
 * first; enough of them for a group of postings going through the stages together.
 */
const RECENT = 96;
const RECENT_SITES: KeywordSites[] = [];
/**
 * The lengths of RECENT_SITES' texts, slot by slot, compared before a text is: an equal text has
 * the same length. A look-up passes some 25 slots (106 a posting over the recorded postings), and
 * each used to read a KeywordSites and its text's header, objects of other postings of the group.
 * Measured: the look-ups alone 0.48–0.66 of their time, and cachegrind 0.6% fewer instructions
 * and 1.3% fewer first-level data misses a posting (2026-12-07).
 */
const RECENT_LENGTHS: number[] = [];
let nextSlot = 0;

function remember(sites: KeywordSites): void {
  RECENT_SITES[nextSlot] = sites;
  RECENT_LENGTHS[nextSlot] = sites.text.length;
  nextSlot = (nextSlot + 1) % RECENT;
}

/**
 * Lets go of the remembered sites: the classifier calls it when a posting or a group is done,
 * so that they and the texts they hold do not outlive it. It also takes back the word lists
 * lent (START_POOL): the words of the postings done are read no more.
 */
export function forgetSites(): void {
  takeBackLists();
  RECENT_SITES.length = 0;
  RECENT_LENGTHS.length = 0;
  nextSlot = 0;
}

function recalled(text: string): KeywordSites | null {
  const n = RECENT_SITES.length;
  const length = text.length;
  // Newest first: down from the slot before the next one, then down from the last slot (no
  // division a slot, as `% n` was).
  for (let k = 0, slot = nextSlot - 1; k < n; k++, slot--) {
    if (slot < 0) slot = n - 1;
    if (RECENT_LENGTHS[slot] === length && RECENT_SITES[slot]!.text === text) return RECENT_SITES[slot]!;
  }
  return null;
}

/** The words of a text with their strings (boundaries of `scanWords`). */
export function tokenize(text: string): Token[] {
  const w = scanWords(text);
  const out: Token[] = new Array(w.count);
  for (let i = 0; i < w.count; i++) {
    const s = w.start[i]!;
    const e = w.end[i]!;
    out[i] = { text: text.slice(s, e), lower: w.lower.slice(s, e), start: s, end: e };
  }
  return out;
}

/** The lower-cased word at index i ('' outside the text). */
export function wordAt(words: Words, i: number): string {
  return i >= 0 && i < words.count ? words.lower.slice(words.start[i]!, words.end[i]!) : '';
}

/**
 * Whether the words from index `from` are exactly `expected`, compared in `source` (the text as
 * written, or its lower case: the default) without slicing a string. False past either end.
 */
export function wordsAre(words: Words, from: number, expected: readonly string[], source: string = words.lower): boolean {
  for (let k = 0; k < expected.length; k++) {
    const i = from + k;
    const w = expected[k]!;
    if (i < 0 || i >= words.count || words.end[i]! - words.start[i]! !== w.length || !source.startsWith(w, words.start[i]!)) return false;
  }
  return true;
}

/**
 * The words of a text with every occurrence of `name` blanked (offsets unchanged), without
 * scanning the text again: words that overlap an occurrence are dropped, the rest kept.
 * The lists of the words kept are lent until `forgetSites` (START_POOL).
 */
export function withoutPhrase(words: Words, name: string | null): Words {
  const { text } = words;
  if (!name || name.length < 2 || !text.includes(name)) return words;
  const spans: number[] = [];
  // Whole words only: "Elastic" is blanked in "Elastic, the company behind Elasticsearch", not
  // the start of "Elasticsearch", which its people work on.
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at > 0 && isAlnum(text.charCodeAt(at - 1))) || (end < text.length && isAlnum(text.charCodeAt(end)))) continue;
    spans.push(at, end);
    at = end - 1;
  }
  if (spans.length === 0) return words;
  const blanked = blankSpans(text, spans);
  const lower = blankSpans(words.lower, spans);
  const sites = words.sites?.blanked(blanked, lower, spans) ?? null;
  // The words each occurrence overlaps, found by bisection: [DROP[r], DROP[r + 1]) for each.
  let runs = 0;
  let dropped = 0;
  let from = 0;
  for (let k = 0; k < spans.length; k += 2) {
    const first = firstEndingAfter(words, spans[k]!, from);
    let last = first;
    while (last < words.count && words.start[last]! < spans[k + 1]!) last++;
    // `first` is at or after `from`: the runs are apart and ascending.
    if (last > first) {
      DROP[runs++] = first;
      DROP[runs++] = last;
      dropped += last - first;
    }
    from = Math.max(from, last);
  }
  if (dropped === 0) return { ...words, text: blanked, lower, sites };
  const count = words.count - dropped;
  const k = lendLists();
  const start = k >= 0 ? START_POOL[k]! : [];
  const end = k >= 0 ? END_POOL[k]! : [];
  const hash = k >= 0 ? HASH_POOL[k]! : [];
  withoutRuns(words, runs, start, end, hash);
  return { text: blanked, lower, count, start, end, hash, sites };
}

/** The runs of words withoutPhrase drops, as [from, to) pairs in ascending order. */
const DROP: number[] = [];

/**
 * Word lists lent until `forgetSites`, reused from posting to posting: those of the classifier's
 * scan of a posting's text (scanWords with sites) and of its words with the company's name
 * blanked (withoutPhrase), both read by the stages until the posting's group is done, and no
 * longer (the classifier calls forgetSites when a posting or a group of postings is done). Made
 * new for every posting, they were a sixth of what classifying allocated. One pool a list, so
 * that each array only ever holds one kind of number (hashes are not all small integers) and
 * readers of `start` see one kind of array. At most LENT_MAX sets are lent at a time: past that,
 * a caller that never calls forgetSites gets new arrays.
 */
const START_POOL: number[][] = [];
const END_POOL: number[][] = [];
const HASH_POOL: number[][] = [];
/** The keyword sites of the scan (keywords.ts KeywordSites.seal): offsets, and where each expression's begin. */
const AT_POOL: number[][] = [];
const FROM_POOL: number[][] = [];
const LENT_MAX = 256;
let lent = 0;
/** An array longer than this goes back empty: one 200 KB posting's words are not held for ever. */
const KEPT_MAX = 16_384;

/** The pool index of a set of lists (words' start, end, hash; keyword sites) lent until forgetSites, or -1 when all are lent. */
function lendLists(): number {
  if (lent >= LENT_MAX) return -1;
  if (lent === START_POOL.length) {
    START_POOL.push([]);
    END_POOL.push([]);
    HASH_POOL.push([]);
    AT_POOL.push([]);
    FROM_POOL.push([]);
  }
  return lent++;
}

/** Takes back every list lent since the last call. */
function takeBackLists(): void {
  for (let k = 0; k < lent; k++) {
    if (START_POOL[k]!.length > KEPT_MAX) {
      START_POOL[k] = [];
      END_POOL[k] = [];
      HASH_POOL[k] = [];
    }
    if (AT_POOL[k]!.length > KEPT_MAX) AT_POOL[k] = [];
  }
  lent = 0;
}

/**
 * The words' start, end and hash lists without the DROP runs, in `start`, `end` and `hash` (whose
 * entries past the words' number are left from an earlier posting and never read: readers go by
 * `count`). The three lists are copied in one loop: with a loop a list, the blanking took about
 * 1.13 times as long (0.81–0.96 of it in groups alternating with the old code, both orders).
 */
function withoutRuns(words: Words, runs: number, start: number[], end: number[], hash: number[]): void {
  const fromStart = words.start;
  const fromEnd = words.end;
  const fromHash = words.hash;
  let n = 0;
  let from = 0;
  for (let r = 0; r <= runs; r += 2) {
    const to = r < runs ? DROP[r]! : words.count;
    for (let i = from; i < to; i++, n++) {
      start[n] = fromStart[i]!;
      end[n] = fromEnd[i]!;
      hash[n] = fromHash[i]!;
    }
    if (r < runs) from = DROP[r + 1]!;
  }
}

/** The first word at or after index `from` that ends after offset `at`. */
function firstEndingAfter(words: Words, at: number, from: number): number {
  return lowerBound(words.end, at + 1, from, words.count);
}

/** Strings of n spaces, made once each: a company's name is blanked in nearly every posting. */
const SPACES: string[] = [];
function spaces(n: number): string {
  if (n >= 64) return ' '.repeat(n);
  let s = SPACES[n];
  if (s === undefined) {
    s = ' '.repeat(n);
    SPACES[n] = s;
  }
  return s;
}

function blankSpans(s: string, spans: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < spans.length; k += 2) {
    parts.push(s.slice(from, spans[k]), spaces(spans[k + 1]! - spans[k]!));
    from = spans[k + 1]!;
  }
  parts.push(s.slice(from));
  return parts.join('');
}

/**
 * A compact filter of hashes: one bit per 16-bit slice of a hash, 8 KB in all, so it stays in
 * the processor's cache while a posting is classified. Most words of a text are in no index;
 * their bit is clear and the index (a hash table far larger than the cache, probed at a random
 * place) is never touched. A set bit only means "maybe": the index decides.
 * A filter for a few keys takes fewer bits (`log2Bits`, 9 to 16): the role rules and levels ask
 * some forty small word sets about nearly every word, and forty filters of 8 KB each pushed one
 * another out of the first-level cache (the filters' reads were 4% of the role rules' profile).
 */
export class HashFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  constructor(log2Bits = 16) {
    this.bits = new Uint32Array(1 << (log2Bits - 5));
    this.mask = (1 << log2Bits) - 1;
  }
  add(h: number): void {
    const k = (h ^ (h >>> 16)) & this.mask;
    this.bits[k >>> 5]! |= 1 << (k & 31);
  }
  mightHave(h: number): boolean {
    const k = (h ^ (h >>> 16)) & this.mask;
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}

/**
 * The filter size (HashFilter's log2Bits) for `keys` keys: about 32 bits a key, so that about
 * one word in 32 that is not a key gets past it, from one cache line (512 bits) up to 8 KB.
 */
export function filterBitsFor(keys: number): number {
  let log2 = 9;
  while (log2 < 16 && 1 << log2 < keys * 32) log2++;
  return log2;
}

/**
 * A map from 32-bit hashes to values in flat arrays, probed in place (open addressing): a lookup
 * reads a slot or two of a typed array where a Map would hash the number again and follow
 * pointers. Tables are filled once, while the data files are compiled, and only read after.
 */
export class HashTable<V> {
  private bits = 4;
  // Key 0 marks an empty slot, so a probe reads one array; a hash of 0 has a slot of its own.
  // (A separate "used" array cost a second cache line on every probe of the phrase scans.)
  private keys = new Int32Array(1 << this.bits);
  private values: (V | undefined)[] = new Array(1 << this.bits);
  private size = 0;
  private zero: V | undefined = undefined;

  private slot(h: number): number {
    const mask = (1 << this.bits) - 1;
    const keys = this.keys;
    let i = Math.imul(h, 0x9e3779b1) >>> (32 - this.bits);
    for (let k = keys[i]!; k !== 0 && k !== h; k = keys[i]!) i = (i + 1) & mask;
    return i;
  }

  get(h: number): V | undefined {
    if ((h | 0) === 0) return this.zero;
    const i = this.slot(h | 0);
    return this.keys[i] !== 0 ? this.values[i] : undefined;
  }

  set(h: number, value: V): void {
    if ((h | 0) === 0) {
      this.zero = value;
      return;
    }
    const i = this.slot(h | 0);
    if (this.keys[i] === 0) {
      // Kept at most half full, so a miss ends at an empty slot within a probe or two.
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        this.set(h, value);
        return;
      }
      this.keys[i] = h | 0;
      this.size++;
    }
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.bits++;
    this.keys = new Int32Array(1 << this.bits);
    this.values = new Array(1 << this.bits);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i]!, values[i] as V);
  }
}

/**
 * Strings and their values, looked up by a piece of a text and its hash (`hashRange`): the piece
 * is compared in place, never sliced out, and most pieces are turned away by the filter alone.
 */
export class StringTable<V> {
  private readonly filter: HashFilter;
  private readonly byHash = new HashTable<Keyed<V>>();

  /** `keys`: how many keys it will hold, if known, for a filter of that size (filterBitsFor). */
  constructor(keys?: number) {
    this.filter = new HashFilter(keys === undefined ? 16 : filterBitsFor(keys));
  }

  set(key: string, value: V): void {
    const h = hashString(key);
    this.filter.add(h);
    const entry: Keyed<V> = { key, value, next: null };
    let last = this.byHash.get(h);
    if (last === undefined) {
      this.byHash.set(h, entry);
      return;
    }
    // Kept in the order set: of two entries with the same key, the first one set is found.
    while (last.next !== null) last = last.next;
    last.next = entry;
  }

  /** Whether some key may have hash h: false means none has. */
  mightHave(h: number): boolean {
    return this.filter.mightHave(h);
  }

  /** The value of the key spelt by source[start, end), whose hash is h, or undefined. */
  at(source: string, start: number, end: number, h: number): V | undefined {
    return this.filter.mightHave(h) ? this.chained(source, start, end, h) : undefined;
  }

  /**
   * The value of word k of a word scan (undefined outside the text). The filter is asked by the
   * word's hash before its offsets are read: most words are in no table, and reading start and
   * end first (as the arguments of `at`) cost two more loads a word for nothing.
   */
  atWord(words: Words, k: number): V | undefined {
    if (k < 0 || k >= words.count) return undefined;
    const h = words.hash[k]!;
    return this.filter.mightHave(h) ? this.chained(words.lower, words.start[k]!, words.end[k]!, h) : undefined;
  }

  /** The value among the keys of hash h of the one spelt by source[start, end), past the filter. */
  private chained(source: string, start: number, end: number, h: number): V | undefined {
    for (let e: Keyed<V> | null = this.byHash.get(h) ?? null; e !== null; e = e.next) {
      if (e.key.length === end - start && source.startsWith(e.key, start)) return e.value;
    }
    return undefined;
  }
}

/**
 * A key of a StringTable and its value, chained to the next key of the same hash: one object
 * to read per hit, where a list of [key, value] pairs was two more (the list, then the pair).
 */
interface Keyed<V> {
  key: string;
  value: V;
  next: Keyed<V> | null;
}

/**
 * A set of lower-case words tested against a scanned text by hash first: most words of a text
 * are in no such set, and are rejected without slicing a string.
 */
export class WordSet {
  private readonly words: StringTable<true>;
  constructor(words: Iterable<string>) {
    const unique = new Set(words);
    this.words = new StringTable<true>(unique.size);
    for (const w of unique) this.words.set(w, true);
  }
  /** Whether word i of the text is in the set (false outside the text). */
  at(words: Words, i: number): boolean {
    return this.words.atWord(words, i) === true;
  }
}

