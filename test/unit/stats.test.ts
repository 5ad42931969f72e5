import { describe, expect, it } from 'vitest';
import { compareShares, formatPercent, lift, quantile, sparkline, wilson } from '../../src/core/insights/stats.ts';

describe('Wilson interval', () => {
  it('matches reference values', () => {
    // 30 of 500 postings: 6.0%, Wilson 95% [4.235%, 8.436%], worked by hand from the formula.
    const s = wilson(30, 500);
    expect(s.p).toBeCloseTo(0.06, 6);
    expect(s.lo).toBeCloseTo(0.04235, 4);
    expect(s.hi).toBeCloseTo(0.08436, 4);
  });
  it('stays inside 0..1 at the edges and is a gap without data', () => {
    expect(wilson(0, 10).lo).toBe(0);
    expect(wilson(10, 10).hi).toBe(1);
    expect(wilson(0, 0)).toEqual({ k: 0, n: 0, p: null, lo: null, hi: null });
  });
});

describe('changes', () => {
  it('a one-point move in a few hundred postings is within noise', () => {
    expect(compareShares(wilson(30, 500), wilson(35, 500)).withinNoise).toBe(true);
  });
  it('a doubling is not', () => {
    const c = compareShares(wilson(30, 500), wilson(70, 500));
    expect(c.withinNoise).toBe(false);
    expect(c.points).toBeCloseTo(8, 6);
    expect(c.relative).toBeCloseTo(70 / 30 - 1, 6);
  });
});

describe('helpers', () => {
  it('quantiles, lift, sparkline with gaps, percent', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([], 0.5)).toBeNull();
    expect(lift(10, 20, 50, 100)).toBeCloseTo(1, 6);
    expect(sparkline([1, 2, null, 8])).toBe('▁▂ █');
    expect(formatPercent(0.0612)).toBe('6.1%');
    expect(formatPercent(0.256)).toBe('26%');
    expect(formatPercent(null)).toBe('n/a');
  });
});
