/**
 * Keyword expressions run only where they can match.
 *
 * Many of the classifier's regular expressions look for words ("visa", "remote", "hiring") in
 * the whole text of a posting. The engine tries such an expression at every character, and a
 * few dozen of them cost more than the rest of the classifier. Yet a match can only start where
 * a word starts, with one of a few known beginnings ("visa", "spon", "h1b"...). So the word scan
 * every posting gets anyway (tokens.ts scanWords) walks the first letters of each word down a
 * table of every keyword's beginnings; each expression is then tried, anchored, only at the
 * places that begin like one of its own keywords. The matches are the ones the expression
 * finds on its own, in the same order: test/classify/keywords.test.ts holds every keyword
 * expression to that on every recorded posting.
 */

import { isJsSpace } from './chars.ts';
import { lowerBound } from './sorted.ts';

/** The most letters of a keyword's beginning the table keys on. */
const KEY_LENGTH = 4;

/** `\w` of a regular expression without the u flag, by code unit: where `\b` sees a word start. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;

/**
 * The letters beginnings are written with, numbered from 1: a-z, 0-9, space, apostrophe, hyphen,
 * dot. A text's capitals read as their lower case, "’" as "'" and any white space (`\s`: tab,
 * line break, no-break space...) as a space; anything else is 0, which no beginning has. A small
 * alphabet keeps the trie small enough to stay in the processor's cache.
 */
const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789 '-.";
const SYMBOLS = LETTERS.length + 1;
const SYMBOL = new Uint8Array(128);
for (let k = 0; k < LETTERS.length; k++) SYMBOL[LETTERS.charCodeAt(k)] = k + 1;
for (let c = 65; c <= 90; c++) SYMBOL[c] = SYMBOL[c + 32]!;
const APOSTROPHE = SYMBOL[39]!;
const SPACE = SYMBOL[32]!;
for (let c = 9; c <= 13; c++) SYMBOL[c] = SPACE;
/** The symbol of a code unit of a text (0 for none). */
function symbolOf(c: number): number {
  return c < 128 ? SYMBOL[c]! : c === 0x2019 ? APOSTROPHE : isJsSpace(c) ? SPACE : 0;
}

/** Every keyword expression, by id. */
const ALL: Keyword[] = [];

/**
 * The beginnings as a trie: NEXT[node * SYMBOLS + symbol] is the node after that letter (0: no
 * beginning goes on so), ACCEPT[node] the ids of the expressions whose beginning ends there.
 */
let NEXT = new Uint16Array(SYMBOLS);
const ACCEPT: (number[] | undefined)[] = [undefined];
/** 1 where ACCEPT has ids: a byte per node, read at every step, so ACCEPT is read only on a hit. */
let ACCEPTS = new Uint8Array(1);
/**
 * ACCEPT flattened for the scan: the ids of node k are ACCEPT_IDS[ACCEPT_FROM[k]] up to
 * ACCEPT_IDS[ACCEPT_FROM[k + 1] - 1]. Two typed arrays, where ACCEPT is an array of arrays
 * (a pointer and an object to follow on every hit); remade when a beginning is added.
 */
let ACCEPT_FROM = new Int32Array(2);
let ACCEPT_IDS = new Int32Array(0);
let flatStale = false;

function flattenAccept(): void {
  ACCEPT_FROM = new Int32Array(ACCEPT.length + 1);
  const ids: number[] = [];
  for (let node = 0; node < ACCEPT.length; node++) {
    ACCEPT_FROM[node] = ids.length;
    for (const id of ACCEPT[node] ?? []) ids.push(id);
  }
  ACCEPT_FROM[ACCEPT.length] = ids.length;
  ACCEPT_IDS = Int32Array.from(ids);
  flatStale = false;
}

/**
 * Adds a beginning to the trie. A space in it stands for a run of any white space, as `\s+`:
 * the node after it leads back to itself on more (visit lets such a run lengthen its walk).
 * Where the expression has a plain " " there instead, the run only adds places the anchored
 * expression is tried at and fails, never a match.
 */
function addBeginning(s: string, id: number): void {
  let node = 0;
  for (let k = 0; k < s.length; k++) {
    const symbol = symbolOf(s.charCodeAt(k));
    if (symbol === SPACE && k > 0 && symbolOf(s.charCodeAt(k - 1)) === SPACE) continue;
    const at = node * SYMBOLS + symbol;
    let next = NEXT[at]!;
    if (next === 0) {
      next = ACCEPT.length;
      ACCEPT.push(undefined);
      if (NEXT.length < (next + 1) * SYMBOLS) {
        const grown = new Uint16Array(NEXT.length * 2);
        grown.set(NEXT);
        NEXT = grown;
      }
      NEXT[at] = next;
      if (symbol === SPACE) NEXT[next * SYMBOLS + SPACE] = next;
    }
    node = next;
  }
  const ids = ACCEPT[node] ?? [];
  ACCEPT[node] = ids;
  if (ACCEPTS.length < ACCEPT.length) {
    const grown = new Uint8Array(NEXT.length / SYMBOLS);
    grown.set(ACCEPTS);
    ACCEPTS = grown;
  }
  ACCEPTS[node] = 1;
  if (!ids.includes(id)) ids.push(id);
  flatStale = true;
}

/**
 * A regular expression that can only match where a word starts with one of `starts`, written
 * in lower case: the literal text every match begins with, as far as it is literal, where a
 * space stands for any run of white space (for /\b(?:be\s+anywhere)\b/ that is "be a"; see
 * addBeginning). Only the first four letters of a beginning are used; "'" stands for both
 * apostrophes ("i'm", "i’m").
 */
export class Keyword {
  readonly id: number;
  /** The same expression, anchored where it is tried (sticky) and never global. */
  readonly anchored: RegExp;
  constructor(
    readonly re: RegExp,
    starts: readonly string[],
  ) {
    for (const s of starts) {
      if (!/^[a-z0-9][a-z0-9 '.-]*$/.test(s)) throw new Error(`keyword beginning "${s}": lower-case letters, digits, space, ' - . from a letter or digit`);
    }
    this.id = ALL.length;
    ALL.push(this);
    this.anchored = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
    for (const s of starts) addBeginning(s.slice(0, KEY_LENGTH), this.id);
  }
}

// The scan notes (expression id, offset) pairs here, then copies them out grouped by id: one
// array per text made by slice(). Arrays built literal by literal and push by push while a
// group of postings was being classified outlived the engine's young generation so often
// that it began allocating them straight into the old one (allocation-site pretenuring), and
// peak RSS grew by some 150 MiB over the recorded postings.
const PAIR_ID: number[] = [];
const PAIR_AT: number[] = [];
let pairs = 0;
const GROUPED: number[] = [];
const OFFSETS: number[] = [];
const CURSOR: number[] = [];

/**
 * Where the keyword expressions can match in one text: for each expression, the offsets
 * (ascending) where a word starts with one of its beginnings.
 */
export class KeywordSites {
  /** The offsets, grouped by expression id: those of id k are at[from[k]] to at[from[k + 1] - 1]. */
  private at: readonly number[] = NONE;
  private from: readonly number[] = NONE;

  /**
   * Sites are added by the word scan (tokens.ts scanWords), word start by word start, then
   * sealed. A new text starts from no pairs, whatever a scan cut short by an error left.
   */
  constructor(readonly text: string) {
    pairs = 0;
    if (flatStale) flattenAccept();
  }

  /**
   * Notes word start i (a letter or digit after a character that is not one, as `\b` sees it)
   * for every beginning its letters pass in the trie, reading them from `source`: the text or
   * its lower case, with the same offsets. The scan of one text visits in ascending order and
   * seals before another text's scan visits.
   */
  visit(source: string, i: number): void {
    let node = NEXT[symbolOf(source.charCodeAt(i))]!;
    let end = Math.min(source.length, i + KEY_LENGTH);
    const walkStart = pairs;
    for (let k = i + 1; node !== 0; k++) {
      if (ACCEPTS[node] === 1) {
        for (let a = ACCEPT_FROM[node]!, to = ACCEPT_FROM[node + 1]!; a < to; a++) {
          const id = ACCEPT_IDS[a]!;
          // Two beginnings of one expression on one walk ("no", "not ") note the offset once.
          let seen = false;
          for (let p = walkStart; p < pairs && !seen; p++) seen = PAIR_ID[p] === id;
          if (seen) continue;
          PAIR_ID[pairs] = id;
          PAIR_AT[pairs] = i;
          pairs++;
        }
      }
      if (k >= end) return;
      const next = NEXT[node * SYMBOLS + symbolOf(source.charCodeAt(k))]!;
      // More white space after a beginning's space ("be \n anywhere") is one space of it: the
      // walk reads one more character for each.
      if (next === node && end < source.length) end++;
      node = next;
    }
  }

  /**
   * Ends the scan: the pairs noted since the last seal become this text's sites. With `at` and
   * `from`, they are written into those lists (lent by the word scan, tokens.ts START_POOL)
   * rather than into new ones; entries past what is written are never read.
   */
  seal(at: number[] | null = null, from: number[] | null = null): void {
    const ids = ALL.length;
    for (let id = 0; id <= ids; id++) OFFSETS[id] = 0;
    for (let p = 0; p < pairs; p++) OFFSETS[PAIR_ID[p]! + 1]!++;
    for (let id = 0; id < ids; id++) {
      OFFSETS[id + 1]! += OFFSETS[id]!;
      CURSOR[id] = OFFSETS[id]!;
    }
    // A lent list is filled out to the pairs' number first: written out of order, it must not get holes.
    const grouped = at ?? GROUPED;
    for (let p = grouped.length; p < pairs; p++) grouped.push(0);
    for (let p = 0; p < pairs; p++) grouped[CURSOR[PAIR_ID[p]!]!++] = PAIR_AT[p]!;
    this.at = at ?? GROUPED.slice(0, pairs);
    if (from) {
      for (let id = 0; id <= ids; id++) from[id] = OFFSETS[id]!;
      this.from = from;
    } else this.from = OFFSETS.slice(0, ids + 1);
    pairs = 0;
  }

  /**
   * The sites of the same text with [spans[k], spans[k+1]) blanked out with spaces (tokens.ts
   * withoutPhrase), without reading the text again. The sites of the text stay: one inside a
   * blank or keyed on letters a blank replaced only costs a failed try. What a blank can add
   * is read anew: a word start right after it ("Acme" blanked in "AcmeHire"), and a word start
   * just before it whose first letters now run into spaces ("our" + blanked "Acme" → "our ").
   */
  blanked(blankedText: string, blankedLower: string, spans: readonly number[]): KeywordSites {
    const extra = new KeywordSites(blankedText);
    for (let k = 0; k < spans.length; k += 2) {
      for (let at = Math.max(0, spans[k]! - KEY_LENGTH + 1); at < spans[k]!; at++) if (isWordStart(blankedText, at)) extra.visit(blankedLower, at);
      if (spans[k + 1]! < blankedText.length && isWordStart(blankedText, spans[k + 1]!)) extra.visit(blankedLower, spans[k + 1]!);
    }
    // Nearly always nothing new: the text's own sites serve, and no empty lists are sealed.
    if (pairs === 0) {
      extra.at = this.at;
      extra.from = this.from;
      return extra;
    }
    extra.seal();
    const out = new KeywordSites(blankedText);
    // Both texts' sites, merged expression by expression, through the scan's own pairs.
    for (let id = 0; id < ALL.length; id++) this.mergeInto(extra, id);
    out.seal();
    return out;
  }

  /**
   * Notes the offsets of expression `id` in these sites and in `other` as pairs, ascending and
   * without repeats: merged in place, without slicing both lists out (and a merged copy) for
   * every expression, of which a blank adds sites to one or two.
   */
  private mergeInto(other: KeywordSites, id: number): void {
    let i = id + 1 < this.from.length ? this.from[id]! : 0;
    const iEnd = id + 1 < this.from.length ? this.from[id + 1]! : 0;
    let j = id + 1 < other.from.length ? other.from[id]! : 0;
    const jEnd = id + 1 < other.from.length ? other.from[id + 1]! : 0;
    let last = -1;
    while (i < iEnd || j < jEnd) {
      const v = j >= jEnd || (i < iEnd && this.at[i]! <= other.at[j]!) ? this.at[i++]! : other.at[j++]!;
      if (v === last) continue;
      PAIR_ID[pairs] = id;
      PAIR_AT[pairs] = v;
      pairs++;
      last = v;
    }
  }

  /** The first match of `kw` in the text, as `kw.re.exec` finds it (without g). */
  first(kw: Keyword): RegExpExecArray | null {
    const id = kw.id;
    if (id + 1 >= this.from.length) return null;
    const re = kw.anchored;
    for (let j = this.from[id]!; j < this.from[id + 1]!; j++) {
      re.lastIndex = this.at[j]!;
      const m = re.exec(this.text);
      if (m) return m;
    }
    return null;
  }

  /** Whether `kw` matches anywhere: `kw.re.test(text)`. */
  test(kw: Keyword): boolean {
    return this.first(kw) !== null;
  }

  /** Every match of `kw`, as a global expression's exec loop finds them (non-overlapping, in order). */
  all(kw: Keyword): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const id = kw.id;
    if (id + 1 >= this.from.length) return out;
    const re = kw.anchored;
    let next = 0;
    for (let j = this.from[id]!; j < this.from[id + 1]!; j++) {
      const at = this.at[j]!;
      if (at < next) continue;
      re.lastIndex = at;
      const m = re.exec(this.text);
      if (!m) continue;
      out.push(m);
      next = at + Math.max(1, m[0].length);
    }
    return out;
  }

  /**
   * The first match of `kw` in the whole text at a word start at or after `from`, with the text's
   * own indices: the way to walk every match of an expression with no pass over the text.
   */
  nextIn(kw: Keyword, from: number): RegExpExecArray | null {
    const id = kw.id;
    if (id + 1 >= this.from.length) return null;
    const re = kw.anchored;
    for (let j = lowerBound(this.at, from, this.from[id]!, this.from[id + 1]!); j < this.from[id + 1]!; j++) {
      re.lastIndex = this.at[j]!;
      const m = re.exec(this.text);
      if (m) return m;
    }
    return null;
  }

  /**
   * Whether firstIn(kw, text.slice(from, to), from) may find a match: false when no place of `kw`
   * lies in [from, to) and the piece has no word start of its own at 0, so that a caller can skip
   * slicing the piece out (most pieces asked about have no place).
   */
  mayMatchIn(kw: Keyword, from: number, to: number): boolean {
    if (to <= from) return false;
    if (from > 0 && !isWordStart(this.text, from) && isWordStart(this.text.charAt(from), 0)) return true;
    const id = kw.id;
    if (id + 1 >= this.from.length) return false;
    const j = lowerBound(this.at, from, this.from[id]!, this.from[id + 1]!);
    return j < this.from[id + 1]! && this.at[j]! < to;
  }

  /** A piece that starts inside a word has a word start of its own at 0, which the text has not. */
  private startsOwnWord(part: string, offset: number): boolean {
    return offset > 0 && part.length > 0 && !isWordStart(this.text, offset) && isWordStart(part, 0);
  }

  /**
   * The first match of `kw` in `part`, the piece of the text that starts at `offset`, as
   * `kw.re.exec(part)` finds it: indices are the piece's own.
   */
  firstIn(kw: Keyword, part: string, offset: number): RegExpExecArray | null {
    return this.firstInRange(kw, part, offset, 0, part.length);
  }

  /**
   * firstIn's match if it starts at an index of `part` in [from, to), else null, trying only the
   * places in that range: a caller that asks whether a match starts before some index reads no
   * further (and, asking again with a later index, goes on from the last one).
   */
  firstInRange(kw: Keyword, part: string, offset: number, from: number, to: number): RegExpExecArray | null {
    const re = kw.anchored;
    if (from === 0 && to > 0 && this.startsOwnWord(part, offset)) {
      re.lastIndex = 0;
      const m = re.exec(part);
      if (m) return m;
    }
    const id = kw.id;
    if (id + 1 >= this.from.length) return null;
    const end = offset + Math.min(to, part.length);
    for (let j = lowerBound(this.at, offset + from, this.from[id]!, this.from[id + 1]!); j < this.from[id + 1]!; j++) {
      const at = this.at[j]!;
      if (at >= end) break;
      re.lastIndex = at - offset;
      const m = re.exec(part);
      if (m) return m;
    }
    return null;
  }

  /**
   * Every match of `kw` in `part`, the piece of the text that starts at `offset`, as a global
   * exec loop over `part` finds them (non-overlapping, in order): indices are the piece's own.
   */
  allIn(kw: Keyword, part: string, offset: number): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const re = kw.anchored;
    let next = 0;
    if (this.startsOwnWord(part, offset)) {
      re.lastIndex = 0;
      const m = re.exec(part);
      if (m) {
        out.push(m);
        next = Math.max(1, m[0].length);
      }
    }
    const id = kw.id;
    if (id + 1 >= this.from.length) return out;
    const end = offset + part.length;
    for (let j = lowerBound(this.at, offset, this.from[id]!, this.from[id + 1]!); j < this.from[id + 1]!; j++) {
      const at = this.at[j]!;
      if (at >= end) break;
      if (at - offset < next) continue;
      re.lastIndex = at - offset;
      const m = re.exec(part);
      if (!m) continue;
      out.push(m);
      next = at - offset + Math.max(1, m[0].length);
    }
    return out;
  }
}

const NONE: readonly number[] = [];

function isWordStart(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (!(c < 128 && WORD_CHAR[c] === 1) || c === 95) return false;
  if (at === 0) return true;
  const b = s.charCodeAt(at - 1);
  return !(b < 128 && WORD_CHAR[b] === 1);
}

/** Every keyword expression, for the test that holds each to its plain expression's matches. */
export function allKeywords(): readonly Keyword[] {
  return ALL;
}
