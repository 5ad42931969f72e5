/** A word of the text with its position; the unit every matcher works on. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Words keep the inner punctuation technology names use: "Node.js", "C++", "C#", ".NET",
// "Objective-C", "scikit-learn". A slash separates words, so "Python/Django" is two.
const TOKEN_RE = /\.?[A-Za-z0-9\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f+#]*(?:[.\-'’][A-Za-z0-9\u00c0-\u024f+#]+)*[+#]*/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let t = m[0];
    let start = m.index;
    // A leading dot belongs to ".NET"-style names only, not to the end of a sentence ("end.Next").
    if (t[0] === '.' && start > 0 && /[A-Za-z0-9]/.test(text[start - 1] ?? '')) {
      t = t.slice(1);
      start++;
    }
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length });
  }
  return out;
}

/** An alias as the token sequence it matches, joined by spaces: "HTML/CSS" → "html css". */
export function aliasKey(alias: string, lower = true): string {
  return tokenize(alias)
    .map((t) => (lower ? t.lower : t.text))
    .join(' ');
}
