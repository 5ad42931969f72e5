import { describe, expect, it } from 'vitest';
// The classifier's modules declare the keyword expressions: importing it registers every one.
import '../../src/core/classify/index.ts';
import { parseHtml } from '../../src/core/classify/html.ts';
import { allKeywords } from '../../src/core/classify/keywords.ts';
import { sentenceStarts } from '../../src/core/classify/roles.ts';
import { scanWords } from '../../src/core/classify/tokens.ts';
import { loadRecordedComments, prng } from '../fakes/hn-replay.ts';
import { HN_DIR, requireShared } from '../helpers/shared.ts';

/** The expression the role rules found sentence ends with until 2.456.0, and its item-number test. */
const SENTENCE_END = /\n|(?<!\b(?:[Ss]r|[Jj]r|Mr|Ms|Mrs|Dr|St|vs|e\.g|i\.e|incl|approx|Inc|Ltd|Co))\.(?=\s|$)|[!?;](?=\s|$)/g;

function itemNumberStop(t: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && j >= at - 3 && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j--;
  const digits = at - 1 - j;
  if (digits < 1 || digits > 2) return false;
  while (j >= 0 && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9)) j--;
  return j < 0 || t.charCodeAt(j) === 10;
}

function expressionStarts(t: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(t)) {
    const at = SENTENCE_END.lastIndex - 1;
    if (t.charCodeAt(at) !== 46 || !itemNumberStop(t, at)) starts.push(SENTENCE_END.lastIndex);
  }
  return starts;
}

/** Texts made of the pieces sentence ends are told apart by: marks, abbreviations, item numbers, spaces. */
function randomTexts(count: number): string[] {
  const pieces = ['.', '!', '?', ';', '\n', ' ', '\t', '\u00a0', '\u2003', 'Sr', 'sr', 'Jr', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'vs', 'e.g', 'i.e', 'incl', 'approx', 'Inc', 'Ltd', 'Co', 'xCo', '_Co', '1', '12', '123', 'a', 'B', 'word', '.NET', 'é', ','];
  const next = prng(7);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    const n = Math.floor(next() * 30);
    for (let i = 0; i < n; i++) t += pieces[Math.floor(next() * pieces.length)];
    out.push(t);
  }
  return out;
}

describe('sentence ends found by their marks (roles.ts sentenceStarts)', () => {
  requireShared('hn/items');
  const recorded = loadRecordedComments(HN_DIR).map((c) => parseHtml(c.text as string | undefined).text);

  it('finds the sentences the expression found, in every recorded posting and in made-up texts', () => {
    const bad: string[] = [];
    for (const t of [...recorded, ...randomTexts(20_000), '', '.', 'Sr.', ' Sr. ', '1. a', 'x\n 12. y', 'e.g. this']) {
      const want = JSON.stringify(expressionStarts(t));
      const got = JSON.stringify(sentenceStarts(t));
      if (want !== got && bad.length < 3) bad.push(`${JSON.stringify(t.slice(0, 200))}: ${want} against ${got}`);
    }
    expect(bad).toEqual([]);
  });

  it('finds the first match of a keyword expression in a range of a piece as firstIn does, if it starts there, and whether any may start', () => {
    const keywords = allKeywords();
    const bad: string[] = [];
    for (const text of recorded.slice(0, 1500)) {
      const sites = scanWords(text, true).sites!;
      for (let from = 0; from < text.length; from += 53) {
        const piece = text.slice(from, from + 200);
        for (const kw of keywords) {
          const first = sites.firstIn(kw, piece, from)?.index ?? -1;
          // Where it says no match can start, firstIn finds none.
          if (!sites.mayMatchIn(kw, from, from + piece.length) && first >= 0 && bad.length < 3) bad.push(`mayMatchIn: ${kw.re.source.slice(0, 50)} in ${JSON.stringify(piece)}`);
          for (const [a, b] of [[0, 40], [0, 1], [0, 0], [40, 120], [17, 200], [120, 400]] as const) {
            const got = sites.firstInRange(kw, piece, from, a, b)?.index ?? -1;
            // Where nothing matches before `a`, the range's first match is firstIn's when firstIn's lies in it.
            if (first >= 0 && first < a) continue;
            const want = first >= a && first < Math.min(b, piece.length) ? first : -1;
            if (got !== want && bad.length < 3) bad.push(`${kw.re.source.slice(0, 50)} in ${JSON.stringify(piece)} [${a}, ${b}): ${want} against ${got}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
