import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import { applyPosting, knownPostingsOfThread, markRemoved, stateFromItem, touchSightings } from '../db/postings.ts';
import type { CrawlRunStatus } from '../db/schema.ts';
import { CrawlStoppedError, type HnClient } from './client.ts';
import type { HnItem } from './item.ts';
import { DEFAULT_FRESHNESS, type FreshnessPolicy, needsRefetch } from './freshness.ts';
import { mapLimit } from './limiter.ts';
import { processAlive } from '../lock.ts';
import { monthOfHiringTitle } from './titles.ts';

export interface CrawlProgress {
  threadsDone: number;
  threadsTotal: number;
  itemsDone: number;
  itemsTotal: number;
  errors: number;
  requests: number;
}

export interface CrawlOptions {
  now?: () => number;
  freshness?: FreshnessPolicy;
  /** Re-fetch every kid regardless of the freshness policy. */
  full?: boolean;
  /** Threads crawled at once; requests stay bounded by the client's own limit. */
  threadConcurrency?: number;
  log?: Logger;
  onProgress?: (p: CrawlProgress) => void;
  /** Called with the ids of postings added or changed, e.g. to classify them. */
  onPostingsStored?: (ids: number[]) => Promise<void>;
  /** Text of the run's `mode` column. */
  mode?: string;
}

export interface ThreadCrawlResult {
  threadId: number;
  kids: number;
  fetched: number;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** Kids HN answered `null` for (not propagated yet): not stored, retried next run. */
  unavailable: number;
  /** Postings the list of comments left out that HN still has in this thread, alive: kept (a stale list). */
  stale?: number;
  /** Comments left unfetched because the client was stopped (the service shutting down): the next run reads them. */
  stopped?: number;
  errors: string[];
}

export interface CrawlReport {
  runId: number;
  status: CrawlRunStatus;
  threads: ThreadCrawlResult[];
  requests: number;
  fetched: number;
  added: number;
  changed: number;
  removed: number;
  unavailable: number;
  errors: number;
  errorMessages: string[];
  wallMs: number;
}

/** The month a monthly thread's title names now, when it differs from the stored one; else null. */
async function correctedMonth(db: Db, threadId: number, title: string | undefined): Promise<string | null> {
  const named = monthOfHiringTitle(title);
  if (!named) return null;
  const row = await db.kysely.selectFrom('threads').select(['month', 'kind']).where('id', '=', threadId).executeTakeFirst();
  return row?.kind === 'monthly' && row.month !== named ? named : null;
}

/** The share of a thread's fetches that may fail for the thread to count as read (last_crawled_at). */
const MAX_ITEM_ERROR_SHARE = 0.1;

export class ThreadNotFoundError extends Error {
  override name = 'ThreadNotFoundError';
}

/**
 * Crawls one thread: reads the story's current kids, fetches new kids and those the freshness
 * policy says may have changed, stores each one in its own transaction, and marks stored
 * postings that left the kids list as removed. Each write is idempotent, so a run killed at any
 * point is completed by the next one without duplicates or gaps.
 */
export async function crawlThread(
  db: Db,
  hn: HnClient,
  threadId: number,
  opts: CrawlOptions = {},
  onItem?: () => void,
): Promise<ThreadCrawlResult> {
  const now = opts.now ?? Date.now;
  const result: ThreadCrawlResult = {
    threadId,
    kids: 0,
    fetched: 0,
    added: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    unavailable: 0,
    errors: [],
  };
  const story = await hn.getItem(threadId);
  if (!story) throw new ThreadNotFoundError(`HN has no item ${threadId}`);
  if (story.type !== undefined && story.type !== 'story') {
    throw new ThreadNotFoundError(`item ${threadId} is a ${story.type}, not a story`);
  }
  // HN leaves `kids` out of a story with no comments; of one we hold live postings for, a
  // story without it is a broken answer, and must not mark them all removed.
  const kidsListed = Array.isArray(story.kids);
  const kids = kidsListed ? story.kids! : [];
  result.kids = kids.length;
  const known = await knownPostingsOfThread(db, threadId);
  const startedAt = now();

  const toFetch: number[] = [];
  const stillListed: number[] = [];
  for (const id of kids) {
    const k = known.get(id);
    const due =
      opts.full ||
      !k ||
      k.status === 'removed' ||
      needsRefetch(k.time, k.lastFetchedAt, startedAt, opts.freshness ?? DEFAULT_FRESHNESS, id);
    if (due) toFetch.push(id);
    else stillListed.push(id);
  }
  await touchSightings(db, stillListed, startedAt);

  const stored: number[] = [];
  await mapLimit(toFetch, Math.max(1, toFetch.length), async (id) => {
    try {
      const item = await hn.getItem(id);
      if (!item) {
        result.unavailable++;
        return;
      }
      result.fetched++;
      // A story or a job listed among a thread's comments is no posting (a broken or hostile answer).
      if (item.type !== undefined && item.type !== 'comment') {
        result.errors.push(`item ${id}: a ${String(item.type).slice(0, 20)}, not a comment; not stored`);
        return;
      }
      await storeItem(db, item, threadId, now(), result, stored);
    } catch (err) {
      if (err instanceof CrawlStoppedError) result.stopped = (result.stopped ?? 0) + 1;
      else result.errors.push(`item ${id}: ${(err as Error).message}`);
    } finally {
      onItem?.();
    }
  });

  // Postings we hold for this thread that HN no longer lists: deleted by moderators, moved, or
  // removed. Only decided from a story we actually fetched, never from a failed request.
  const listed = new Set(kids);
  const held = [...known.values()].some((k) => k.status !== 'removed');
  // Live ones only: a dead or deleted posting the list no longer names is recorded so already,
  // and asking about it again at every run settled nothing.
  const gone = [...known].filter(([id, k]) => !listed.has(id) && k.status === 'live').map(([id]) => id);
  if (!kidsListed && held) {
    result.errors.push(`thread ${threadId}: HN sent the story without its list of comments; nothing marked removed`);
  } else if (gone.length > 0 && !hn.stopped) {
    // (Stopped part-way, whether the postings it no longer lists are gone is left to the next
    // run, as is reading the thread whole; what was fetched is stored and classified below.)
    await settleUnlisted(db, hn, threadId, gone, now, result, stored);
  }

  // Classified before the thread is marked crawled: a digest due meanwhile counts the thread only
  // once its postings are read (a digest sent in that gap went out with no postings, for good).
  if (stored.length && opts.onPostingsStored) await opts.onPostingsStored(stored);
  // Marked crawled only when it was read nearly whole: the insights count only crawled threads,
  // and their freshness and "at the same age" comparisons read this time. A run in which most
  // comments failed is not fresh data, though it stored what it could.
  const itemErrors = result.errors.length;
  // Out of the thread's comments, not of those fetched this run: one failed request among a
  // fresh thread's few left it unread for good.
  // Not once the client is stopped (it stays so), whenever that came: some of the thread went unread.
  const readWhole = !hn.stopped && (kidsListed || !held) && itemErrors <= MAX_ITEM_ERROR_SHARE * Math.max(1, kids.length + gone.length);
  // A title corrected on HN ("(May 2026)" posted in June, then fixed) moves a monthly thread to
  // the month it names: judged once at discovery, the thread stood for the wrong month for good.
  const month = await correctedMonth(db, threadId, story.title);
  await db.kysely
    .updateTable('threads')
    .set({
      // Not from a list shown stale (postings it left out are still in the thread): the count
      // decides which of a month's two threads stands for it (monthlyThreads).
      ...((kidsListed || !held) && !result.stale ? { kids_count: kids.length } : {}),
      ...(readWhole ? { last_crawled_at: now() } : {}),
      ...(month ? { month } : {}),
      ...(story.title ? { title: story.title } : {}),
      ...(story.time !== undefined ? { time: story.time } : {}),
    })
    .where('id', '=', threadId)
    .execute();
  return result;
}

/**
 * The postings held for a thread that its list of comments no longer names, each asked of HN on
 * its own: one that now names another story was moved (stored there by that thread's crawl),
 * one HN no longer has was removed, a dead or deleted one is recorded so. One that still names
 * this thread, alive, was left out of a stale or broken copy of the list (a cached answer,
 * "kids": []) and is kept: judged from the list alone, a copy a few minutes old marked the newest
 * postings removed, and a digest sent then went out without them.
 */
async function settleUnlisted(db: Db, hn: HnClient, threadId: number, gone: readonly number[], now: () => number, result: ThreadCrawlResult, stored: number[]): Promise<void> {
  let kept = 0;
  await mapLimit(gone, Math.max(1, gone.length), async (id) => {
    let item: Awaited<ReturnType<HnClient['getItem']>>;
    try {
      item = await hn.getItem(id);
    } catch (err) {
      // Stopped meanwhile: not an answer, so nothing is decided about it (crawlThread then
      // leaves the thread unread).
      if (!(err instanceof CrawlStoppedError)) result.errors.push(`item ${id}: ${(err as Error).message}`);
      return;
    }
    if (item && item.parent === threadId && (item.type === undefined || item.type === 'comment')) {
      if (!item.dead && !item.deleted) {
        kept++;
        return;
      }
      await storeItem(db, item, threadId, now(), result, stored);
      return;
    }
    // Moved to another thread we keep: stored there now, never shown as removed in between.
    if (item && item.parent !== undefined && item.parent !== threadId && (await isThread(db, item.parent))) {
      await storeItem(db, item, item.parent, now(), result, stored);
      return;
    }
    if (await markRemoved(db, id, now(), threadId)) {
      result.removed++;
      stored.push(id);
    }
  });
  if (kept > 0) result.stale = kept;
}

/** Stores an item as a posting of `threadId`, counting the outcome; a changed one joins `stored` (classified and matched after). */
async function storeItem(db: Db, item: HnItem, threadId: number, nowMs: number, result: ThreadCrawlResult, stored: number[]): Promise<void> {
  const outcome = await applyPosting(db, stateFromItem(item, threadId), nowMs);
  result[outcome]++;
  if (outcome !== 'unchanged') stored.push(item.id);
}

async function isThread(db: Db, id: number): Promise<boolean> {
  return (await db.kysely.selectFrom('threads').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Crawls several threads and records the run in crawl_runs. */
export async function crawlThreads(
  db: Db,
  hn: HnClient,
  threadIds: readonly number[],
  opts: CrawlOptions = {},
): Promise<CrawlReport> {
  const now = opts.now ?? Date.now;
  const started = Date.now();
  const requestsBefore = hn.stats.requests;
  await markInterruptedRuns(db);
  const run = await db.kysely
    .insertInto('crawl_runs')
    .values({ started_at: now(), status: 'running', mode: opts.mode ?? 'threads', host: hostname(), pid: process.pid })
    .returning('id')
    .executeTakeFirstOrThrow();

  const progress: CrawlProgress = {
    threadsDone: 0,
    threadsTotal: threadIds.length,
    itemsDone: 0,
    itemsTotal: 0,
    errors: 0,
    requests: 0,
  };
  const report = () => {
    progress.requests = hn.stats.requests - requestsBefore;
    opts.onProgress?.({ ...progress });
  };
  const results: ThreadCrawlResult[] = [];
  const threadErrors: string[] = [];
  /** Threads not read because the client was stopped before or while their story was asked for. */
  let threadsStopped = 0;
  await mapLimit(threadIds, opts.threadConcurrency ?? 4, async (threadId) => {
    if (hn.stopped) {
      threadsStopped++;
      return;
    }
    try {
      const r = await crawlThread(db, hn, threadId, opts, () => {
        progress.itemsDone++;
        report();
      });
      results.push(r);
      progress.errors += r.errors.length;
      opts.log?.info(
        { thread: threadId, kids: r.kids, fetched: r.fetched, added: r.added, changed: r.changed, removed: r.removed, ...(r.stale ? { leftOutOfList: r.stale } : {}) },
        'thread crawled',
      );
    } catch (err) {
      if (err instanceof CrawlStoppedError) {
        threadsStopped++;
        return;
      }
      threadErrors.push(`thread ${threadId}: ${(err as Error).message}`);
      progress.errors++;
      opts.log?.error({ thread: threadId, err: (err as Error).message }, 'thread crawl failed');
    }
    progress.threadsDone++;
    report();
  });

  const sum = (f: (r: ThreadCrawlResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const errorMessages = [...threadErrors, ...results.flatMap((r) => r.errors)];
  // A stop is no failure of HN's, but the run did not do all it was asked: partial, saying why first.
  const commentsStopped = sum((r) => r.stopped ?? 0);
  if (threadsStopped || commentsStopped) {
    errorMessages.unshift(`stopped before the end (the service is shutting down): ${threadsStopped} threads and ${commentsStopped} comments left for the next run`);
  }
  const status: CrawlRunStatus =
    threadIds.length > 0 && threadErrors.length === threadIds.length ? 'failed' : errorMessages.length ? 'partial' : 'ok';
  const final: CrawlReport = {
    runId: run.id,
    status,
    threads: results.sort((a, b) => a.threadId - b.threadId),
    requests: hn.stats.requests - requestsBefore,
    fetched: sum((r) => r.fetched),
    added: sum((r) => r.added),
    changed: sum((r) => r.changed),
    removed: sum((r) => r.removed),
    unavailable: sum((r) => r.unavailable),
    errors: errorMessages.length,
    errorMessages,
    wallMs: Date.now() - started,
  };
  await db.kysely
    .updateTable('crawl_runs')
    .set({
      finished_at: now(),
      status,
      threads: threadIds.length,
      requests: final.requests,
      fetched: final.fetched,
      added: final.added,
      changed: final.changed,
      removed: final.removed,
      unavailable: final.unavailable,
      errors: final.errors,
      error_messages: JSON.stringify(errorMessages.slice(0, 20)),
    })
    .where('id', '=', run.id)
    .execute();
  return final;
}

/** Runs left "running" by a process of this host that no longer exists were killed mid-way. */
async function markInterruptedRuns(db: Db): Promise<void> {
  const running = await db.kysely
    .selectFrom('crawl_runs')
    .select(['id', 'pid'])
    .where('status', '=', 'running')
    .where('host', '=', hostname())
    .execute();
  const dead = running.filter((r) => r.pid !== process.pid && !processAlive(r.pid)).map((r) => r.id);
  if (dead.length) {
    await db.kysely.updateTable('crawl_runs').set({ status: 'interrupted' }).where('id', 'in', dead).execute();
  }
}
