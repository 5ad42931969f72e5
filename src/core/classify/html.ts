import { parseHeader } from './header.ts';
import type { ParsedPosting } from './types.ts';

/** Longer comments are cut: no real posting is this long, and junk must not cost seconds. */
const MAX_HTML = 200_000;

// A Map, not an object: "&toString;" must not find Object.prototype's toString.
const NAMED = new Map<string, string>(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', euro: '€', pound: '£', yen: '¥', cent: '¢', middot: '·', bull: '•', times: '×',
  copy: '©', reg: '®', trade: '™', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', ccedil: 'ç',
}));

/**
 * The built-in, called on a text rather than looked up on it. Texts reach the parser as strings of
 * many internal kinds (flat, sliced, joined; one or two bytes a character), so `s.charCodeAt` and
 * `s.length` are looked up through the engine's slowest property cache at every read: a fifth of
 * parsing's instructions went there. Called this way, a loop over such strings is 3 to 5 times
 * faster; loops also read a text's length once. Keep it a constant of this module, not an
 * import: the optimising compiler inlines the call only on a constant it can see. Imported from a
 * shared module it cost 1.8% more instructions a posting here, and 16% more in the word scan of
 * tokens.ts, whose plain `lower.charCodeAt` measured no worse than a local constant (2026-12-07).
 */
const charCodeAt = String.prototype.charCodeAt;

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The character a named reference stands for (`amp`, `quot`), or null to keep it as written. */
function entity(name: string): string | null {
  return NAMED.get(name) ?? NAMED.get(name.toLowerCase()) ?? null;
}

/**
 * The character of the numeric reference whose digits ("x2F", "39") are s[from, to), or null,
 * read in place: HN writes every quote and slash as one.
 */
function numericEntity(s: string, from: number, to: number): string | null {
  const hex = from < to && (charCodeAt.call(s, from) | 32) === 120; /* x or X */
  let i = hex ? from + 1 : from;
  if (i >= to) return null;
  let code = 0;
  for (; i < to; i++) {
    const c = charCodeAt.call(s, i);
    if (c >= 48 && c <= 57) code = code * (hex ? 16 : 10) + (c - 48);
    else if (hex && (c | 32) >= 97 && (c | 32) <= 102) code = code * 16 + ((c | 32) - 87);
    else return null;
  }
  // NUL, lone surrogates and out-of-range code points are not text.
  if (code <= 0 || code >= 0x110000 || (code >= 0xd800 && code <= 0xdfff)) return null;
  return code < 0x10000 ? String.fromCharCode(code) : String.fromCodePoint(code);
}

/**
 * Decodes numeric (`&#x2F;`, `&#39;`) and common named (`&amp;`) character references. A
 * hand-written scan: HN escapes every quote and slash, so a posting has dozens of them. The
 * result is built by concatenation, which the engine joins once when the string is first read:
 * faster here than an array of pieces and join() (2.3 against 2.9 µs a posting).
 */
export function decodeEntities(s: string): string {
  return decodeRange(s, 0, s.length, s.length, s.indexOf('&')) as string;
}

/**
 * decodeEntities of s[from, to), read in place, where `first` is the first "&" at or after
 * `from` (-1 for none); `end` is where the text the references are read in ends. With `end`
 * past `to` (a piece of stripTags' output that more text follows), null when a reference may
 * run past `to`: an "&" whose letters reach it, so that what follows decides ("&am" + "p;").
 * The piece decoded alone is then not that piece of the whole decoded.
 */
function decodeRange(s: string, from: number, to: number, end: number, first: number): string | null {
  let amp = first;
  nextAmp = amp;
  if (amp < 0 || amp >= to) return from === 0 && to === s.length ? s : s.slice(from, to);
  let out = '';
  let at = from;
  while (amp >= 0 && amp < to) {
    // A reference is at most "&#x10FFFF;" or a short name: look for its ';' close by.
    const limit = Math.min(end, amp + 10);
    let j = amp + 1;
    for (let c = charCodeAt.call(s, j); j < limit && (isHexDigit(c) || isLetter(c) || c === 35); c = charCodeAt.call(s, ++j));
    if (j >= to && to < end) return null;
    if (j < end && charCodeAt.call(s, j) === 59 /* ; */ && j > amp + 1) {
      const ch = charCodeAt.call(s, amp + 1) === 35 /* # */ ? numericEntity(s, amp + 2, j) : entity(s.slice(amp + 1, j));
      if (ch !== null) {
        out += s.slice(at, amp) + ch;
        at = j + 1;
      }
    }
    amp = s.indexOf('&', amp + 1);
  }
  nextAmp = amp;
  return out + s.slice(at, to);
}

/** The first "&" at or after `to` that decodeRange's last call found (-1 for none): where stripTags' next search starts. */
let nextAmp = -1;

/** Tags that end a paragraph, and tags that end a line. Any other tag just disappears. */
const PARAGRAPH_TAGS = new Set(['p', '/p', 'div', '/div', 'pre', '/pre', 'blockquote', '/blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINE_TAGS = new Set(['br', 'li', '/li', 'ul', '/ul', 'ol', '/ol', 'tr', '/tr', '/h1', '/h2', '/h3', '/h4', '/h5', '/h6']);

const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'\])]*[^\s<>"'\]).,;:!?]/gi;
const EMAIL_RE = /^[^\s<>()"',;:@]+@[^\s<>()"',;:@]+\.[A-Za-z]{2,}/;
// A bare domain followed by a path ("github.com/acme/rust", "acme.io/jobs") is a link written
// without its scheme. A domain alone ("acme.io") stays: it is one word that matches nothing,
// and some technologies are named like domains ("Socket.IO", "Fly.io", "ASP.NET"). The suffix
// must be written in lower case, as addresses are: "ASP.NET/C#/SQL" is a list of technologies.
const DOMAIN_PATH_RE =
  /^[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|edu|gov|io|ai|co|dev|app|me|us|uk|de|fr|nl|se|es|it|ch|at|be|ca|au|in|jp|cn|br|eu|pl|dk|no|fi|ie|nz|sg|hk|il|tech|xyz|so|sh|gg|to|ly|is|fm|tv|info|biz|jobs|careers|work|works|team|site|page|cloud|health|bio|inc|run|build|studio|systems|global|world|company|ventures|capital)\//;
const SPACE_OR_BRACKET = /[\s<>()"',;\][]/;
/** SPACE_OR_BRACKET for one character, without a regular expression below U+0080. */
function isSpaceOrBracket(c: number): boolean {
  if (c < 0x80) return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c === 60 || c === 62 || c === 40 || c === 41 || c === 34 || c === 39 || c === 44 || c === 59 || c === 91 || c === 93;
  return SPACE_OR_BRACKET.test(String.fromCharCode(c));
}
/** Soft hyphens and zero-width characters: "Full\u00adtime" is "Fulltime" to a reader. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** INVISIBLE but the soft hyphen: none of them fits in a string of one byte a character. */
const WIDE_INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/**
 * The text without INVISIBLE. Two texts in three are stored one byte a character, where indexOf
 * finds the soft hyphen many characters at a time and the engine knows WIDE_INVISIBLE cannot
 * match without reading: a seventh of the time of INVISIBLE tried at every character.
 */
function withoutInvisible(s: string): string {
  return s.indexOf('\u00ad') < 0 && !WIDE_INVISIBLE.test(s) ? s : s.replace(INVISIBLE, '');
}
const CLOSE_A = /<\/a\s*>/gi;

function tagName(tag: string): string {
  const closing = charCodeAt.call(tag, 1) === 47; // '/'
  let j = closing ? 2 : 1;
  const from = j;
  for (let c = charCodeAt.call(tag, j); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57); c = charCodeAt.call(tag, ++j));
  return (closing ? '/' : '') + tag.slice(from, j).toLowerCase();
}

/** 1 for <p> (a paragraph), 2 for <i>, </i>, <b>, </b> (nothing), 0 for any other tag. */
function simpleTag(html: string, lt: number, gt: number): number {
  const a = charCodeAt.call(html, lt + 1);
  if (gt === lt + 2) return a === 112 || a === 80 ? 1 : a === 105 || a === 73 || a === 98 || a === 66 ? 2 : 0;
  if (gt === lt + 3 && a === 47) {
    const b = charCodeAt.call(html, lt + 2);
    return b === 112 || b === 80 ? 1 : b === 105 || b === 73 || b === 98 || b === 66 ? 2 : 0;
  }
  return 0;
}

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** How HN writes nearly every anchor: its target is read without HREF. */
const PLAIN_ANCHOR = '<a href="';

function hrefOf(tag: string): string | null {
  if (tag.startsWith(PLAIN_ANCHOR)) {
    const close = tag.indexOf('"', PLAIN_ANCHOR.length);
    if (close >= 0) return decodeEntities(tag.slice(PLAIN_ANCHOR.length, close));
  }
  const m = HREF.exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/**
 * The text without its tags, as `replace(/<[^>]*>/g, '')` gives it, in one pass: the expression
 * read from every "<" to the end of the text when no ">" followed, so 50 KB of "<" took 2 s and
 * the 200 KB a comment may hold about half a minute (an anchor's text here; the header line that
 * alerts and /jobs show, in core/text.ts).
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

/** An anchor's text that is an address, with `slash` for each slash of "https://": one form, two spellings below. */
const addressText = (slash: string) => new RegExp(String.raw`^\s*(?:https?:${slash}${slash}|www\.|mailto:)|@`, 'i');
/** Decoded text that is an address: the anchor's text then is not kept. */
const ADDRESS = addressText(String.raw`\/`);
/** Text that ADDRESS finds once decoded, as HN writes it ("https:&#x2F;&#x2F;"); not always the other way. */
const ADDRESS_WRITTEN = addressText(String.raw`(?:\/|&#x2F;)`);

/**
 * Strips tags in one pass: paragraph tags become blank lines and line tags newlines; anchors
 * give their target to `links` and keep their visible text unless that text is an address.
 * With `decode`, the text is also decoded (decodeEntities of the stripped text) in the same
 * pass, piece by piece, in place in the HTML: no stripped text to join and read again. That is
 * the whole decoded unless a reference may run from one piece into the next ("&am<i></i>p;",
 * "AT&T<br>"): then null, and the caller strips and decodes apart.
 */
function stripTags(html: string, links: string[], decode: boolean): string | null {
  let out = '';
  let i = 0;
  // Where a search for "</a>" last found none: none follows any later anchor either, and
  // searching again to the end for each of a thousand unclosed anchors would be quadratic.
  const n = html.length;
  let noCloseFrom = n + 1;
  // With `decode`, the first "&" at or after i, searched for again only once passed: a search
  // from each piece would read on to the next "&" every time.
  let amp = decode ? html.indexOf('&') : -1;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (amp >= 0 && amp < i) amp = html.indexOf('&', i);
    if (lt < 0) {
      if (amp < 0) out += html.slice(i);
      else {
        // The stripped text ends here: a reference at the end is read as the whole text's.
        const piece = decodeRange(html, i, n, n, amp);
        if (piece === null) return null;
        out += piece;
      }
      break;
    }
    if (lt > i) {
      if (amp < 0 || amp >= lt) out += html.slice(i, lt);
      else {
        const piece = decodeRange(html, i, lt, n + 1, amp);
        if (piece === null) return null;
        out += piece;
        amp = nextAmp;
      }
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break; // an unclosed tag at the very end: the rest is not text
    // The tags of nearly every comment, read without slicing them out: <p>, <i>, </i>.
    const simple = simpleTag(html, lt, gt);
    if (simple !== 0) {
      if (simple === 1) out += '\n\n';
      i = gt + 1;
      continue;
    }
    const tag = html.slice(lt, gt + 1);
    const name = tagName(tag);
    i = gt + 1;
    if (name === 'a') {
      const href = hrefOf(tag);
      if (href) links.push(href);
      CLOSE_A.lastIndex = i;
      const close = i >= noCloseFrom ? null : CLOSE_A.exec(html);
      if (!close) noCloseFrom = Math.min(noCloseFrom, i);
      const inner = close ? html.slice(i, close.index) : '';
      if (close) i = close.index + close[0].length;
      const written = withoutTags(inner);
      // An address as written ("https:&#x2F;&#x2F;acme.io", nearly every anchor's text) is one
      // decoded too: a reference never turns into or out of those characters (the "@", the
      // spaces and words before "&"), and "&#x2F;" is "/" wherever it stands. Only other text
      // is decoded to be asked.
      if (ADDRESS_WRITTEN.test(written)) {
        out += ' ';
        continue;
      }
      const visible = decodeEntities(written);
      if (ADDRESS.test(visible)) out += ' ';
      else if (!decode) out += visible;
      else {
        // Decoded again, as the whole stripped text is.
        const piece = decodeRange(visible, 0, visible.length, visible.length + 1, visible.indexOf('&'));
        if (piece === null) return null;
        out += piece;
      }
    } else if (PARAGRAPH_TAGS.has(name)) out += '\n\n';
    else if (LINE_TAGS.has(name)) out += '\n';
  }
  return out;
}

/** The text of HTML: tags stripped, then references decoded (stripTags). */
function textOf(html: string, links: string[]): string {
  if (!html.includes('<')) return decodeEntities(html);
  const once = stripTags(html, links, true);
  if (once !== null) return once;
  // A reference across pieces: stripped whole, then decoded whole, the links found again.
  links.length = 0;
  return decodeEntities(stripTags(html, links, false)!);
}

/**
 * Replaces each whitespace-delimited run that contains `mark` and passes `test` with a space,
 * collecting it. Only the runs around each occurrence of `mark` are examined, so the cost is
 * that of an indexOf over the text, not of a regular expression tried at every position.
 */
function removeRuns(s: string, mark: string, test: (run: string) => string | null, found: string[]): string {
  let at = s.indexOf(mark);
  if (at < 0) return s;
  const out: string[] = [];
  let from = 0;
  // The end of the run the last occurrence was in: a later occurrence before it is in the same
  // run, and 200 KB of "@" must not be read to its end once per "@".
  let b = -1;
  const n = s.length;
  while (at >= 0) {
    let a = at;
    while (a > from && !isSpaceOrBracket(charCodeAt.call(s, a - 1))) a--;
    if (at >= b) {
      b = at + mark.length;
      while (b < n && !isSpaceOrBracket(charCodeAt.call(s, b))) b++;
    }
    const hit = test(s.slice(a, b));
    if (hit !== null) {
      found.push(hit);
      out.push(s.slice(from, a), ' ');
      from = a + hit.length;
    }
    // A run that failed the test fails it again at its next occurrence: the same run is read.
    at = s.indexOf(mark, hit === null ? b : Math.max(from, at + mark.length));
  }
  out.push(s.slice(from));
  return out.join('');
}

/**
 * An address ends before trailing punctuation: "mail jobs@acme.io." keeps its full stop. Read
 * from the end: an expression would look for the punctuation from the start of a run that may
 * be 200 KB long.
 */
function trimEnd(run: string): string {
  let end = run.length;
  for (let c = charCodeAt.call(run, end - 1); c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63; c = charCodeAt.call(run, --end - 1));
  return end === run.length ? run : run.slice(0, end);
}

/** Removes addresses from text, collecting them: they must never yield a skill, place or company. */
function removeAddresses(s: string, links: string[], emails: string[]): string {
  let t = removeRuns(s, '@', (run) => EMAIL_RE.exec(trimEnd(run))?.[0] ?? null, emails);
  if (/https?:|ftp:|www\./i.test(t)) {
    t = t.replace(URL_RE, (m) => {
      links.push(m);
      return ' ';
    });
  }
  return removeRuns(t, '/', (run) => (DOMAIN_PATH_RE.test(run) ? trimEnd(run) : null), links);
}


// Runs of white space that are neither a single plain space nor a single line break: the only
// ones splitParagraphs rewrites. A paragraph without one is not copied (a replacement that
// finds nothing returns its text as it is).
const SPACE_RUN = /[ \n\t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]/g;
/** A character of SPACE_RUN: space, \t \n \v \f \r and no-break space. */
const isRunChar = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

function collapseRun(run: string): string {
  let newlines = 0;
  for (let i = 0, n = run.length; i < n; i++) if (charCodeAt.call(run, i) === 10) newlines++;
  return newlines >= 2 ? '\n\n' : newlines === 1 ? '\n' : ' ';
}

/**
 * White space of SPACE_RUN other than the space and the line break: rare, so looked for by
 * indexOf, which reads a string many characters at a time where an expression reads one. (With
 * INVISIBLE, SPACE_RUN read over every paragraph was 13% of parsing's instructions.)
 */
function hasRareSpace(s: string): boolean {
  return s.indexOf('\t') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\f') >= 0 || s.indexOf('\v') >= 0 || s.indexOf('\u00a0') >= 0;
}

/**
 * Adds s[from, to) as a paragraph, its runs of white space collapsed (when `runs` says it has
 * any) and its ends trimmed, if anything is left. True when the paragraph is that text
 * unchanged. (A function of its own, not a closure in splitParagraphs: see extractRoles in
 * roles.ts on closures under tsx.)
 */
function addParagraph(s: string, from: number, to: number, runs: boolean, paragraphs: string[]): boolean {
  const raw = s.slice(from, to);
  const collapsed = runs ? raw.replace(SPACE_RUN, collapseRun) : raw;
  const p = collapsed.trim();
  if (p) paragraphs.push(p);
  return p !== '' && p.length === raw.length && collapsed === raw;
}

/**
 * Splits text into paragraphs at blank lines (runs of white space with two line breaks or
 * more), runs of spaces collapsed to one, single line breaks kept, each paragraph trimmed; and
 * the paragraphs joined by one blank line. Only the paragraphs with a run to rewrite are read by
 * SPACE_RUN: without a rare space, a run is two spaces (found by indexOf) or one around a line
 * break (seen here). A text already in that form is its own result, not a copy.
 */
function splitParagraphs(s: string): { text: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  const n = s.length;
  const rare = hasRareSpace(s);
  let same = true;
  let from = 0;
  // Whether s[from, here) holds a run to rewrite, and the next two spaces at or after `from`.
  let runs = rare;
  let spaces = s.indexOf('  ');
  for (let nl = s.indexOf('\n'); nl >= 0; ) {
    // The run of white space around this line break, and how many line breaks it holds.
    let a = nl;
    while (a > from && isRunChar(charCodeAt.call(s, a - 1))) a--;
    let b = nl + 1;
    let newlines = 1;
    for (let c = charCodeAt.call(s, b); b < n && isRunChar(c); c = charCodeAt.call(s, ++b)) if (c === 10) newlines++;
    if (newlines >= 2) {
      if (!addParagraph(s, from, a, runs || (spaces >= 0 && spaces < a), paragraphs)) same = false;
      if (b - a !== 2) same = false;
      from = b;
      runs = rare;
      if (spaces >= 0 && spaces < from) spaces = s.indexOf('  ', from);
    } else if (b - a >= 2) runs = true;
    nl = s.indexOf('\n', b);
  }
  if (!addParagraph(s, from, n, runs || spaces >= 0, paragraphs)) same = false;
  return { text: same ? s : paragraphs.join('\n\n'), paragraphs };
}

/**
 * The line of HN's own page a poster copied with an earlier month's comment: "1 point by acme 31
 * days ago | parent [-] | on: Ask HN: Who is hiring? (March 2016)". It names neither the
 * company nor anything the posting asks for.
 */
const HN_CHROME = /^[\s*]*\d+ points? by [\w-]+ \d+ (?:minute|hour|day|month|year)s? ago\b[^\n]*/;

/**
 * Some recordings hold a line break as the two characters "\n" ("high-traffic apps.\n<a href=",
 * "Perks:\n Daily breakfast"): read as written, "\nJava" would be one word. They are line
 * breaks, except in preformatted text, where a backslash is as likely drawn as written.
 */
function literalBreaks(html: string): string {
  return html.includes('\\n') && !html.includes('<pre') ? html.replace(LITERAL_BREAK, '\n') : html;
}
// Not at the start of a paragraph, where a break would add nothing: "\\newline | Book Author".
const LITERAL_BREAK = /(?<!^|>)\\n/g;

/**
 * A paragraph with no word of two letters or digits: a rule of "# ~ # ~ #", "=====", "o~~o~~o~~o",
 * a drawing's edge.
 */
const NO_WORD = /^(?![\s\S]*[\p{L}\p{N}]{2})[\s\S]*$/u;

/**
 * A notice put above a posting once its jobs are taken ("CLOSED - thanks for the great
 * applications folks!", "Edit: APPLICATIONS CLOSED - We are now reviewing ..."): the header is the
 * paragraph after it. A line of fields ("(CLOSED) Entex | Full-stack Dev | Remote") is the header.
 */
const CLOSED_NOTICE =
  /^(?![^\n]*\|)\W*(?:(?:edit(?:ed)?|update[ds]?)\W+)?(?:(?:all\s+)?(?:positions?|roles?|jobs?|applications?|this\s+(?:position|role|job))\s+(?:(?:are|is|have\s+been|has\s+been)\s+)?)?(?:now\s+)?(?:closed|filled)\b/i;

/**
 * The paragraphs without the decoration some posters open with ("# ~ # ~ # ~ #" above "Rover.com -
 * SEATTLE"): the first paragraph with a word in it is the header. Text is paragraphs joined by a
 * blank line, so what is dropped is a prefix of it.
 */
function withoutDecoration(p: { text: string; paragraphs: string[] }): { text: string; paragraphs: string[] } {
  let lead = 0;
  let cut = 0;
  while (lead < p.paragraphs.length - 1 && (NO_WORD.test(p.paragraphs[lead]!) || CLOSED_NOTICE.test(p.paragraphs[lead]!))) cut += p.paragraphs[lead++]!.length + 2;
  return lead === 0 ? p : { text: p.text.slice(cut), paragraphs: p.paragraphs.slice(lead) };
}

/** How far back from the cut a space or a tag is looked for. */
const CUT_REACH = 200;

/**
 * The first `max` characters of a long comment, ending before a space or a tag near the cut so
 * that no word is split: cut in the middle, "Rust" was read as "R". Without one close by (200 KB
 * of one "word"), at `max` itself.
 */
function cutToLength(html: string, max: number): string {
  if (html.length <= max) return html;
  for (let end = max; end > max - CUT_REACH; end--) {
    const c = charCodeAt.call(html, end);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 60) return html.slice(0, end);
  }
  return html.slice(0, max);
}

/**
 * HN comment HTML → text. Entities are decoded, tags stripped, paragraph breaks (`<p>`) kept as
 * blank lines. Link targets go to `links` and e-mail addresses to `emails`; neither stays in
 * `text`. The header is the first paragraph (the text before the first `<p>`, or the first
 * `<p>...</p>` block in the Algolia form); its fields are parsed by `parseHeader`.
 */
export function parseHtml(html: string | null | undefined): ParsedPosting {
  const raw = literalBreaks(typeof html === 'string' ? cutToLength(html, MAX_HTML) : '');
  const links: string[] = [];
  const emails: string[] = [];
  // A replacement that finds nothing returns its text as it is, without a copy.
  const decoded = withoutInvisible(textOf(raw, links));
  const { text, paragraphs } = withoutDecoration(splitParagraphs(removeAddresses(decoded, links, emails).replace(HN_CHROME, '')));
  const header = paragraphs[0] ?? '';
  return {
    text,
    header,
    // The text after the header and its blank line: a slice of the text, not a second copy.
    body: text.slice(header.length + 2),
    paragraphs,
    headerFields: parseHeader(header),
    links,
    emails,
  };
}
