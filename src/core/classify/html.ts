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
// Anchored on a run without separators so the engine never rescans a long word for an '@'.
const EMAIL_RE = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[A-Za-z]{2,}/g;
// Bare domains ("acme.io", "jobs.example.com/careers") are links too: they must not yield skills.
const DOTTED_RE = /\b[\w-]+(?:\.[\w-]+)+(?:\/[^\s<>"')\]]*)?/g;
const TLDS = new Set('com io ai co org net dev app tech xyz so sh me us uk de fr jobs careers gg to ly is fm tv health bio inc run page cloud build studio team works systems finance money energy world global hr'.split(' '));

/** Removes bare domains ("acme.io/jobs/golang"), keeping dotted names such as "Node.js" or "e.g". */
function removeDomains(s: string): string {
  return s.replace(DOTTED_RE, (m) => {
    const host = m.split('/')[0] ?? m;
    const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
    return TLDS.has(tld) ? ' ' : m;
  });
}

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
  const trimmed = s.trimStart();
  const headerEnd = trimmed.search(/\n\s*\n/);
  const rawHeader = (headerEnd < 0 ? trimmed : trimmed.slice(0, headerEnd)).replace(URL_RE, ' ').replace(/[ \t]+/g, ' ').trim();
  const emails: string[] = [];
  if (s.includes('@')) s = s.replace(/\S+/g, (word) => {
    // Whole words only: one cheap test per word instead of a regex scan of the whole text.
    if (!word.includes('@')) return word;
    const m = word.match(EMAIL_RE);
    if (!m) return word;
    emails.push(...m);
    return word.replace(EMAIL_RE, ' ');
  });
  for (const u of s.match(URL_RE) ?? []) links.push(u);
  s = removeDomains(s.replace(URL_RE, ' '));
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
