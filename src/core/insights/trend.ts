import type { Db } from '../db/connect.ts';
import { jobCounts, monthlyThreads, skillCounts, type ThreadInfo } from './data.ts';
import { type Change, compareShares, type Share, wilson } from './stats.ts';

/** A thread is still filling for about a month; before that, compare at the same age. */
export const FILLING_DAYS = 30;

/**
 * Age of the data held for a thread, in hours: from its opening (HN time, seconds) to its last
 * crawl (ms), or to `nowMs` when that is earlier. Not the wall clock's age: when crawling stalls,
 * the postings held are those of the last crawl, and earlier threads cut at the wall clock's
 * later age would hold more postings than the frozen thread could, a decline that never happened.
 */
export function dataAgeHours(thread: Pick<ThreadInfo, 'time' | 'lastCrawledAt'>, nowMs: number): number | null {
  if (thread.time === null) return null;
  const asOfMs = thread.lastCrawledAt === null ? nowMs : Math.min(nowMs, thread.lastCrawledAt);
  return Math.max(0, (asOfMs / 1000 - thread.time) / 3600);
}

/**
 * The thread's data age when it is still filling (under FILLING_DAYS), else null: the age at
 * which earlier threads are cut to be compared like with like.
 */
export function fillingAgeHours(thread: Pick<ThreadInfo, 'time' | 'lastCrawledAt'>, nowMs: number): number | null {
  const age = dataAgeHours(thread, nowMs);
  return age !== null && age < FILLING_DAYS * 24 ? age : null;
}

export interface TrendPoint {
  month: string;
  threadId: number | null;
  share: Share;
}

export interface TrendSeries {
  skill: string;
  points: TrendPoint[];
  latest: Share;
  /** Month over month and year over year, age-matched when the latest thread is still filling. */
  mom: Change;
  yoy: Change;
}

export interface TrendResult {
  months: string[];
  series: TrendSeries[];
  latest: ThreadInfo | null;
  /** Age of the latest thread's data (hours from its opening to its last crawl) while it is still filling: comparisons are cut at it. */
  ageMatchedHours: number | null;
  /** Denominator of the latest month: live job postings. */
  latestDenominator: number;
}

/** The `count` calendar months ending with `last` (YYYY-MM), oldest first. */
export function monthsBack(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + delta, 1)).toISOString().slice(0, 7);
}

/**
 * Share of live job postings mentioning each skill, per month, over the last `months` months
 * ending with the latest thread. Months without a thread are gaps (null share), never zero.
 */
export async function trend(
  db: Db,
  opts: { version: string; skills: string[]; months: number; nowMs: number },
): Promise<TrendResult> {
  const threads = await monthlyThreads(db);
  const latest = threads.at(-1) ?? null;
  if (!latest) return { months: [], series: [], latest: null, ageMatchedHours: null, latestDenominator: 0 };
  const months = monthsBack(latest.month, opts.months);
  const byMonth = new Map(threads.map((t) => [t.month, t]));
  const inRange = months.map((m) => byMonth.get(m)).filter((t): t is ThreadInfo => Boolean(t));
  const ids = inRange.map((t) => t.id);
  const n = await jobCounts(db, { version: opts.version, threadIds: ids });
  const k = await skillCounts(db, { version: opts.version, threadIds: ids, skills: opts.skills });

  // Comparisons: the latest thread against one month and one year earlier.
  const ageHours = fillingAgeHours(latest, opts.nowMs);
  const filling = ageHours !== null;
  const prev = byMonth.get(shiftMonth(latest.month, -1));
  const yearAgo = byMonth.get(shiftMonth(latest.month, -12));
  const compIds = [prev?.id, yearAgo?.id].filter((x): x is number => x !== undefined);
  const compFilter = { version: opts.version, threadIds: compIds, ...(filling ? { maxAgeHours: ageHours ?? 0 } : {}) };
  const compN = await jobCounts(db, compFilter);
  const compK = await skillCounts(db, { ...compFilter, skills: opts.skills });

  const series = opts.skills.map((skill) => {
    const points = months.map((month) => {
      const t = byMonth.get(month);
      if (!t) return { month, threadId: null, share: wilson(0, 0) };
      return { month, threadId: t.id, share: wilson(k.get(skill)?.get(t.id) ?? 0, n.get(t.id) ?? 0) };
    });
    const latestShare = wilson(k.get(skill)?.get(latest.id) ?? 0, n.get(latest.id) ?? 0);
    const at = (t: ThreadInfo | undefined) => (t ? wilson(compK.get(skill)?.get(t.id) ?? 0, compN.get(t.id) ?? 0) : wilson(0, 0));
    return { skill, points, latest: latestShare, mom: compareShares(at(prev), latestShare), yoy: compareShares(at(yearAgo), latestShare) };
  });
  return {
    months,
    series,
    latest,
    ageMatchedHours: ageHours,
    latestDenominator: n.get(latest.id) ?? 0,
  };
}
