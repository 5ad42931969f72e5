import { describe, expect, it } from 'vitest';
import { withoutTags } from '../../src/core/classify/html.ts';
import { headerLine } from '../../src/core/text.ts';
import { prng } from '../fakes/hn-replay.ts';

describe('HN HTML for display', () => {
  it('strips tags as the expression <[^>]*> did, on random texts of marks', () => {
    const random = prng(11);
    const pieces = ['<', '>', 'a', '<p>', '</i>', ' ', '<<', '>>', '&amp;'];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let n = Math.floor(random() * 12); n > 0; n--) s += pieces[Math.floor(random() * pieces.length)];
      expect(withoutTags(s), JSON.stringify(s)).toBe(s.replace(/<[^>]*>/g, ''));
    }
  });
  it('reads the header line of a posting', () => {
    expect(headerLine('Acme | <i>Rust</i> &amp; Go | Berlin<p>We are hiring.')).toBe('Acme | Rust & Go | Berlin');
    expect(headerLine(null)).toBe('');
  });
  it('reads 200 KB of "<" once, not from every "<" to the end', () => {
    // The expression took about half a minute here; a bound of seconds would hide nothing.
    expect(headerLine('<'.repeat(200_000))).toBe(`${'<'.repeat(199)}…`);
  });
});
