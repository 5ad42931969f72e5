import type { HeaderField, HeaderKind } from './types.ts';

const KIND_TESTS: [HeaderKind, RegExp][] = [
  ['salary', /[$€£¥]\s?\d|\b\d{2,3}\s?[kK]\b|\b\d{2,3}[,.]\d{3}\b|\b(salary|compensation|per hour|\/hr|\/hour|usd|eur|gbp)\b/i],
  ['visa', /\bvisa|sponsor|h-?1b\b/i],
  ['remote', /\b(remote|onsite|on-site|on site|in[- ]office|hybrid|wfh|distributed|anywhere)\b/i],
  ['employment', /\b(full[- ]?time|part[- ]?time|contract(or)?|intern(ship)?s?|freelance|permanent|ft|pt)\b/i],
  [
    'role',
    /\b(engineer|engineers|developer|developers|designer|scientist|manager|lead|architect|director|head of|cto|vp|devops|sre|analyst|researcher|founding|intern|programmer|hacker|specialist|consultant|administrator|recruiter|marketer|writer|technician|staff|principal|senior|junior|full[- ]?stack|front[- ]?end|back[- ]?end|mobile|ios|android|qa|sales|support|operations|product)\b/i,
  ],
  ['url', /^(https?:\/\/|www\.)|\.(com|io|ai|co|org|net|dev)\b/i],
];

/** Guesses what a header field is from its words. The first field is usually the company. */
export function fieldKind(raw: string, index: number): HeaderKind {
  for (const [kind, re] of KIND_TESTS) if (re.test(raw)) return kind;
  return index === 0 ? 'company' : 'location';
}

/**
 * Splits the header line ("Acme | Senior Engineer | Berlin | REMOTE | $150k") into typed
 * fields. Postings without pipes (most of 2011–2014) yield at most one field, the whole line,
 * and the rest of the classifier searches the body instead.
 */
export function parseHeader(header: string): HeaderField[] {
  const line = header.split('\n')[0] ?? '';
  const parts = line.includes('|')
    ? line.split('|')
    : line.includes(' – ') || line.includes(' - ') || line.includes(' — ')
      ? line.split(/\s[–—-]\s/)
      : [line];
  const fields = parts.map((p) => p.trim()).filter(Boolean);
  if (fields.length === 1 && (fields[0]?.length ?? 0) > 120) return [];
  return fields.map((raw, i) => ({ raw, kind: i === 0 && fields.length > 1 && !/^(remote|onsite|hiring)\b/i.test(raw) ? 'company' : fieldKind(raw, i) }));
}
