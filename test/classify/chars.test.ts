import { describe, expect, it } from 'vitest';
import { asciiLower, isAsciiWordChar, isJsSpace, isLatinWordChar } from '../../src/core/classify/chars.ts';

describe('character classes read by hand', () => {
  it('answer as the expressions they stand for, on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\s/.test(ch) !== isJsSpace(c)) differ.push(`\\s U+${c.toString(16)}`);
      if (/\w/.test(ch) !== isAsciiWordChar(c)) differ.push(`\\w U+${c.toString(16)}`);
      if (/[\w\u00C0-\u024F]/.test(ch) !== isLatinWordChar(c)) differ.push(`[\\w\\u00C0-\\u024F] U+${c.toString(16)}`);
      // ASCII capitals made lower case, and nothing else: a letter past ASCII ("K", the Kelvin sign) is left as it is.
      if (asciiLower(c) !== (c < 128 ? ch.toLowerCase().charCodeAt(0) : c)) differ.push(`lower U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });
});
