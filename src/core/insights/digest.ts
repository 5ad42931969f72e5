import type { Db } from '../db/connect.ts';
import { threadFacts } from './cache.ts';
import { monthlyThreads, type ThreadInfo } from './data.ts';
import type { PostingFacts } from './facets.ts';
import { statesSalary, usdSalaries } from './salary.ts';
import { type Change, compareShares, quantile, type Share, wilson } from './stats.ts';
import { fillingAgeHours, shiftMonth } from './trend.ts';

export interface DigestData {
  thread: ThreadInfo;
  /** Age of the thread's data (hours from its opening to its last crawl) while it is still filling; comparisons are then age-matched. */
  ageHours: number | null;
  postings: number;
  previous: { month: string; postings: number } | null;
  top: { skill: string; share: Share; change: Change }[];
  /** Biggest year-over-year rises and falls (at least 10 postings in one of the two months). */
  movers: { skill: string; share: Share; change: Change }[];
  remote: Record<'remote' | 'hybrid' | 'onsite' | 'unspecified', Share>;
  ai: { share: Share; change: Change };
  salary: { disclosure: Share; medianUsd: number | null };
  countries: { country: string; n: number }[];
  companies: { new: string[]; returning: number };
}

const AI_SKILLS = new Set(['AI', 'Machine Learning', 'LLM', 'Deep Learning', 'NLP', 'Computer Vision', 'RAG', 'MLOps']);
/**
 * A company's name as counted: case, spaces, punctuation and accents aside ("Stitch Fix" and
 * "Stitchfix", "Ginetta" and "ginetta", "Condé Nast" and "Conde Nast" are one company). A name
 * of other letters only is kept whole, lowercased, rather than read as no name.
 */
export function companyKey(name: string): string {
  const key = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return key || name.trim().toLowerCase();
}

/**
 * The month's companies, one per key, each shown as most of its postings spell it (ties
 * alphabetically), split into those seen in the earlier threads and the new.
 */
function companies(now: readonly PostingFacts[], earlier: readonly PostingFacts[]): { new: string[]; returning: number } {
  const seen = new Set(earlier.flatMap((p) => (p.company ? [companyKey(p.company)] : [])));
  const spellings = new Map<string, Map<string, number>>();
  for (const p of now) {
    if (!p.company) continue;
    const key = companyKey(p.company);
    const m = spellings.get(key) ?? new Map<string, number>();
    m.set(p.company, (m.get(p.company) ?? 0) + 1);
    spellings.set(key, m);
  }
  const fresh: string[] = [];
  let returning = 0;
  for (const [key, m] of spellings) {
    if (seen.has(key)) returning++;
    else fresh.push([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  }
  return { new: fresh.sort(), returning };
}

function within(thread: ThreadInfo, hours: number | null) {
  return (p: PostingFacts) => hours === null || thread.time === null || (p.time !== null && p.time <= thread.time + hours * 3600);
}

/**
 * Everything a digest says about one thread, compared like with like: while the thread is
 * younger than a month, the previous threads are cut at the same age.
 */
export async function digestData(db: Db, version: string, opts: { month?: string; nowMs: number }): Promise<DigestData | null> {
  const threads = await monthlyThreads(db);
  const thread = opts.month ? threads.find((t) => t.month === opts.month) : threads.at(-1);
  if (!thread) return null;
  const prev = threads.find((t) => t.month === shiftMonth(thread.month, -1));
  const yearAgo = threads.find((t) => t.month === shiftMonth(thread.month, -12));
  const earlier = threads.filter((t) => t.month < thread.month && t.month >= shiftMonth(thread.month, -12));
  const ageHours = fillingAgeHours(thread, opts.nowMs);
  const facts = await threadFacts(db, version, [thread, ...earlier]);
  const now = (facts.get(thread.id) ?? []).filter(within(thread, ageHours));
  const before = prev ? (facts.get(prev.id) ?? []).filter(within(prev, ageHours)) : [];
  const n = now.length;
  const count = (ps: PostingFacts[], f: (p: PostingFacts) => boolean) => ps.filter(f).length;

  const skillTotals = new Map<string, number>();
  for (const p of now) for (const s of p.skills) skillTotals.set(s, (skillTotals.get(s) ?? 0) + 1);
  const top = [...skillTotals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([skill, k]) => {
      const share = wilson(k, n);
      return { skill, share, change: compareShares(wilson(count(before, (p) => p.skills.has(skill)), before.length), share) };
    });
  const yearBeforeAll = yearAgo ? (facts.get(yearAgo.id) ?? []).filter(within(yearAgo, ageHours)) : [];
  const allSkills = new Set([...skillTotals.keys(), ...yearBeforeAll.flatMap((p) => [...p.skills])]);
  const movers = [...allSkills]
    .map((skill) => {
      const k = skillTotals.get(skill) ?? 0;
      const before = count(yearBeforeAll, (p) => p.skills.has(skill));
      const share = wilson(k, n);
      return { skill, share, change: compareShares(wilson(before, yearBeforeAll.length), share), support: Math.max(k, before) };
    })
    .filter((m) => yearBeforeAll.length > 0 && m.support >= 10 && m.change.points !== null && !m.change.withinNoise)
    .sort((a, b) => Math.abs(b.change.points ?? 0) - Math.abs(a.change.points ?? 0) || a.skill.localeCompare(b.skill))
    .slice(0, 5)
    .map(({ support: _s, ...m }) => m);
  const isAi = (p: PostingFacts) => [...p.skills].some((s) => AI_SKILLS.has(s));
  const yearBefore = yearAgo ? (facts.get(yearAgo.id) ?? []).filter(within(yearAgo, ageHours)) : [];
  const aiShare = wilson(count(now, isAi), n);
  const salaries = usdSalaries(now);
  const countryTotals = new Map<string, number>();
  for (const p of now) for (const c of p.countries) countryTotals.set(c, (countryTotals.get(c) ?? 0) + 1);
  return {
    thread,
    ageHours,
    postings: n,
    previous: prev ? { month: prev.month, postings: before.length } : null,
    top,
    movers,
    remote: {
      remote: wilson(count(now, (p) => p.remote === 'remote'), n),
      hybrid: wilson(count(now, (p) => p.remote === 'hybrid'), n),
      onsite: wilson(count(now, (p) => p.remote === 'onsite'), n),
      unspecified: wilson(count(now, (p) => p.remote === 'unspecified'), n),
    },
    ai: { share: aiShare, change: compareShares(wilson(count(yearBefore, isAi), yearBefore.length), aiShare) },
    // Disclosure counts every stated salary; only those convertible to USD (and plausible) enter the median.
    salary: { disclosure: wilson(count(now, statesSalary), n), medianUsd: quantile(salaries, 0.5) },
    // Ties by code: the databases return equal counts in different orders.
    countries: [...countryTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([country, k]) => ({ country, n: k })),
    companies: companies(now, earlier.flatMap((t) => facts.get(t.id) ?? [])),
  };
}
