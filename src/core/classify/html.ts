import type { ParsedPosting } from './types.ts';
import { parseHeader } from './header.ts';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€', pound: '£', yen: '¥', middot: '·', bull: '•', times: '×',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Bare domains ("acme.io", "jobs.example.com/careers") are links too: they must not yield skills.
const DOMAIN_RE = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|ai|co|org|net|dev|app|tech|xyz|so|sh|me|us|uk|de|fr|jobs|careers|gg|to|ly|is|fm|tv|health|bio|inc|run|page|cloud|build|studio|team|works|systems|finance|money|energy|world|global|hr)(?:\/[^\s<>"')\]]*)?/gi;

/**
 * HN comment HTML → text. Paragraph breaks (`<p>`) are kept as blank lines; link targets go to
 * `links` and never into the text; URLs, bare domains and e-mail addresses are removed from
 * the text so they cannot produce a skill, a place or a company.
 */
export function parseHtml(html: string | null | undefined): ParsedPosting {
  const raw = typeof html === 'string' ? html.slice(0, 200_000) : '';
  const links: string[] = [];
  // Anchors: keep the target apart; keep the visible text only when it is not itself a URL.
  let s = raw.replace(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, inner: string) => {
    links.push(decodeEntities(href));
    const visible = decodeEntities(inner.replace(/<[^>]*>/g, ''));
    return /^\s*(https?:\/\/|www\.|mailto:)/i.test(visible) || visible.includes('@') ? ' ' : visible;
  });
  s = s.replace(/<\/?(p|br|div|li|ul|ol|pre|h\d)\b[^>]*>/gi, (t) => (/^<p|^<\/p|^<div|^<pre/i.test(t) ? '\n\n' : '\n'));
  s = s.replace(/<[^>]*>/g, '');
  s = decodeEntities(s).replace(/\u00a0/g, ' ');
  // The header's fields keep bare domains ("divvyhomes.com" may be the only company name given).
  const rawHeader = (s.split(/\n\s*\n/).find((p) => p.trim()) ?? '').replace(URL_RE, ' ').replace(/[ \t]+/g, ' ').trim();
  const emails = s.match(EMAIL_RE) ?? [];
  s = s.replace(EMAIL_RE, ' ');
  for (const u of s.match(URL_RE) ?? []) links.push(u);
  s = s.replace(URL_RE, ' ').replace(DOMAIN_RE, ' ');
  const paragraphs = s
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
  const header = paragraphs[0] ?? '';
  const body = paragraphs.slice(1).join('\n\n');
  return {
    text: paragraphs.join('\n\n'),
    header,
    body,
    paragraphs,
    headerFields: parseHeader(rawHeader),
    links,
    emails,
  };
}
