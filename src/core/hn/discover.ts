import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import type { ThreadsTable } from '../db/schema.ts';
import { CrawlStoppedError, type HnClient } from './client.ts';
import { POINTER_STORIES, POSTER_ACCOUNTS, SPECIAL_THREADS } from './exceptions.ts';
import type { HnItem } from './item.ts';
import { mapLimit } from './limiter.ts';
import { monthOfHiringTitle, monthOfTime } from './titles.ts';

/** A hiring thread as discovery finds it: the columns of `threads` that come from HN. */
export type DiscoveredThread = Pick<ThreadsTable, 'id' | 'month' | 'title' | 'time' | 'author' | 'kind'>;

/** How long after it was posted a story judged not a thread is looked at again at each discovery. */
const RECHECK_STORY_DAYS = 3;

export class DiscoveryError extends Error {
  override name = 'DiscoveryError';
}

/**
 * Decides whether a story is a hiring thread. Pure, so tests can feed it every recorded story.
 * `extraIds` are the configured exceptions: kept even when the title says otherwise.
 */
export function classifyStory(story: HnItem, extraIds: ReadonlySet<number> = new Set()): DiscoveredThread | null {
  if (story.type !== undefined && story.type !== 'story') return null;
  if (story.deleted) return null;
  const base = { id: story.id, title: story.title ?? '', time: story.time ?? null, author: story.by ?? '' };
  const special = SPECIAL_THREADS.get(story.id);
  if (special) return { ...base, month: special, kind: 'special' };
  const month = monthOfHiringTitle(story.title);
  if (month) return { ...base, month, kind: 'monthly' };
  if (extraIds.has(story.id) && story.time !== undefined) return { ...base, month: monthOfTime(story.time), kind: 'special' };
  return null;
}

export interface DiscoverOptions {
  extraIds?: readonly number[];
  now?: () => number;
  log?: Logger;
}

/**
 * Finds hiring threads among the poster accounts' stories and stores them. Stories already
 * looked at are remembered in `stories_seen`, so a routine run costs two user requests plus
 * one request per story submitted since the last run.
 */
export async function discoverThreads(db: Db, hn: HnClient, opts: DiscoverOptions = {}): Promise<DiscoveredThread[]> {
  const now = opts.now ?? Date.now;
  const extra = new Set(opts.extraIds ?? []);
  const candidates = new Set<number>([...extra, ...SPECIAL_THREADS.keys()]);
  for (const account of POSTER_ACCOUNTS) {
    const user = await hn.getUser(account).catch((err: Error) => {
      // A stopping service: no answer from HN, and nothing to report about the account.
      if (err instanceof CrawlStoppedError) throw err;
      // The archive account (nothing since 2015, its stories remembered in stories_seen) is not
      // worth a run: the current threads come from whoishiring.
      if (account !== 'whoishiring') {
        opts.log?.warn({ account, err: err.message }, 'could not read a poster account; its stories are looked at next run');
        return null;
      }
      throw new DiscoveryError(`Cannot read the HN user "${account}": ${err.message}`);
    });
    if (!user && account === 'whoishiring') {
      throw new DiscoveryError('HN returned no user "whoishiring": is HN_API_URL pointing at the HN API?');
    }
    for (const id of user?.submitted ?? []) candidates.add(id);
  }

  const k = db.kysely;
  // A story judged not a thread in its first days is looked at again: HN lets its title be
  // corrected ("Ask HN: Who is hirng?" fixed an hour later), and once remembered it was never
  // read again. A request each, for the two or three stories whoishiring posts a month.
  const nowSec = Math.floor(now() / 1000);
  const recent = (time: number | null) => time !== null && time >= nowSec - RECHECK_STORY_DAYS * 86_400 && time <= nowSec;
  const seenRows = await k.selectFrom('stories_seen').select(['id', 'is_thread', 'time']).execute();
  const seen = new Set(seenRows.filter((r) => r.is_thread === 1 || !recent(r.time)).map((r) => r.id));
  const unseen = [...candidates].filter((id) => !seen.has(id)).sort((a, b) => b - a);

  const found: DiscoveredThread[] = [];
  await mapLimit(unseen, 8, async (id) => {
    let story: HnItem | null;
    try {
      story = await hn.getItem(id);
    } catch (err) {
      // Not fatal: the story stays unseen and is tried again next run.
      if (err instanceof CrawlStoppedError) return;
      opts.log?.warn({ id, err: (err as Error).message }, 'could not fetch a candidate story');
      return;
    }
    if (!story) return;
    let thread = classifyStory(story, extra);
    let isThread = thread !== null;
    const target = POINTER_STORIES.get(id);
    if (target !== undefined) {
      const month = monthOfHiringTitle(story.title);
      const real = await hn.getItem(target).catch(() => null);
      if (month && real && !real.deleted) {
        thread = { id: real.id, month, title: real.title ?? '', time: real.time ?? null, author: real.by ?? '', kind: 'monthly' };
      } else {
        opts.log?.warn({ id, target }, 'pointer story target unavailable; will retry');
        return;
      }
      isThread = false;
    }
    if (thread) {
      await upsertThread(db, thread, now());
      found.push(thread);
    }
    await k
      .insertInto('stories_seen')
      .values({
        id,
        author: story.by ?? '',
        title: story.title ?? null,
        time: story.time ?? null,
        is_thread: isThread ? 1 : 0,
        checked_at: now(),
      })
      .onConflict((oc) => oc.column('id').doUpdateSet({ title: story.title ?? null, is_thread: isThread ? 1 : 0, checked_at: now() }))
      .execute();
  });
  return found.sort((a, b) => a.month.localeCompare(b.month) || a.id - b.id);
}

export async function upsertThread(db: Db, t: DiscoveredThread, now: number): Promise<void> {
  await db.kysely
    .insertInto('threads')
    .values({ ...t, kids_count: 0, first_seen_at: now, last_crawled_at: null })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ title: t.title, time: t.time, author: t.author, month: t.month, kind: t.kind }),
    )
    .execute();
}
