import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/**
 * Counting primitives every insight is built from. The denominator is always the same: live
 * job postings of a thread (dead, deleted, removed and non-job comments excluded), as of the
 * last crawl, classified by one classifier version.
 */

export interface ThreadInfo {
  id: number;
  month: string;
  /** Story time (unix seconds), or the earliest posting's when HN's is unknown. */
  time: number | null;
  lastCrawledAt: number | null;
}

/** Monthly threads, oldest first; one per month (the one with most postings if HN has two). */
export async function monthlyThreads(db: Db): Promise<ThreadInfo[]> {
  const rows = await db.kysely
    .selectFrom('threads')
    .select(['id', 'month', 'time', 'last_crawled_at', 'kids_count'])
    .where('kind', '=', 'monthly')
    .orderBy('month')
    .orderBy('kids_count', 'desc')
    .execute();
  const byMonth = new Map<string, ThreadInfo>();
  for (const r of rows) {
    if (!byMonth.has(r.month)) byMonth.set(r.month, { id: r.id, month: r.month, time: r.time, lastCrawledAt: r.last_crawled_at });
  }
  return [...byMonth.values()];
}

export interface CountFilter {
  version: string;
  threadIds: readonly number[];
  /** Only postings made within this many hours of their thread's opening (age matching). */
  maxAgeHours?: number;
}

/** Denominator per thread: live job postings. */
export async function jobCounts(db: Db, f: CountFilter): Promise<Map<number, number>> {
  if (f.threadIds.length === 0) return new Map();
  let q = db.kysely
    .selectFrom('postings as p')
    .innerJoin('posting_facts as f', (j) => j.onRef('f.posting_id', '=', 'p.id').on('f.classifier_version', '=', f.version))
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select(['p.thread_id', sql<number>`count(*)`.as('n')])
    .where('p.thread_id', 'in', f.threadIds)
    .where('p.status', '=', 'live')
    .where('f.is_job', '=', 1);
  if (f.maxAgeHours !== undefined) q = q.where(sql<boolean>`p.time <= t.time + ${Math.round(f.maxAgeHours * 3600)}`);
  const rows = await q.groupBy('p.thread_id').execute();
  return new Map(rows.map((r) => [r.thread_id, Number(r.n)]));
}

/** Numerator per thread and skill: live job postings that mention the skill. */
export async function skillCounts(
  db: Db,
  f: CountFilter & { skills?: readonly string[] },
): Promise<Map<string, Map<number, number>>> {
  const out = new Map<string, Map<number, number>>();
  if (f.threadIds.length === 0 || (f.skills && f.skills.length === 0)) return out;
  let q = db.kysely
    .selectFrom('posting_skills as s')
    .innerJoin('postings as p', 'p.id', 's.posting_id')
    .innerJoin('posting_facts as f', (j) => j.onRef('f.posting_id', '=', 's.posting_id').onRef('f.classifier_version', '=', 's.classifier_version'))
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select(['s.skill', 'p.thread_id', sql<number>`count(*)`.as('k')])
    .where('s.classifier_version', '=', f.version)
    .where('p.thread_id', 'in', f.threadIds)
    .where('p.status', '=', 'live')
    .where('f.is_job', '=', 1);
  if (f.skills) q = q.where('s.skill', 'in', f.skills);
  if (f.maxAgeHours !== undefined) q = q.where(sql<boolean>`p.time <= t.time + ${Math.round(f.maxAgeHours * 3600)}`);
  const rows = await q.groupBy(['s.skill', 'p.thread_id']).execute();
  for (const r of rows) {
    const m = out.get(r.skill) ?? new Map<number, number>();
    m.set(r.thread_id, Number(r.k));
    out.set(r.skill, m);
  }
  return out;
}

/** When the data was last refreshed: the latest finished crawl run. */
export async function lastCrawl(db: Db): Promise<number | null> {
  const r = await db.kysely
    .selectFrom('crawl_runs')
    .select('finished_at')
    .where('finished_at', 'is not', null)
    .orderBy('finished_at', 'desc')
    .executeTakeFirst();
  return r?.finished_at ?? null;
}
