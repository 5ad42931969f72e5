/** Minimal HN HTML handling for display: the classifier has the full parser. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * The text without its tags, as `replace(/<[^>]*>/g, '')` gives it, in one pass: the expression
 * read from every "<" to the end of the text when no ">" followed, so 50 KB of "<" took 2 s and
 * the 200 KB a comment may hold about half a minute.
 */
export function withoutTags(s: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const lt = s.indexOf('<', from);
    if (lt < 0) break;
    const gt = s.indexOf('>', lt + 1);
    // No ">" after this "<": none after any later one either, so no tag is left.
    if (gt < 0) break;
    out += s.slice(from, lt);
    from = gt + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The posting's first line (the header, before the first paragraph), as plain text. */
export function headerLine(html: string | null, max = 200): string {
  if (!html) return '';
  const first = html.split(/<p>/i)[0] ?? '';
  const text = decodeEntities(withoutTags(first))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function hnItemUrl(id: number): string {
  return `https://news.ycombinator.com/item?id=${id}`;
}
