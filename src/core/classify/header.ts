import type { HeaderField, HeaderKind } from './types.ts';

/** Where the first line of a text ends: the line a posting's header fields are on, when it has them. */
export function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
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
// "&", "and", "or": "San Francisco, CA", "Berlin / London", "NYC or SF".
const PLACE_FIELD =
  /^(?:[A-Z][\w.'’-]*|[A-Z]{2,}|\([^)]*\))(?:(?:\s*[,/&+;]\s*|\s+(?:and|or|area|metro|&)\s+|\s+)(?:[A-Z][\w.'’-]*|[A-Z]{2,}|\([^)]*\)|area|metro|bay|city))*\.?$/;

/** Guesses what a header field is from its words. */
export function fieldKind(raw: string, index: number): HeaderKind {
  if (URL_FIELD.test(raw)) return 'url';
  if (SALARY_FIELD.test(raw) && /\d/.test(raw)) return 'salary';
  if (VISA_FIELD.test(raw) && raw.length < 60) return 'visa';
  if (REMOTE_FIELD.test(raw) && raw.length < 80) return 'remote';
  if (EMPLOYMENT_FIELD.test(raw) && raw.length < 60 && !ROLE_FIELD.test(raw.replace(EMPLOYMENT_FIELD, ''))) return 'employment';
  if (ROLE_FIELD.test(raw)) return 'role';
  if (index === 0) return 'company';
  if (PLACE_FIELD.test(raw) && raw.split(/\s+/).length <= 10) return 'location';
  return 'other';
}

// Separators of a header line: pipes first; without pipes, a spaced dash or bullet. Old
// headers without either ("Acme (YC W12), Redwood City, CA") stay one field.
const PIPE = /\s*[|｜¦]\s*/;
const DASH = /\s+(?:--?|–|—|•|·|~|\/\/)\s+/;
/** A first line this long without separators is prose ("We are a small team building..."). */
const MAX_PROSE_FIELD = 150;

/**
 * Splits a header line ("Acme | Senior Engineer | Berlin | REMOTE | $150k") into typed fields.
 * Postings without separators (most of 2011–2014) yield at most one field, or none when the
 * line is a sentence of prose; the rest of the classifier searches the body for what is missing.
 */
export function parseHeader(header: string): HeaderField[] {
  const line = (header.split('\n')[0] ?? '').trim();
  if (!line) return [];
  const parts = line.includes('|') || line.includes('｜') ? line.split(PIPE) : DASH.test(line) ? line.split(DASH) : [line];
  const fields = parts.map((p) => p.replace(/^[\s\-–—:,]+|[\s\-–—:,]+$/g, '')).filter((p) => p.length > 0);
  if (fields.length === 1 && fields[0]!.length > MAX_PROSE_FIELD) return [];
  return fields.map((raw, i) => ({ raw, kind: fieldKind(raw, i) }));
}

/** The raw text of the fields of one kind. */
export function fieldsOf(fields: readonly HeaderField[], kind: HeaderKind): string[] {
  return fields.filter((f) => f.kind === kind).map((f) => f.raw);
}
