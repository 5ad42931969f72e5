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

/** The offsets of every `char` in `text`, ascending: found once, then bisected. */
export function offsetsOf(text: string, char: string): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) offsets.push(i);
  return offsets;
}

/**
 * [start, end) of the line of a text that holds [from, to] (no line break between them), from the
 * offsets of its line breaks (offsetsOf(text, '\n')) and its length: the line starts after the
 * last break before `from` and ends at the first break at or after `to`.
 */
export function lineAround(breaks: readonly number[], length: number, from: number, to: number): [number, number] {
  const before = lowerBound(breaks, from) - 1;
  const after = lowerBound(breaks, to);
  return [before >= 0 ? breaks[before]! + 1 : 0, after < breaks.length ? breaks[after]! : length];
}
