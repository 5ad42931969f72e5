import type { Db } from '../db/connect.ts';
import { threadFacts } from './cache.ts';

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

/**
 * Monthly threads, oldest first; one per month (the one with most postings if HN has two). Only
 * threads crawled at least once: discovery stores every thread whoishiring ever posted, and one
 * never crawled counted as a month with no postings (a year-before rank of "new" for every skill,
 * "no skill has enough postings" in /movers, an empty digest).
 */
export async function monthlyThreads(db: Db): Promise<ThreadInfo[]> {
  const rows = await db.kysely
    .selectFrom('threads')
    .select(['id', 'month', 'time', 'last_crawled_at', 'kids_count'])
    .where('kind', '=', 'monthly')
    .where('last_crawled_at', 'is not', null)
    .orderBy('month')
    .orderBy('kids_count', 'desc')
    .execute();
  const byMonth = new Map<string, ThreadInfo>();
  for (const r of rows) {
    if (!byMonth.has(r.month)) byMonth.set(r.month, { id: r.id, month: r.month, time: r.time, lastCrawledAt: r.last_crawled_at });
  }
  return [...byMonth.values()];
}

/** Every monthly thread of `month`, crawled or not: HN may post two (a repost). */
export async function threadIdsOfMonth(db: Db, month: string): Promise<number[]> {
  return (await db.kysely.selectFrom('threads').select('id').where('month', '=', month).where('kind', '=', 'monthly').execute()).map((r) => r.id);
}

export interface CountFilter {
  version: string;
  threadIds: readonly number[];
  /** Only postings made within this many hours of their thread's opening (age matching). */
  maxAgeHours?: number;
}

async function factsFor(db: Db, f: CountFilter) {
  const threads = (await monthlyAndSpecial(db)).filter((t) => f.threadIds.includes(t.id));
  const facts = await threadFacts(db, f.version, threads);
  const within = (t: ThreadInfo, time: number | null) =>
    f.maxAgeHours === undefined || t.time === null || (time !== null && time <= t.time + f.maxAgeHours * 3600);
  return threads.map((t) => ({ thread: t, postings: (facts.get(t.id) ?? []).filter((p) => within(t, p.time)) }));
}

/** Denominator per thread: live job postings. */
export async function jobCounts(db: Db, f: CountFilter): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const { thread, postings } of await factsFor(db, f)) out.set(thread.id, postings.length);
  return out;
}

/** Numerator per thread and skill: live job postings that mention the skill. */
export async function skillCounts(
  db: Db,
  f: CountFilter & { skills?: readonly string[] },
): Promise<Map<string, Map<number, number>>> {
  const out = new Map<string, Map<number, number>>();
  const wanted = f.skills ? new Set(f.skills) : null;
  for (const { thread, postings } of await factsFor(db, f)) {
    for (const p of postings) {
      for (const s of p.skills) {
        if (wanted && !wanted.has(s)) continue;
        const m = out.get(s) ?? new Map<number, number>();
        m.set(thread.id, (m.get(thread.id) ?? 0) + 1);
        out.set(s, m);
      }
    }
  }
  return out;
}

/** Every thread (monthly and special), for lookups by id. */
async function monthlyAndSpecial(db: Db): Promise<ThreadInfo[]> {
  const rows = await db.kysely.selectFrom('threads').select(['id', 'month', 'time', 'last_crawled_at']).execute();
  return rows.map((r) => ({ id: r.id, month: r.month, time: r.time, lastCrawledAt: r.last_crawled_at }));
}

/**
 * When the numbers were last refreshed from HN: when the latest monthly thread was last read
 * nearly whole (crawl.ts sets last_crawled_at only then). The latest finished crawl run, as
 * until 2026-12-07, said "now" after a run whose every request failed, and after a manual crawl
 * of a 2012 thread while the current one had not been read for days.
 */
export async function lastCrawl(db: Db): Promise<number | null> {
  return (await monthlyThreads(db)).at(-1)?.lastCrawledAt ?? null;
}
