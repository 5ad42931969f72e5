/** Most short texts a memo keeps before it starts over. */
const MEMO_MAX = 50_000;

/**
 * A pure function of a short text, remembered: the same header fields ("San Francisco, CA",
 * "Remote", "Full-time") recur in every thread, two thirds of all field occurrences over the
 * recorded threads. Bounded, so a long crawl cannot grow it without end. Only for functions
 * whose result depends on nothing but the text and the data files.
 */
export function memo<T>(fn: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (known.size >= MEMO_MAX) known.clear();
    // A key of its own: a slice of a posting (a header field) would keep the whole posting's
    // text alive for as long as the memo holds it. Slicing a new concatenation copies.
    known.set(text.length < 13 ? text : (` ${text}`).slice(1), value);
    return value;
  };
}
