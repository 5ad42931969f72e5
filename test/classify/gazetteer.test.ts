import { describe, expect, it } from 'vitest';
import { findPlaces, mayNamePlace, wordReaders } from '../../src/core/classify/gazetteer.ts';
import { parseHtml } from '../../src/core/classify/html.ts';
import { loadRecordedComments, prng } from '../fakes/hn-replay.ts';

describe('gazetteer word reader', () => {
  it('reads the word after a name exactly as the Unicode expression does', () => {
    // Letters (s and S for possessives), digits, apostrophes of both kinds, the gaps a name may
    // hold, what ends one, accented letters and "_".
    const alphabet = ['a', 'S', 's', 'B', '1', ' ', '\t', '.', '-', "'", '’', ',', '\n', '(', '_', 'é', 'ñ'];
    // The replay server's seeded generator: the same strings on every run.
    const next = prng(7);
    for (let t = 0; t < 50_000; t++) {
      let s = '';
      const length = 1 + Math.floor(next() * 10);
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      const from = Math.floor(next() * s.length);
      expect(wordReaders.ascii(s, from), `${JSON.stringify(s)} from ${from}`).toEqual(wordReaders.unicode(s, from));
    }
  });

  it('finds names of several words after words that start other names', () => {
    const names = (text: string) => findPlaces(text).map((f) => f.place.name);
    expect(names('Offices in New York City and New Delhi; The Hague too.')).toEqual(['New York', 'Delhi', 'The Hague']);
    expect(names("São Paulo, Xi'an and St. John's")).toEqual(['São Paulo', "Xi'an", "St. John's"]);
    expect(names("New Yorker? London's finest.")).toEqual(['London']);
    // A common misspelling is an alias: "Sao Paolo".
    expect(names('London, Boston, Sao Paolo')).toEqual(['London', 'Boston', 'São Paulo']);
  });
});

describe('mayNamePlace', () => {
  it('is true wherever findPlaces finds a place: header fields, lines and random pieces', () => {
    const texts = ['bay area', 'in the bay area', 'Acme', 'SF', 'NYC or SF', 'Xi’an', 'ÉCOLE', 'iPhone London', 'Conshohocken, PA'];
    for (const c of loadRecordedComments().slice(0, 4000)) {
      const parsed = parseHtml(c.text as string | undefined);
      for (const f of parsed.headerFields) texts.push(f.raw);
      texts.push(...parsed.text.split('\n').slice(0, 6));
    }
    const next = prng(11);
    const bits = ['San', ' ', 'Francisco', 'CA', ', ', 'bay area', 'Bay', 'Area', 'x', 'Ü', 'ber', "'", 'New', 'York', 'TX', '-'];
    for (let t = 0; t < 20_000; t++) {
      let s = '';
      for (let n = Math.floor(next() * 6); n > 0; n--) s += bits[Math.floor(next() * bits.length)];
      texts.push(s);
    }
    let none = 0;
    for (const text of texts) {
      if (findPlaces(text).length > 0) expect(mayNamePlace(text), JSON.stringify(text)).toBe(true);
      if (!mayNamePlace(text)) none++;
    }
    // The test turns texts away, or it would be no shortcut.
    expect(none).toBeGreaterThan(texts.length / 10);
  });
});
