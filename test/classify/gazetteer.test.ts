import { describe, expect, it } from 'vitest';
import { findPlaces, wordReaders } from '../../src/core/classify/gazetteer.ts';
import { prng } from '../fakes/hn-replay.ts';

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
