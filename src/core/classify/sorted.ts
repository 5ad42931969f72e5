/**
 * The first index in [lo, hi) of an ascending list whose value is at least `v` (hi when none):
 * the one bisection the classifier's offset and index lists share.
 */
export function lowerBound(list: ArrayLike<number>, v: number, lo = 0, hi = list.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
