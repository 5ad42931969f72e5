const NO =
  /\b(no|not|cannot|can['’]?t|can ?not|unable to|won['’]?t|don['’]?t|do not|does not|doesn['’]?t|are not able to|aren['’]?t able to|is not|isn['’]?t)\b[^.\n]{0,40}\b(visa|sponsor(ship|ing)?)\b|\b(visa|sponsorship)\b[^.\n]{0,20}\b(not (available|offered|possible|provided)|unavailable)\b|\bmust (already )?(be )?(legally )?(authori[sz]ed|eligible|able) to work\b|\bwithout (the need for )?(visa )?sponsorship\b|\b(us|u\.s\.) citizen(s|ship)? (only|required)\b|\bno visas?\b|\bno h-?1b/i;
const YES = /\bvisas?\b|\bsponsor(s|ship|ing)?\b|\bh-?1b\b|\bvisa transfer\b|\brelocation (and|&) visa\b|\bblue card\b/i;

/** Visa sponsorship offered (yes), refused (no), or not mentioned. Refusals win. */
export function visaPolicy(text: string): 'yes' | 'no' | 'unspecified' {
  if (NO.test(text)) return 'no';
  if (YES.test(text)) return 'yes';
  return 'unspecified';
}
