import { describe, expect, it } from 'vitest';
import { memo } from '../../src/core/classify/memo.ts';
import { firstPiece } from '../../src/core/classify/pieces.ts';
import { HashTable } from '../../src/core/classify/tokens.ts';

describe('HashTable', () => {
  it('keeps every key, 0 and negative hashes included, across growth', () => {
    const t = new HashTable<number>();
    const keys = [0, 1, -1, 0x7fffffff, -0x80000000];
    for (let k = 0; k < 5000; k++) keys.push(Math.imul(k, 0x9e3779b1) | 0);
    for (const [i, h] of keys.entries()) t.set(h, i);
    // A key stored twice keeps its last value.
    for (const h of keys) expect(t.get(h)).toBe(keys.lastIndexOf(h));
    expect(t.get(12345677)).toBe(keys.includes(12345677) ? keys.lastIndexOf(12345677) : undefined);
  });

  it('tells a missing 0 from a stored one', () => {
    const t = new HashTable<string>();
    expect(t.get(0)).toBeUndefined();
    t.set(5, 'five');
    expect(t.get(0)).toBeUndefined();
    t.set(0, 'zero');
    expect(t.get(0)).toBe('zero');
  });
});

describe('memo', () => {
  it('remembers null results and computes each text once', () => {
    let calls = 0;
    const f = memo((t) => {
      calls++;
      return t === 'x' ? null : t.length;
    });
    expect([f('x'), f('x'), f('abc'), f('abc')]).toEqual([null, null, 3, 3]);
    expect(calls).toBe(2);
  });
});

describe('firstPiece', () => {
  it('is split()[0] for the separators the rules use, on texts built from their pieces', () => {
    const separators = [
      /\s+(?:--?|–|—|−)\s+/,
      /\s+(?:--?|–|—|−|\/)\s+|(?<=\w{2})\/\s+(?=[A-Z])|(?<=[\w.)])-\s+(?=[A-Z])|\s*[|,]\s*|:\s+|\s+in\s+(?=[A-Z])|\s+\(|\s+(?:is|are)\s/,
      /[.!?;\n]/,
      /[.!?;|\n]/,
      /x*/,
    ];
    const bits = ['Acme', ' - ', ' – ', 'ab/ Cd', 'x.', '|', ', ', ': ', ' in Berlin', ' (', ' is ', '\n', ';', '', ' ', 'xx', 'Z'];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 16;
    };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let n = next() % 6; n > 0; n--) text += bits[next() % bits.length];
      for (const sep of separators) expect(firstPiece(text, sep), `${JSON.stringify(text)} by ${sep}`).toBe(text.split(sep)[0]);
    }
  });
});
