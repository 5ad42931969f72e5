import { describe, expect, it } from 'vitest';
// The classifier's modules declare the keyword expressions: importing it registers every one.
import '../../src/core/classify/index.ts';
import { parseHtml } from '../../src/core/classify/html.ts';
import { allKeywords, Keyword } from '../../src/core/classify/keywords.ts';
import { scanWords, withoutPhrase } from '../../src/core/classify/tokens.ts';
import { loadRecordedComments } from '../fakes/hn-replay.ts';
import { HN_DIR, requireShared } from '../helpers/shared.ts';

/** Texts that put keywords where a word-start table could miss them. */
const HAND = [
  'I’m looking for a job. I’ve been seeking work; i am available for contract work',
  'NON-REMOTE; non-remote; Fully‑remote (U+2011), remote-first, #remote, _remote, éremote, 2remote',
  'We’re hiring: Sr. Engineers (ON SITE), on-site, onsite, on\tsite, in-person, In Person, in  office',
  'No visa sponsorship. H-1B, H1B, h1b transfers, H-1-B no; Blue Card; work permit help; clearance required',
  'Full-time/part-time, FT, contract-to-hire, Co-op, interns; 3 days in office, 2x/week onsite',
  'Kremote (Kelvin), İstanbul remote, ſponsor, WFH-friendly, wfh',
  // A beginning's space ("be a", "you ", "au c") as any white space, as the expressions' `\s+`.
  'You can be\nanywhere; you\twill need a visa to work in the UK; AU\u00a0citizens only; be \u2003 anywhere',
  '',
  'a',
  'remote',
];

/** Matches as the plain expression finds them, made global: [index, text] pairs. */
function plain(kw: Keyword, text: string): [number, string][] {
  const re = new RegExp(kw.re.source, kw.re.flags.includes('g') ? kw.re.flags : `${kw.re.flags}g`);
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

/** The first mismatches over many texts, at most three: a readable failure, not thousands. */
function mismatches(keywords: readonly Keyword[], texts: readonly string[]): string[] {
  const bad: string[] = [];
  for (const text of texts) {
    const sites = scanWords(text, true).sites!;
    for (const kw of keywords) {
      const want = JSON.stringify(plain(kw, text));
      const got = JSON.stringify(sites.all(kw).map((m) => [m.index, m[0]]));
      if (want !== got && bad.length < 3) bad.push(`${kw.re.source.slice(0, 60)}…\n in: ${JSON.stringify(text.slice(0, 300))}\n plain: ${want}\n sites: ${got}`);
    }
  }
  return bad;
}

describe('keyword expressions tried only where words start with their keywords', () => {
  requireShared('hn/items');
  const texts = [...HAND, ...loadRecordedComments(HN_DIR).map((c) => parseHtml(c.text as string | undefined).text)];
  const keywords = allKeywords();

  it('declares keyword expressions (the classifier imports them)', () => {
    expect(keywords.length).toBeGreaterThan(5);
  });

  // Every keyword expression over all 37,739 recorded postings, twice: 17 s alone, and past the
  // suite's 60 s on a machine busy with other work. A bound for a hang, not a speed check.
  it('finds exactly the matches of each plain expression in every recorded posting', () => {
    expect(mismatches(keywords, texts)).toEqual([]);
  }, 300_000);

  // A beginning with a space ("you ") keys only on that one space: where the expression has
  // `\s+` there, "you\nwill" or "you  will" would be missed at the sites though the plain
  // expression matches it. The recorded postings have single spaces between most words, so every
  // eighth is read again with its spaces made tabs, line breaks and double spaces by turns.
  it('finds exactly the matches of each plain expression where words are spaced otherwise', () => {
    const spaces = ['  ', '\t', '\n', ' \n '];
    let turn = 0;
    const respaced = texts.filter((_, k) => k % 8 === 0).map((t) => t.replace(/ (?=\S)/g, () => spaces[turn++ % spaces.length]!));
    expect(mismatches(keywords, respaced)).toEqual([]);
  }, 300_000);

  it('finds the first match and every match in a piece of a text as the plain expression does in the piece', () => {
    const bad: string[] = [];
    for (const text of texts.slice(0, 3000)) {
      const sites = scanWords(text, true).sites!;
      // Pieces that start anywhere (after a mark, inside a word, at the start), as long as the
      // windows the on-site phrases are read in and longer.
      for (let from = 0; from < text.length; from += 37) {
        const piece = text.slice(from, from + 160);
        for (const kw of keywords) {
          const want = plain(kw, piece);
          const first = sites.firstIn(kw, piece, from);
          const all = sites.allIn(kw, piece, from).map((m) => [m.index, m[0]]);
          if ((want[0]?.[0] ?? -1) !== (first?.index ?? -1) || JSON.stringify(want) !== JSON.stringify(all)) {
            if (bad.length < 3) bad.push(`${kw.re.source.slice(0, 50)} in ${JSON.stringify(piece)}: ${JSON.stringify(want)} against ${first?.index} and ${JSON.stringify(all)}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('derives the sites of a text with a name blanked out (the company, before skills and roles)', () => {
    const bad: string[] = [];
    // Names glued to keywords ("ourAcme", "AcmeHire") and each posting's first capitalised word.
    const cases: [string, string][] = [
      ['Join ourAcme team. AcmeHire is hiring; weAcme hire remote', 'Acme'],
      ['Acme is hiring: work with our Acme engineers, no visa sponsorship', 'Acme'],
    ];
    for (const text of texts.slice(0, 4000)) {
      const name = /\b[A-Z][a-z]{2,}/.exec(text)?.[0];
      if (name) cases.push([text, name]);
    }
    for (const [text, name] of cases) {
      const words = withoutPhrase(scanWords(text, true), name);
      for (const kw of keywords) {
        const want = plain(kw, words.text);
        const got = words.sites!.all(kw).map((m) => [m.index, m[0]]);
        if (JSON.stringify(want) !== JSON.stringify(got) && bad.length < 3) bad.push(`${kw.re.source.slice(0, 50)} in ${JSON.stringify(words.text.slice(0, 200))}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('refuses a beginning it could never key on', () => {
    expect(() => new Keyword(/\bVisa\b/, ['Visa'])).toThrow(/lower-case letters/);
    expect(() => new Keyword(/[$]\d/, ['$'])).toThrow(/from a letter or digit/);
  });
});
