import type { ParsedPosting } from './types.ts';

const LEGAL = /[,\s]+(inc|llc|ltd|gmbh|corp|corporation|co|s\.?a|b\.?v|ab|oy|plc|limited|pty|ag|sas|srl|ug)\.?$/i;

function clean(name: string): string | null {
  let n = name
    .replace(/\([^)]*\)/g, ' ') // "(YC W20)", "(acme.io)"
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(at|@)\s+/i, '')
    .replace(/[:\-–—,;]+$/, '')
    .trim();
  for (let i = 0; i < 2; i++) n = n.replace(LEGAL, '').trim();
  if (!n || n.length > 60 || /^(hiring|remote|onsite|we are|we're|job|jobs|full[- ]time|senior)\b/i.test(n)) return null;
  return n;
}

/** The hiring company's name: the header's first field, or the start of an old-style first sentence. */
export function extractCompany(parsed: ParsedPosting): string | null {
  const first = parsed.headerFields[0];
  if (first && parsed.headerFields.length > 1) return clean(first.raw);
  const header = parsed.header;
  // "Acme (Boston, MA) is hiring ...", "Acme - Senior Engineer", "Acme: ..."
  const m =
    /^([A-Z0-9][\w.&'’+-]*(?:\s+[A-Z0-9][\w.&'’+-]*){0,4})\s*(?:\([^)]*\)\s*)?(?:is|are)\s+(?:hiring|looking|seeking|growing|a|an|the|building|based)\b/.exec(header) ??
    /^([A-Z0-9][\w.&'’+-]*(?:\s+[A-Z0-9][\w.&'’+-]*){0,4})\s*(?:[-–—:]|\(|,)/.exec(header);
  return m?.[1] ? clean(m[1]) : null;
}
