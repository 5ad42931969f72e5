import { HashFilter, HashTable, hashString, tokenize, type Words, WordSet, wordsAre } from './tokens.ts';

/**
 * A phrase's value, in a chain of the phrases of one hash: the scan reads one object per phrase
 * it confirms, where a list of keys each with a list of entries made it follow four.
 */
interface Entry<T> {
  /** The phrase's lower-cased words: a hash hit is confirmed against them (shared by its entries). */
  words: string[];
  value: T;
  /** The phrase's words as written, when it must match that case. */
  cased: string[] | null;
  /** The next entry of the same hash: those of one phrase one after the other, in the order added. */
  next: Entry<T> | null;
}

/**
 * What the index knows of one hash of a word sequence: whether it is some phrase's first word,
 * whether some longer phrase continues it, and the phrases it is the key of. One probe of one
 * table answers all three: three tables (first words, prefixes, keys) read three times as many
 * cache lines a word, and the scan's time went mostly to cache misses.
 */
interface Node<T> {
  first: boolean;
  prefix: boolean;
  entries: Entry<T> | null;
}

/** The hash of a word sequence, from its words' hashes: no string is built while scanning. */
function extend(prefix: number, wordHash: number): number {
  const h = Math.imul(prefix ^ wordHash, 0x01000193);
  return h ^ (h >>> 15);
}

/** Longest phrase the index holds, in words; scanning keeps one node per length. */
const MAX_WORDS = 16;

/**
 * Many phrases (technology aliases, job titles) matched in one pass over a text's words.
 * A phrase is keyed by the hash of its lower-cased words; a word is only looked at further
 * when its hash is the hash of some phrase's first word, and a phrase grows only while some
 * key continues it. Strings are compared only to confirm a hit. At each position the longest
 * phrase wins ("React Native" over "React"), and words inside a hit are not scanned again.
 */
export class PhraseIndex<T> {
  private readonly nodes = new HashTable<Node<T>>();
  /** The hashes of first words, cache-sized: most words of a text begin no phrase and stop here. */
  private readonly firstFilter = new HashFilter();
  /** Every hash `nodes` holds, likewise: most sequences a scan grows to are no key. */
  private readonly nodeFilter = new HashFilter();
  private maxWords = 1;
  /** The node of each length of the sequence being grown (undefined: none). */
  private readonly grown: (Node<T> | undefined)[] = new Array(MAX_WORDS + 1).fill(undefined);

  /** The node of hash h, made if new. */
  private nodeOf(h: number): Node<T> {
    let node = this.nodes.get(h);
    if (!node) {
      node = { first: false, prefix: false, entries: null };
      this.nodes.set(h, node);
      this.nodeFilter.add(h);
    }
    return node;
  }

  /** Adds a phrase. `cased`: it only matches with exactly this capitalisation ("Go", "AI"). */
  add(phrase: string, value: T, cased = false): void {
    const words = tokenize(phrase).slice(0, MAX_WORDS);
    if (words.length === 0) return;
    const lower = words.map((w) => w.lower);
    let h = 0;
    for (let k = 0; k < lower.length; k++) {
      h = k === 0 ? hashString(lower[0]!) : extend(h, hashString(lower[k]!));
      if (k < lower.length - 1) this.nodeOf(h).prefix = true;
    }
    const node = this.nodeOf(h);
    const entry: Entry<T> = { words: lower, value, cased: cased ? words.map((w) => w.text) : null, next: null };
    // The entries of one phrase stay together, in the order added: a new one goes after the last
    // entry of the same words, or at the end.
    let same: Entry<T> | null = null;
    let last: Entry<T> | null = null;
    for (let e = node.entries; e !== null; e = e.next) {
      if (e.words.length === lower.length && e.words.every((w, i) => w === lower[i])) same = e;
      last = e;
    }
    if (same !== null) {
      entry.words = same.words;
      entry.next = same.next;
      same.next = entry;
    } else if (last !== null) last.next = entry;
    else node.entries = entry;
    const first = hashString(lower[0]!);
    this.nodeOf(first).first = true;
    this.firstFilter.add(first);
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  /** The node of hash h, if the index has one. */
  private nodeAt(h: number): Node<T> | undefined {
    return this.nodeFilter.mightHave(h) ? this.nodes.get(h) : undefined;
  }

  /** The node of a word's hash when some phrase starts with that word. */
  private firstNode(wordHash: number): Node<T> | undefined {
    if (!this.firstFilter.mightHave(wordHash)) return undefined;
    const node = this.nodes.get(wordHash);
    return node?.first ? node : undefined;
  }

  /** Whether some phrase starts with the word of this hash. */
  startsPhrase(wordHash: number): boolean {
    return this.firstNode(wordHash) !== undefined;
  }

  /**
   * Calls `onHit(value, firstWord, wordCount)` for every phrase found, longest first. With
   * `ends` (the words as they were before some were cut short), a word cut short ends any phrase
   * it is in. With `lines`, a phrase does not go on past the end of a short line or a field (endsField).
   */
  scan(words: Words, onHit: (value: T, index: number, n: number) => void, ends: readonly number[] | null = null, lines = false): void {
    const { count, hash } = words;
    const grown = this.grown;
    for (let i = 0; i < count; ) {
      const first = this.firstNode(hash[i]!);
      if (first === undefined) {
        i++;
        continue;
      }
      // Grow the key word by word while some phrase still continues it.
      let longest = 0;
      let h = 0;
      for (let n = 1; n <= this.maxWords && i + n <= count; n++) {
        h = n === 1 ? hash[i]! : extend(h, hash[i + n - 1]!);
        const node = n === 1 ? first : this.nodeAt(h);
        // No key of n words: the phrases end before word n, field end or not. (endsField reads
        // the text between the words: only for a sequence the index holds.)
        if (node === undefined) break;
        if (lines && n > 1 && endsField(words, i + n - 2)) break;
        grown[n] = node;
        longest = n;
        if (!node.prefix || (ends !== null && ends[i + n - 1] !== words.end[i + n - 1])) break;
      }
      let matched = 0;
      // A longer phrase whose case does not fit leaves the shorter ones their chance.
      for (let n = longest; n >= 1 && matched === 0; n--) {
        for (let e = grown[n]?.entries ?? null; e !== null; e = e.next) {
          if (e.words.length !== n || !wordsAre(words, i, e.words)) continue;
          if (e.cased !== null && !wordsAre(words, i, e.cased, words.text)) continue;
          onHit(e.value, i, n);
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
}

/** Shortest line that may be prose wrapped by its poster's editor. */
const WRAPPED_LINE = 40;
/** Words on either side of a comma that turns a title round ("Director, Engineering", "Engineering, Lead"). */
const LEADER_WORDS = new WordSet(['manager', 'managers', 'director', 'directors', 'vp', 'svp', 'evp', 'head', 'chief', 'president', 'lead', 'leads']);

/**
 * Whether word k ends a field: a colon, semicolon or pipe after it, or the end of a short line: a list item or a heading ("Engineering" above "Lead
 * Developer", "Marketing Manager" above "Engineering Manager"), whose last word begins no phrase
 * with the next line's first. A long line ends where the poster's editor wrapped prose ("low
 * latency networking to systems" / "administration"): phrases go on over it.
 */
function endsField(words: Words, k: number): boolean {
  const text = words.text;
  const to = words.start[k + 1]!;
  for (let j = words.end[k]!; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return j - (text.lastIndexOf('\n', words.start[k]!) + 1) < WRAPPED_LINE;
    // "Game Developer: Experience building games" is no "developer experience", nor "Android
    // App Developer (experience with maps)"; nor does a phrase run over ";" or "|".
    if (c === 58 || c === 59 || c === 124 || c === 40) return true;
    // "Product, marketing and sales positions", "Data, Design, Marketing": items of a list, not
    // "product marketing" or "data design". A title turned round goes on: "Manager, Engineering",
    // "VP, Engineering", "Hardware Engineering, Lead".
    if (c === 44) return !(LEADER_WORDS.at(words, k) || LEADER_WORDS.at(words, k + 1));
  }
  return false;
}
