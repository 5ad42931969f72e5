/** Most short texts a memo keeps before it starts over. */
const MEMO_MAX = 50_000;

/**
 * A pure function of a short text, remembered: the same header fields ("San Francisco, CA")
 * recur in every thread. Bounded, so a long crawl cannot grow it without end. Only for
 * functions whose result depends on nothing but the text and the data files.
 */
export function memo<T>(fn: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const found = fn(text);
    // A name found is often a slice of the text, which is a slice of a posting: remember a copy.
    const value = typeof found === 'string' ? (detached(found) as T) : found;
    if (known.size >= MEMO_MAX) known.clear();
    known.set(detached(text), value);
    return value;
  };
}

/**
 * A string of its own, not a slice: V8 keeps the string a slice was cut from alive, so a header
 * field remembered as it was given would keep its whole posting alive for as long as the memo
 * holds it. Slicing a new concatenation copies; strings this short are copied by any slice.
 */
function detached(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
