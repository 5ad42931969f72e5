import { readFileSync } from 'node:fs';
import type { PostingFacts } from './facets.ts';
import { quantile } from './stats.ts';

const FX: Record<string, number> = JSON.parse(readFileSync(new URL('./fx.json', import.meta.url), 'utf8'));

/** Working time assumed to turn an hourly, daily or monthly rate into a yearly one. */
const PER_YEAR: Record<string, number> = { year: 1, month: 12, day: 260, hour: 2080 };

/** Mid-point of a posting's range converted to USD per year, or null when not convertible. */
export function usdPerYear(f: Pick<PostingFacts, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>): number | null {
  if (f.salaryMin === null || f.salaryMax === null || !f.salaryCurrency || !f.salaryPeriod) return null;
  const rate = FX[f.salaryCurrency];
  const per = PER_YEAR[f.salaryPeriod];
  if (rate === undefined || per === undefined) return null;
  return ((f.salaryMin + f.salaryMax) / 2) * rate * per;
}

/** Value in the posting's own currency per year, for a per-currency view. */
export function localPerYear(f: Pick<PostingFacts, 'salaryMin' | 'salaryMax' | 'salaryPeriod'>): number | null {
  if (f.salaryMin === null || f.salaryMax === null || !f.salaryPeriod) return null;
  const per = PER_YEAR[f.salaryPeriod];
  return per === undefined ? null : ((f.salaryMin + f.salaryMax) / 2) * per;
}

/**
 * A yearly salary outside these bounds, in USD, is a misreading (a pay rate taken for a year's,
 * a headcount, a funding round), not pay: it is left out of medians. The bounds are inclusive and
 * checked on the USD equivalent whatever the currency shown, so a salary of 5.5 million rupees
 * (about $66k) counts like $66k would.
 */
export const SANE_USD_PER_YEAR = { min: 1_000, max: 5_000_000 } as const;

/** Whether a yearly amount in `currency` is a plausible salary; false when the currency has no rate to check it with. */
export function plausible(perYear: number, currency: string): boolean {
  const rate = FX[currency];
  if (rate === undefined) return false;
  const usd = perYear * rate;
  return usd >= SANE_USD_PER_YEAR.min && usd <= SANE_USD_PER_YEAR.max;
}

/** Whether salaries in this currency can be converted (and checked): it has a rate in fx.json. */
export function hasRate(currency: string): boolean {
  return FX[currency] !== undefined;
}

/** The plausible salaries of these postings in USD per year, sorted: what USD medians are taken of. */
export function usdSalaries(postings: readonly PostingFacts[]): number[] {
  return postings
    .map(usdPerYear)
    .filter((v): v is number => v !== null && plausible(v, 'USD'))
    .sort((a, b) => a - b);
}

/**
 * Whether a posting states a salary: any figure, in any currency. Disclosure counts these; a
 * currency without a rate (or a figure out of bounds) keeps a salary out of USD medians, not out
 * of the postings that disclose one.
 */
export function statesSalary(f: Pick<PostingFacts, 'salaryMin' | 'salaryMax'>): boolean {
  return f.salaryMin !== null || f.salaryMax !== null;
}

export interface SalarySummary {
  /** Salaries the median and quartiles are taken of. */
  n: number;
  /** Postings considered (the skill's postings). */
  of: number;
  /** Postings stating a salary, in any currency: the disclosure rate is stated / of, whatever the currency shown. */
  stated: number;
  /** Of those, postings whose salary can be shown in the chosen currency: paying in it, or for USD, in any currency with a rate. n is these less the implausible. */
  inCurrency: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

function summarise(values: number[], counts: Pick<SalarySummary, 'of' | 'stated' | 'inCurrency'>): SalarySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, ...counts, median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75) };
}

/**
 * Salary of postings asking for `skill`, in one currency: 'USD' converts every currency to USD
 * per year; any other code keeps only postings in that currency, yearly. Either way a figure is
 * kept when its USD equivalent is plausible (SANE_USD_PER_YEAR).
 */
export function salaryOf(postings: readonly PostingFacts[], currency: string): SalarySummary {
  const stated = postings.filter(statesSalary);
  if (currency === 'USD') {
    const inCurrency = stated.filter((p) => usdPerYear(p) !== null).length;
    return summarise(usdSalaries(postings), { of: postings.length, stated: stated.length, inCurrency });
  }
  const paying = stated.filter((p) => p.salaryCurrency === currency);
  const values = paying.map(localPerYear).filter((v): v is number => v !== null && plausible(v, currency));
  return summarise(values, { of: postings.length, stated: stated.length, inCurrency: paying.length });
}
