/**
 * `text.split(separator)[0]`, without splitting the rest: the text before the first match. Several
 * rules read only a field's first piece ("Acme - Senior Engineer" → "Acme"), and split() builds
 * every piece, through a call into the engine's runtime: about 375 ns a call on short fields
 * against 110 for one search. `separator` must be neither global nor sticky.
 */
export function firstPiece(text: string, separator: RegExp): string {
  const m = separator.exec(text);
  if (m === null) return text;
  // split() passes over an empty match at a piece's start. None of the rules' separators can
  // match the empty string; should one ever, split() itself gives the answer.
  return m[0] === '' ? text.split(separator)[0]! : text.slice(0, m.index);
}
