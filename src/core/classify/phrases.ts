import { hashString, tokenize, type Words } from './tokens.ts';

interface Entry<T> {
  value: T;
  /** The phrase's words as written, joined by one space, when it must match that case. */
  cased: string | null;
}

/**
 * Many phrases (technology aliases, job titles) matched in one pass over a text's words.
 * Phrases are keyed by their lower-cased words joined by spaces; a word is only looked at
 * further when its hash is the hash of some phrase's first word. At each position the longest
 * phrase wins ("React Native" over "React"), and words inside a hit are not scanned again.
 */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, Entry<T>[]>();
  /** Every proper prefix of a key: extending a phrase stops as soon as no key continues it. */
  private readonly prefixes = new Set<string>();
  private readonly firstHashes = new Set<number>();
  private maxWords = 1;

  /** Adds a phrase. `cased`: it only matches with exactly this capitalisation ("Go", "AI"). */
  add(phrase: string, value: T, cased = false): void {
    const words = tokenize(phrase);
    if (words.length === 0) return;
    const key = words.map((w) => w.lower).join(' ');
    const list = this.byKey.get(key) ?? [];
    list.push({ value, cased: cased ? words.map((w) => w.text).join(' ') : null });
    this.byKey.set(key, list);
    this.firstHashes.add(hashString(words[0]!.lower));
    for (let k = 1; k < words.length; k++) this.prefixes.add(words.slice(0, k).map((w) => w.lower).join(' '));
    this.maxWords = Math.max(this.maxWords, words.length);
  }

  /** Calls `onHit(value, firstWord, wordCount)` for every phrase found, longest first. */
  scan(words: Words, onHit: (value: T, index: number, n: number) => void): void {
    const { text, lower, count, start, end, hash } = words;
    for (let i = 0; i < count; ) {
      if (!this.firstHashes.has(hash[i]!)) {
        i++;
        continue;
      }
      // Grow the key word by word while some phrase still continues it.
      const keys: string[] = [];
      let key = '';
      for (let n = 1; n <= this.maxWords && i + n <= count; n++) {
        const w = lower.slice(start[i + n - 1]!, end[i + n - 1]!);
        key = n === 1 ? w : `${key} ${w}`;
        keys.push(key);
        if (!this.prefixes.has(key)) break;
      }
      let matched = 0;
      // A longer phrase whose case does not fit leaves the shorter ones their chance.
      for (let n = keys.length; n >= 1 && matched === 0; n--) {
        const list = this.byKey.get(keys[n - 1]!);
        if (!list) continue;
        let asWritten: string | null = null;
        for (const e of list) {
          if (e.cased !== null) {
            asWritten ??= wordsAsWritten(text, start, end, i, n);
            if (asWritten !== e.cased) continue;
          }
          onHit(e.value, i, n);
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
}

function wordsAsWritten(text: string, start: Int32Array, end: Int32Array, i: number, n: number): string {
  if (n === 1) return text.slice(start[i]!, end[i]!);
  const parts: string[] = [];
  for (let k = i; k < i + n; k++) parts.push(text.slice(start[k]!, end[k]!));
  return parts.join(' ');
}
