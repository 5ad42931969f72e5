import { parseHeader } from './header.ts';
import { isCityWord, isMostlyPlace } from './locations.ts';
import type { ParsedPosting } from './types.ts';

const LEGAL = /[,\s]+(inc|llc|ltd|gmbh|corp|corporation|co|s\.a|sa|b\.v|bv|ab|oy|plc|limited|pty|ag|sas|srl|ug)\b\.?(\s.*)?$/i;
const NOT_A_NAME = /^(hiring|remote|onsite|on-site|we|we're|our|there|this|that|the|it|job|jobs|full|part|senior|who|location|locations|salary|interns?|contract|role|roles|three|two|several|multiple|positions?|telecommuting|interested|use|looking|about|apply|visa|equity|perks|benefits|requirements|responsibilities|stack|tech|what|why|how|compensation|team|company|backed|no)\b/i;
const TITLE = /(engineers?|developers?|designers?|scientists?|managers?|architects?|lead|leads|interns?|cofounder|co-founder|cto|analysts?|researchers?|programmers?|hackers?)\s*$|^(senior|sr\.?|staff|principal|lead|head of|founding|full[- ]?stack|front[- ]?end|back[- ]?end|web|software|data|technical|mobile|ios|android|devops|machine learning|ml|ai|platform|product|director|vp)\b/i;
const TLD = /\.(com|io|co|net|org)$/i;

function clean(raw: string): string | null {
  let n = raw
    .replace(/\([^)]*\)?/g, ' ') // "(YC W20)", "(acme.io)", an unclosed "("
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/,\s*(a|an|the)\s.*$/i, '') // "Primity Bio, a Caprion Company"
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(at|@)\s+/i, '');
  n = n.replace(LEGAL, '').replace(/[,:;\-–—.!\s]+$/, '').trim();
  if (TLD.test(n) && !n.includes(' ')) n = n.replace(TLD, '');
  if (isMostlyPlace(n)) return null;
  // "Auth0 Bellevue": a city after the name is the location, not part of the name.
  const words = n.split(' ');
  while (words.length > 1 && isCityWord(words.at(-1)!)) words.pop();
  n = words.join(' ');
  if (n.length <= 2 || /\bremote\b/i.test(n)) return null;
  if (!n || n.length > 50 || n.split(' ').length > 6 || NOT_A_NAME.test(n) || TITLE.test(n) || isMostlyPlace(n)) return null;
  return n;
}

// "Acme is hiring", "Trail of Bits is a ...", "SAP helps companies ...", "Careerimp - We are ...".
const PROSE =
  /^(?:[Hh]ey [Hh][Nn][!,.]?\s*)?([A-Za-z0-9][\w.&'’+-]*(?:\s+(?:[A-Z0-9][\w.&'’+-]*|of|and|&|de|the|for))*?)\s*(?:\([^)]*\)\s*)?(?:\b(?:is|are|helps|builds|makes|provides|develops|creates|enables)\b|—|–|-|:|\()/;
const HIRING_AT = /\b(?:hiring|roles?|positions?|engineers?) (?:for [\w\s]{0,30})?at ([A-Z][\w.&'’+-]*(?:\s+[A-Z][\w.&'’+-]*){0,3})\b/;

function fromProse(p: string): string | null {
  const m = PROSE.exec(p) ?? HIRING_AT.exec(p);
  if (!m?.[1]) return null;
  if (!/^[A-Z0-9]/.test(m[1]) && !/^\S+\s+is hiring/.test(p)) return null;
  return clean(m[1]);
}

/**
 * The hiring company's name: the first header field that is not a place, a job title, a
 * salary, an employment type or a remote policy; for old free-form postings, the first
 * "Name - ...", "Name, City" or "Name is hiring" of the opening paragraphs.
 */
export function extractCompany(parsed: ParsedPosting): string | null {
  // Some postings open with a title line and put the "Company | Role | Place" line second.
  const fields =
    parsed.headerFields.length > 1 && clean(parsed.headerFields[0]!.raw)
      ? parsed.headerFields
      : (parsed.paragraphs
          .slice(0, 4)
          .map((p) => parseHeader(p))
          .find((f) => f.length > 2 && clean(f[0]!.raw) !== null) ?? parsed.headerFields);
  const candidates =
    fields.length > 1
      ? fields.filter((f) => f.kind !== 'salary' && f.kind !== 'employment' && f.kind !== 'remote' && f.kind !== 'visa').map((f) => f.raw)
      : parsed.header.length < 150
        ? parsed.header.split(/\s+(?:--|—|–|-)\s+|,\s+|\s\/\s/)
        : [];
  for (const raw of candidates.flatMap((c) => c.split(/\s+(?:--|—|–)\s+|\s+-\s+/).slice(0, 1))) {
    // Free-form headers: only a capitalised piece can be a name ("no remote)" is not).
    if (fields.length <= 1 && !/^[A-Z0-9]/.test(raw.trim())) continue;
    const name = clean(raw);
    if (name) return name;
  }
  for (const p of parsed.paragraphs.slice(0, 3)) {
    const name = fromProse(p);
    if (name) return name;
  }
  return null;
}
