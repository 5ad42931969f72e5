import type { Db } from '../db/connect.ts';
import { jobCounts, monthlyThreads, skillCounts } from './data.ts';
import { type Share, wilson } from './stats.ts';
import { fillingAgeHours, shiftMonth } from './trend.ts';

export interface TopRow {
  skill: string;
  rank: number;
  share: Share;
  /** Rank in the same month a year earlier, null when unranked or no thread then. */
  rankYearAgo: number | null;
}

export interface TopResult {
  month: string | null;
  threadId: number | null;
  denominator: number;
  /** Whether a thread exists a year earlier to rank against. */
  hasYearAgo: boolean;
  /**
   * Age of the month's data (hours from its thread's opening to its last crawl) while it is still
   * filling: the year-before thread is then ranked on the postings it had at that age.
   */
  ageMatchedHours: number | null;
  rows: TopRow[];
}

function ranked(counts: Map<string, Map<number, number>>, threadId: number, keep: (skill: string) => boolean) {
  return [...counts.entries()]
    .map(([skill, m]) => ({ skill, k: m.get(threadId) ?? 0 }))
    .filter((x) => x.k > 0 && keep(x.skill))
    .sort((a, b) => b.k - a.k || a.skill.localeCompare(b.skill));
}

/**
 * Most-mentioned skills of a month (default: the latest thread), with the rank a year earlier.
 * While the month's thread is still filling, both threads are counted as they stood at the age
 * of its data, like with like: a year-before thread ranked on all its postings against a few
 * days of this one ranks the skills of a thread's first days (or of its last weeks) apart.
 */
export async function topSkills(
  db: Db,
  opts: { version: string; month?: string; limit: number; nowMs: number; keep?: (skill: string) => boolean },
): Promise<TopResult> {
  const threads = await monthlyThreads(db);
  const thread = opts.month ? threads.find((t) => t.month === opts.month) : threads.at(-1);
  if (!thread) return { month: opts.month ?? null, threadId: null, denominator: 0, hasYearAgo: false, ageMatchedHours: null, rows: [] };
  const yearAgo = threads.find((t) => t.month === shiftMonth(thread.month, -12));
  const ids = [thread.id, ...(yearAgo ? [yearAgo.id] : [])];
  const ageHours = fillingAgeHours(thread, opts.nowMs);
  const filter = { version: opts.version, threadIds: ids, ...(ageHours !== null ? { maxAgeHours: ageHours } : {}) };
  const n = await jobCounts(db, filter);
  const k = await skillCounts(db, filter);
  const keep = opts.keep ?? (() => true);
  const now = ranked(k, thread.id, keep);
  const before = yearAgo ? new Map(ranked(k, yearAgo.id, keep).map((x, i) => [x.skill, i + 1])) : new Map<string, number>();
  const denominator = n.get(thread.id) ?? 0;
  return {
    month: thread.month,
    threadId: thread.id,
    denominator,
    hasYearAgo: Boolean(yearAgo),
    ageMatchedHours: yearAgo ? ageHours : null,
    rows: now.slice(0, opts.limit).map((x, i) => ({
      skill: x.skill,
      rank: i + 1,
      share: wilson(x.k, denominator),
      rankYearAgo: before.get(x.skill) ?? null,
    })),
  };
}
