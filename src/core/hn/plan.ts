import type { Db } from '../db/connect.ts';
import type { HnClient } from './client.ts';
import { ThreadNotFoundError } from './crawl.ts';
import { classifyStory, upsertThread } from './discover.ts';

export type CrawlTarget =
  /**
   * The latest thread and the young ones; with keptSince, also the monthly threads of that month
   * on that were never crawled or not read for a day.
   */
  | { kind: 'latest'; keptSince?: string }
  | { kind: 'all' }
  | { kind: 'since'; month: string }
  | { kind: 'thread'; id: number };

/** A thread is "young" (still filling, still being edited) for this long after it opens. */
export const YOUNG_THREAD_DAYS = 45;

/** A thread of the kept months is read again once this long has passed since its last read. */
export const RECHECK_AFTER_MS = 24 * 3_600_000;

/**
 * What the service crawls at each tick: the latest and young threads, and the monthly threads of
 * the last `backfillMonths` months (this one included) never crawled, or not read for a day. A
 * new database fetches them at its first tick; afterwards each is read once a day, and the
 * freshness policy of crawl.ts decides which of its comments are fetched again (daily until the
 * thread is 90 days old, every 30 days after): a posting killed or edited after the thread's
 * first 45 days, when only young threads were read, stayed as it was for good.
 */
export function serviceTarget(backfillMonths: number, nowMs: number): CrawlTarget {
  if (backfillMonths <= 0) return { kind: 'latest' };
  const now = new Date(nowMs);
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (backfillMonths - 1), 1));
  return { kind: 'latest', keptSince: since.toISOString().slice(0, 7) };
}

export function describeTarget(t: CrawlTarget): string {
  switch (t.kind) {
    case 'latest':
      return t.keptSince ? `latest, and threads since ${t.keptSince} not read for a day` : 'latest';
    case 'all':
      return 'all';
    case 'since':
      return `since ${t.month}`;
    case 'thread':
      return `thread ${t.id}`;
  }
}

/** The thread ids a crawl target stands for, among the stored (discovered) threads. */
export async function resolveTargets(
  db: Db,
  hn: HnClient,
  target: CrawlTarget,
  opts: { now?: () => number; extraIds?: readonly number[] } = {},
): Promise<number[]> {
  const now = (opts.now ?? Date.now)();
  const k = db.kysely;
  switch (target.kind) {
    case 'all':
      return (await k.selectFrom('threads').select('id').orderBy('month').execute()).map((r) => r.id);
    case 'since':
      return (
        await k.selectFrom('threads').select('id').where('month', '>=', target.month).orderBy('month').execute()
      ).map((r) => r.id);
    case 'latest': {
      const latest = await k
        .selectFrom('threads')
        .select('id')
        .where('kind', '=', 'monthly')
        .orderBy('month', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      const youngSince = Math.floor(now / 1000) - YOUNG_THREAD_DAYS * 86_400;
      const young = await k.selectFrom('threads').select('id').where('time', '>=', youngSince).execute();
      // Newest first, so that the months people ask about first fill first.
      const missing = target.keptSince
        ? await k
            .selectFrom('threads')
            .select('id')
            .where('kind', '=', 'monthly')
            .where('month', '>=', target.keptSince)
            .where((eb) => eb.or([eb('last_crawled_at', 'is', null), eb('last_crawled_at', '<', now - RECHECK_AFTER_MS)]))
            .orderBy('month', 'desc')
            .execute()
        : [];
      return [...new Set([...(latest ? [latest.id] : []), ...young.map((r) => r.id), ...missing.map((r) => r.id)])];
    }
    case 'thread': {
      const stored = await k.selectFrom('threads').select('id').where('id', '=', target.id).executeTakeFirst();
      if (stored) return [stored.id];
      const story = await hn.getItem(target.id);
      if (!story) throw new ThreadNotFoundError(`HN has no item ${target.id}`);
      const thread = classifyStory(story, new Set(opts.extraIds ?? []));
      if (!thread) {
        throw new ThreadNotFoundError(
          `item ${target.id} (${JSON.stringify(story.title ?? story.type ?? '')}) is not a "Who is hiring?" thread; add it to EXTRA_THREAD_IDS to crawl it anyway`,
        );
      }
      await upsertThread(db, thread, now);
      return [thread.id];
    }
  }
}
