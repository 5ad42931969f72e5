import { SANE_USD_PER_YEAR, salaryOf, type SalarySummary } from '../core/insights/salary.ts';
import { formatPercent } from '../core/insights/stats.ts';
import { denominatorNote } from './format.ts';
import { OptionError, opt, resolveSkill } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import type { CommandDef } from './types.ts';
import { recentPostings, spanLabel } from './window.ts';

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'SEK', 'INR', 'SGD'] as const;
const MONTHS = 12;

export function money(v: number | null, currency: string): string {
  if (v === null) return 'n/a';
  const symbol: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
  // Millions as M ("5.5M INR", "₩75M"): "5500k INR" had to be counted out.
  const k = v >= 999_500 ? `${Number((v / 1_000_000).toFixed(v >= 9_950_000 ? 0 : 1))}M` : v >= 1000 ? `${Math.round(v / 1000)}k` : String(Math.round(v));
  return symbol[currency] ? `${symbol[currency]}${k}` : `${k} ${currency}`;
}

function describe(s: SalarySummary, currency: string): string {
  return s.n === 0 ? 'no salaries given' : `median ${money(s.median, currency)} (IQR ${money(s.p25, currency)}–${money(s.p75, currency)}, n=${s.n})`;
}

/**
 * "15% of 1344 postings state a salary": any salary, in any currency, whichever currency is
 * shown; then how many of those the figures above rest on, and why the others are left out.
 */
function disclosure(s: SalarySummary, currency: string): string {
  const out = [`${formatPercent(s.stated / s.of)} of ${s.of} postings state a salary`];
  const implausible = s.inCurrency - s.n;
  if (currency === 'USD') {
    const noRate = s.stated - s.inCurrency;
    if (noRate > 0) out.push(`${noRate} in a currency with no exchange rate, left out of the median`);
  } else {
    out.push(`${s.inCurrency} pay in ${currency}`);
  }
  if (implausible > 0) out.push(`${implausible} implausible (under $${SANE_USD_PER_YEAR.min / 1000}k or over $${SANE_USD_PER_YEAR.max / 1_000_000}M a year), left out`);
  return out.join('; ');
}

export const salaryCommand: CommandDef = {
  name: 'salary',
  description: 'Salaries of postings asking for a skill, and the premium of a combination',
  options: {
    skill: opt.skill('The skill, e.g. rust', { required: true, positional: 0 }),
    with: opt.skill('A second skill: postings with both against those with only the first', { positional: 1 }),
    currency: opt.choice('Currency (USD converts every currency to USD per year; default USD)', CURRENCIES.map((c) => c.toLowerCase())),
  },
  examples: ['/salary rust', '/salary go with:rust', '/salary python currency:eur'],
  async run(ctx, args): Promise<Reply> {
    const skill = resolveSkill(ctx, String(args.skill));
    const other = args.with ? resolveSkill(ctx, String(args.with)) : null;
    if (other?.name === skill.name) throw new OptionError(`with must be another skill than ${skill.name}: postings asking for both are compared with those asking for ${skill.name} alone`);
    const currency = String(args.currency ?? 'usd').toUpperCase();
    const { threads, postings } = await recentPostings(ctx, MONTHS);
    const title = `${skill.name}${other ? ` with ${other.name}` : ''}: salaries, ${spanLabel(threads)}`;
    const withSkill = postings.filter((p) => p.skills.has(skill.name));
    if (withSkill.length === 0) return emptyReply(title, `No postings mention ${skill.name} in the last ${MONTHS} threads.`);
    const all = salaryOf(withSkill, currency);
    const fields = [
      { name: `${skill.name} (${currency}/year)`, value: describe(all, currency) },
      { name: 'Disclosure', value: disclosure(all, currency), inline: true },
    ];
    let summary = `${skill.name} postings: ${describe(all, currency)}.`;
    let rows = [{ label: skill.name, s: all }];
    if (other) {
      const both = salaryOf(withSkill.filter((p) => p.skills.has(other.name)), currency);
      const only = salaryOf(withSkill.filter((p) => !p.skills.has(other.name)), currency);
      fields.push({ name: `with ${other.name}`, value: describe(both, currency) }, { name: `without ${other.name}`, value: describe(only, currency) });
      rows = [
        { label: `${skill.name} + ${other.name}`, s: both },
        { label: `${skill.name} only`, s: only },
      ];
      if (both.median !== null && only.median !== null && both.n >= 5 && only.n >= 5) {
        const premium = both.median / only.median - 1;
        summary = `Postings asking for ${skill.name} and ${other.name} state a median ${premium >= 0 ? '+' : '−'}${Math.abs(premium * 100).toFixed(0)}% against ${skill.name} alone (n=${both.n} vs ${only.n}).`;
      } else {
        summary = `Too few salaries to compare ${skill.name} with and without ${other.name} (n=${both.n} vs ${only.n}; 5 each needed).`;
      }
    }
    const note = currency === 'USD' ? ' Other currencies converted to USD at fixed approximate rates; hourly ×2080, daily ×260, monthly ×12.' : ` Figures from the postings paying in ${currency}; disclosure counts a salary in any currency.`;
    return {
      kind: 'ok',
      title,
      summary,
      fields,
      chart: {
        kind: 'range',
        title,
        currency,
        rows: rows.filter((r) => r.s.median !== null).map((r) => ({ label: r.label, p25: r.s.p25!, median: r.s.median!, p75: r.s.p75!, n: r.s.n })),
      },
      footnote: `${await denominatorNote(ctx, `${withSkill.length} ${skill.name} postings over ${threads.length} threads`)}${note}`,
      data: { all, rows },
    };
  },
};
