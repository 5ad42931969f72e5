import type { ParsedPosting, RemotePolicy } from './types.ts';

// "no remote", "not remote", "remote not possible", "non-remote": on-site, never remote.
const NEGATED = /\b(no|not|non)[- ](fully[- ])?remote\b|\bremote\s+(work\s+)?(is\s+)?(not|isn't|isn’t)\s+(possible|available|an option|offered)\b|\bno\s+(option\s+(for|of)\s+)?remote\b|\bremote\s*:\s*no\b/gi;
const HYBRID =
  /\bhybrid\b|\bpartial(ly)?[- ]remote\b|\b\d\s*(\+\s*)?(days?|x)\s*(\/|per|a)?\s*(week|wk)?\s*(in|at|on)[- ](the\s+)?(office|site|onsite)\b|\b(in[- ]office|onsite|on-site)\s+\d\s*(days?|x)\b|\bremote\s+\d\s*days\b|\bflexible\s+remote\b/i;
const REMOTE = /\bremote\b|\btelecommut\w*|\bVIRTUAL\b|\bwfh\b|\bwork from (home|anywhere)\b|\bdistributed (team|company)\b|\bfully[- ]distributed\b|\banywhere in the world\b/gi;
const ONSITE = /\bon-?site\b|\bon site\b|\bin[- ]office\b|\bin[- ]person\b|\bonsite\b|\bon premises\b|\bin our office\b/i;
// "remote" in senses that say nothing about where the job is done.
const NOT_A_POLICY = /\bremote\s+(sensing|control|controlled|monitoring|access|patient|patients|execution|procedure|desktop|server|servers|teams?\s+of|code|interviews?|programming|coding|technical|take-home|test|tests|screen|screens|challenge|debugging)\b|\b(universal|tv|traditional)\s+remotes?\b|\b(hybrid|partially|partial)[- ](remote)\b|\bremote[- ]hybrid\b|\bremote[- ]first\s+hybrid\b/i;

const TZ = /\b(?:UTC|GMT)\s?[+±−-]\s?\d{1,2}(?::?\d\d)?(?:\s?(?:to|-|–)\s?[+±−-]?\d{1,2})?|\b(?:EST|EDT|PST|PDT|CST|CDT|MST|CET|CEST|BST|IST|AEST|ET|PT|CT)\b/g;
const REGIONS = /\b(US|USA|U\.S\.|North America|Americas|Canada|EU|Europe|EMEA|UK|LATAM|Latin America|APAC|Asia|worldwide|global(ly)?|anywhere)\b/gi;

/** Remote policy of the posting, per GUIDE.md: any fully remote option makes it `remote`. */
export function remotePolicy(text: string): RemotePolicy {
  let remote = false;
  const negated = new Set<number>();
  for (const m of text.matchAll(NEGATED)) for (let i = m.index; i < m.index + m[0].length; i++) negated.add(i);
  for (const m of text.matchAll(REMOTE)) {
    if (negated.has(m.index)) continue;
    const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 22);
    if (NOT_A_POLICY.test(around)) continue;
    remote = true;
    break;
  }
  if (remote) return 'remote';
  if (HYBRID.test(text)) return 'hybrid';
  if (negated.size > 0 || ONSITE.test(text)) return 'onsite';
  return 'unspecified';
}

/** Regions and time zones a remote job is restricted to, when stated near the word remote. */
export function remoteScope(text: string): string[] {
  const scope = new Set<string>();
  for (const m of text.matchAll(/\bremote\b[^.\n|]{0,60}/gi)) {
    for (const r of m[0].matchAll(REGIONS)) scope.add(r[0].replace(/\.$/, ''));
    for (const z of m[0].matchAll(TZ)) scope.add(z[0].replace(/\s+/g, ''));
  }
  return [...scope];
}

export function extractRemote(parsed: ParsedPosting): { remote: RemotePolicy; scope: string[] } {
  const remote = remotePolicy(parsed.text);
  return { remote, scope: remote === 'remote' ? remoteScope(parsed.text) : [] };
}
