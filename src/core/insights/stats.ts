/**
 * Small, pure statistics for honest numbers: a share of a few hundred postings moves by a
 * point or two from month to month by chance alone, so every share carries its interval.
 */

export interface Share {
  /** Postings with the property. */
  k: number;
  /** Postings counted (the denominator). */
  n: number;
  /** k / n, or null when n is 0 (no data: a gap, never a zero). */
  p: number | null;
  /** Wilson 95% interval bounds, null when n is 0. */
  lo: number | null;
  hi: number | null;
}

const Z95 = 1.959963984540054;

/** Wilson score interval: well-behaved for small n and shares near 0 or 1, unlike p ± 2σ. */
export function wilson(k: number, n: number, z = Z95): Share {
  if (!Number.isFinite(n) || n <= 0) return { k, n: 0, p: null, lo: null, hi: null };
  if (k < 0 || k > n) throw new RangeError(`wilson: k=${k} outside 0..${n}`);
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At k = 0 or k = n the bound is exactly 0 or 1; floating point would leave 0.9999999999999999.
  const lo = k === 0 ? 0 : Math.max(0, centre - half);
  const hi = k === n ? 1 : Math.min(1, centre + half);
  return { k, n, p, lo, hi };
}

/** Change between two shares, flagged "within noise" when their 95% intervals overlap. */
export interface Change {
  /** Difference in percentage points, null if either side has no data. */
  points: number | null;
  /** Relative change (b / a − 1), null if undefined. */
  relative: number | null;
  withinNoise: boolean;
}

export function compareShares(before: Share, after: Share): Change {
  if (before.p === null || after.p === null) return { points: null, relative: null, withinNoise: true };
  const points = (after.p - before.p) * 100;
  const relative = before.p > 0 ? after.p / before.p - 1 : null;
  const overlap = (before.lo ?? 0) <= (after.hi ?? 1) && (after.lo ?? 0) <= (before.hi ?? 1);
  return { points, relative, withinNoise: overlap };
}

/** Quantile by linear interpolation (type 7, as R and NumPy default) of sorted values. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Lift of a co-occurrence: P(A and B) / (P(A) P(B)); > 1 means they go together. */
export function lift(both: number, a: number, b: number, n: number): number | null {
  if (n <= 0 || a <= 0 || b <= 0) return null;
  return (both / n) / ((a / n) * (b / n));
}

const BARS = '▁▂▃▄▅▆▇█';

/** Unicode sparkline; null values (months without data) are shown as a space, never as zero. */
export function sparkline(values: readonly (number | null)[]): string {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return ' '.repeat(values.length);
  const min = Math.min(...present);
  const max = Math.max(...present);
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return ' ';
      if (max === min) return BARS[3];
      return BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))];
    })
    .join('');
}

/** "6.1%" with one decimal below 10%, none above: the precision the data supports. */
export function formatPercent(p: number | null): string {
  if (p === null) return 'n/a';
  const pct = p * 100;
  return `${pct < 10 ? pct.toFixed(1) : pct.toFixed(0)}%`;
}
