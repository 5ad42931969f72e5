import type { HeaderField, HeaderKind } from './types.ts';
import { isJsSpace } from './chars.ts';

/**
 * Where the first line of a text ends: the line a posting's header fields are on, when it has
 * them. With `from`, where the line that starts there ends.
 */
export function firstLineEnd(text: string, from = 0): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

// What a header field is, guessed from its words. Tried in this order: the first that fits wins
// ("Senior Engineer (Remote)" is a role field, "Remote (US only)" a remote one).
const URL_FIELD = /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)*\.(?:com|io|ai|co|org|net|dev|app|tech|xyz|jobs|careers|so|sh|me|us|uk|de|fr)(?:\/\S*)?$/i;
const SALARY_FIELD =
  /[$€£¥₹]\s?\d|\d\s?[kK]\b|\b\d{2,3}[,.]\d{3}\b|\b(?:salary|compensation|comp|pay|ote|per hour|\/hr|\/hour|usd|eur|gbp|cad|aud|chf|sek)\b|\d\s?(?:usd|eur|gbp|k)\b/i;
const VISA_FIELD = /\bvisas?\b|\bsponsor|\bh-?1b\b|\brelocation\b/i;
const REMOTE_FIELD = /\b(?:remote|onsite|on-site|on site|in[- ]office|in[- ]person|hybrid|wfh|distributed|telecommut\w*|anywhere)\b/i;
const EMPLOYMENT_FIELD =
  /\b(?:full[- ]?time|part[- ]?time|contract(?:or|ors|-to-hire)?|intern(?:ship)?s?|freelance|permanent|temporary|fte?|pt|co-?op|salaried)\b/i;
const ROLE_FIELD =
  /\b(?:engineers?|engineering|developers?|dev|devs|designers?|scientists?|managers?|leads?|architects?|directors?|head of|cto|ceo|vp|devops|sre|analysts?|researchers?|founding|programmers?|hackers?|specialists?|consultants?|administrators?|admins?|recruiters?|marketers?|writers?|technicians?|staff|principal|senior|sr\.?|junior|jr\.?|full[- ]?stack|front[- ]?end|back[- ]?end|mobile|ios|android|qa|sales|support|operations|product|positions?|roles?|openings?|jobs?|team members?|associates?|officer|executives?|advocates?|interns?|physicists?|mathematicians?|statisticians?|swe|sdet|ml|ai)\b/i;
// A place: capitalised words, maybe "City, ST" or "City, Country", joined by commas, slashes,
// "&", "and", "or": "San Francisco, CA", "Berlin / London", "NYC or SF". Each word and each
// joint can be read one way only: with "[A-Z]{2,}" beside the capitalised word (which holds
// it) and "area", "metro" and "&" as joints as well as words, a field of n such words that
// failed at its end was tried 2^n ways ("ON ON ON ... cal": 0.35 s for 20, hours for 40).
// The same fields pass (checked on 750,401 fields and made-up strings).
const PLACE_FIELD = /^(?:[A-Z][\w.'’-]*|\([^)]*\))(?:(?:\s*[,/&+;]\s*|\s+(?:and|or)\s+|\s+)(?:[A-Z][\w.'’-]*|\([^)]*\)|area|metro|bay|city))*\.?$/;

/**
 * The built-in, called on a field rather than looked up on it: fields are strings of several
 * internal kinds (sliced, flat; one or two bytes a character), and `s.charCodeAt` and `s.length`
 * read on them go through the engine's slowest property cache (see html.ts).
 */
const charCodeAt = String.prototype.charCodeAt;

/** Guesses what a header field is from its words. */
export function fieldKind(raw: string, index: number): HeaderKind {
  const kind = kindOf(raw);
  // What fits no other kind is the company in the first field, a place or other elsewhere.
  return index === 0 && (kind === 'location' || kind === 'other') ? 'company' : kind;
}

/**
 * The kind of a field anywhere but first: up to eight expressions a field. Not remembered
 * (memo.ts), though the same fields ("Remote", "Full-time", "San Francisco, CA") recur in every
 * thread: a third of the fields are new, and a look-up in a memo of tens of thousands of fields
 * misses the processor's caches while the other stages run, costing about what the expressions
 * do (classify-ab: 2-3% faster without it).
 */
function kindOf(raw: string): HeaderKind {
  if (URL_FIELD.test(raw)) return 'url';
  // The cheap condition first: 95% of fields have no digit, and SALARY_FIELD reads all of a field.
  if (DIGIT.test(raw) && SALARY_FIELD.test(raw)) return 'salary';
  if (raw.length < 60 && VISA_FIELD.test(raw)) return 'visa';
  if (raw.length < 80 && REMOTE_FIELD.test(raw)) return 'remote';
  if (raw.length < 60 && EMPLOYMENT_FIELD.test(raw) && !ROLE_FIELD.test(raw.replace(EMPLOYMENT_FIELD, ''))) return 'employment';
  if (ROLE_FIELD.test(raw)) return 'role';
  if (PLACE_FIELD.test(raw) && spaceRuns(raw) < 10) return 'location';
  return 'other';
}

const SPACE = /\s/;
const DIGIT = /\d/;
/** White space as \s knows it: the space, \t to \r, and the Unicode spaces. */
const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)));

/**
 * How many runs of white space a field has: `split(/\s+/).length - 1` without building the
 * pieces, which a split does through the engine's runtime. Most first fields (company names)
 * pass PLACE_FIELD, so this is asked about once a posting: 2,800 instructions less a posting.
 */
function spaceRuns(s: string): number {
  let runs = 0;
  for (let i = 0, n = s.length, inRun = false; i < n; i++) {
    const space = isSpace(charCodeAt.call(s, i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

// Separators of a header line: pipes first; without pipes, a spaced dash or bullet. Old
// headers without either ("Acme (YC W12), Redwood City, CA") stay one field.
const DASH = /\s+(?:--?|–|—|−|•|·|~|\/\/)\s+/;
/** Spaced bullets, one or more in a row. */
const BULLETS = /\s+[•·](?:\s+[•·])*\s+/;
/** A first line this long without separators is prose ("We are a small team building..."). */
const MAX_PROSE_FIELD = 150;

/**
 * Splits a header line ("Acme | Senior Engineer | Berlin | REMOTE | $150k") into typed fields.
 * Postings without separators (most of 2011–2014) yield at most one field, or none when the
 * line is a sentence of prose; the rest of the classifier searches the body for what is missing.
 */
export function parseHeader(header: string): HeaderField[] {
  const line = header.slice(0, firstLineEnd(header)).trim();
  if (!line) return [];
  let parts = line.includes('|') || line.includes('｜') ? splitAtPipes(line) : DASH.test(line) ? line.split(DASH) : [line];
  // Bullets beside pipes separate fields too: "Willowtree • • Charlottesville, VA || Research Triangle, NC • ONSITE".
  if (parts.length > 1 && (line.includes('•') || line.includes('·'))) parts = parts.flatMap((p) => p.split(BULLETS));
  const fields: HeaderField[] = [];
  for (const part of parts) {
    const raw = trimField(part);
    if (raw.length > 0) fields.push({ raw, kind: 'other' });
  }
  if (fields.length === 1 && fields[0]!.raw.length > MAX_PROSE_FIELD) return [];
  for (let i = 0; i < fields.length; i++) fields[i]!.kind = fieldKind(fields[i]!.raw, i);
  return fields;
}

/** The line split at its pipes (| ｜ ¦); the white space around each goes with trimField. */
function splitAtPipes(line: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0, n = line.length; i < n; i++) {
    const c = charCodeAt.call(line, i);
    if (c === 124 /* | */ || c === 0xff5c /* ｜ */ || c === 0xa6 /* ¦ */) {
      parts.push(line.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(line.slice(from));
  return parts;
}

/**
 * White space, dashes, colons and commas around a field ("Acme: ", " – Berlin,"): the characters
 * of the expression [\s\-–—:,], white space being what `\s` matches.
 */
function isFieldEdge(c: number): boolean {
  return c === 45 || c === 58 || c === 44 || c === 0x2013 || c === 0x2014 || isJsSpace(c);
}

/**
 * A field without its edge characters at either end, found by a loop from each end. The
 * expression this replaces, /^[\s\-–—:,]+|[\s\-–—:,]+$/g, read a run of them to its end from
 * every character of the run when something else followed: a field of 25,000 dashes took 1.4 s,
 * 100,000 took 11 s.
 */
function trimField(part: string): string {
  const n = part.length;
  let a = 0;
  while (a < n && isFieldEdge(charCodeAt.call(part, a))) a++;
  if (a === n) return '';
  let z = n;
  while (isFieldEdge(charCodeAt.call(part, z - 1))) z--;
  return a === 0 && z === n ? part : part.slice(a, z);
}

/** The raw text of the fields of one kind. */
export function fieldsOf(fields: readonly HeaderField[], kind: HeaderKind): string[] {
  return fields.filter((f) => f.kind === kind).map((f) => f.raw);
}
