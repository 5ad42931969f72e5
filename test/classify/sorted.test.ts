import { describe, expect, it } from 'vitest';
import { lineAround, lowerBound, offsetsOf } from '../../src/core/classify/sorted.ts';

describe('offset lists', () => {
  it('offsetsOf lists every occurrence, ascending', () => {
    expect(offsetsOf('a(b(c)', '(')).toEqual([1, 3]);
    expect(offsetsOf('abc', '\n')).toEqual([]);
  });
  it('lowerBound finds the first value at least v', () => {
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 8)).toBe(4);
  });
  it('lineAround gives the line that holds an offset, as lastIndexOf and indexOf of "\\n" do', () => {
    const text = 'ab\ncde\n\nf';
    const breaks = offsetsOf(text, '\n');
    for (let at = 0; at <= text.length; at++) {
      const nl = text.indexOf('\n', at);
      const expected = [text.lastIndexOf('\n', at - 1) + 1, nl < 0 ? text.length : nl];
      expect(lineAround(breaks, text.length, at, at), `at ${at}`).toEqual(expected);
    }
    // A span on one line: from its start to the break after its end.
    expect(lineAround(breaks, text.length, 3, 5)).toEqual([3, 6]);
  });
});
