import { createHash } from 'node:crypto';
import type { HnItem } from '../hn/item.ts';
import type { Db } from './connect.ts';
import type { Selectable, Transaction } from 'kysely';
import type { Database, PostingStatus, PostingsTable } from './schema.ts';

/** What we keep of a posting, derived from one fetch of its item. */
export interface PostingState {
  id: number;
  threadId: number;
  parentId: number | null;
  author: string | null;
  time: number | null;
  text: string | null;
  status: PostingStatus;
}

export function stateFromItem(item: HnItem, threadId: number): PostingState {
  const parentId = item.parent ?? null;
  let status: PostingStatus = 'live';
  // A kid whose parent is another story was moved by HN: it is no longer this thread's posting.
  if (parentId !== null && parentId !== threadId) status = 'removed';
  else if (item.deleted) status = 'deleted';
  else if (item.dead) status = 'dead';
  return {
    id: item.id,
    threadId,
    parentId,
    author: withoutNul(item.by),
    time: item.time ?? null,
    text: withoutNul(item.text),
    status,
  };
}

/**
 * The text without NUL characters: PostgreSQL's text cannot hold one (the posting failed to store
 * on every crawl), and SQLite keeps the same text as PostgreSQL so both count alike. HN's HTML
 * never means one.
 */
function withoutNul(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s.includes('\u0000') ? s.replaceAll('\u0000', '') : s;
}

/** Hash of everything HN can change about a posting; equal hash means nothing to store. */
export function contentHash(s: Omit<PostingState, 'id' | 'threadId'>): string {
  return createHash('sha256')
    .update(JSON.stringify([s.status, s.parentId, s.author, s.time, s.text]))
    .digest('hex')
    .slice(0, 32);
}

type Tx = Transaction<Database>;

/** Copies a posting's current state to posting_versions before it is overwritten. */
async function archiveVersion(tx: Tx, prev: Selectable<PostingsTable>, nowMs: number): Promise<void> {
  await tx
    .insertInto('posting_versions')
    .values({
      posting_id: prev.id,
      author: prev.author,
      time: prev.time,
      text: prev.text,
      status: prev.status,
      parent_id: prev.parent_id,
      content_hash: prev.content_hash,
      replaced_at: nowMs,
    })
    .execute();
}

export type ApplyOutcome = 'added' | 'changed' | 'unchanged';

/**
 * Stores one fetched posting atomically. An unchanged posting's row is not written (only its
 * sighting); a changed one has its previous state copied to posting_versions first, so no
 * earlier text is ever lost. Idempotent: applying the same state twice changes nothing.
 */
export async function applyPosting(db: Db, next: PostingState, nowMs: number): Promise<ApplyOutcome> {
  const hash = contentHash(next);
  return db.kysely.transaction().execute(async (tx) => {
    const prev = await tx.selectFrom('postings').selectAll().where('id', '=', next.id).executeTakeFirst();
    let outcome: ApplyOutcome;
    if (!prev) {
      await tx
        .insertInto('postings')
        .values({
          id: next.id,
          thread_id: next.threadId,
          parent_id: next.parentId,
          author: next.author,
          time: next.time,
          text: next.text,
          status: next.status,
          content_hash: hash,
          first_seen_at: nowMs,
          last_changed_at: nowMs,
          removed_at: next.status === 'removed' ? nowMs : null,
        })
        .execute();
      outcome = 'added';
    } else if (prev.content_hash !== hash || prev.thread_id !== next.threadId) {
      await archiveVersion(tx, prev, nowMs);
      await tx
        .updateTable('postings')
        .set({
          thread_id: next.threadId,
          parent_id: next.parentId,
          author: next.author,
          time: next.time,
          // A deleted item has no text: the last text survives in posting_versions.
          text: next.text,
          status: next.status,
          content_hash: hash,
          last_changed_at: nowMs,
          removed_at: next.status === 'removed' ? (prev.removed_at ?? nowMs) : null,
        })
        .where('id', '=', next.id)
        .execute();
      outcome = 'changed';
    } else {
      outcome = 'unchanged';
    }
    await tx
      .insertInto('posting_sightings')
      .values({ posting_id: next.id, last_seen_at: nowMs, last_fetched_at: nowMs })
      .onConflict((oc) => oc.column('posting_id').doUpdateSet({ last_seen_at: nowMs, last_fetched_at: nowMs }))
      .execute();
    return outcome;
  });
}

/** Marks a stored posting as gone from its thread's kids (HN removed or moved it). */
export async function markRemoved(db: Db, postingId: number, nowMs: number, threadId?: number): Promise<boolean> {
  return db.kysely.transaction().execute(async (tx) => {
    const prev = await tx.selectFrom('postings').selectAll().where('id', '=', postingId).executeTakeFirst();
    if (!prev || prev.status === 'removed') return false;
    // A comment HN moved to another thread, stored there by that thread's crawl meanwhile: it left
    // this thread, it was not removed (it showed as removed until the next run).
    if (threadId !== undefined && prev.thread_id !== threadId) return false;
    await archiveVersion(tx, prev, nowMs);
    const hash = contentHash({
      status: 'removed',
      parentId: prev.parent_id,
      author: prev.author,
      time: prev.time,
      text: prev.text,
    });
    await tx
      .updateTable('postings')
      .set({ status: 'removed', content_hash: hash, last_changed_at: nowMs, removed_at: nowMs })
      .where('id', '=', postingId)
      .execute();
    return true;
  });
}

export interface KnownPosting {
  id: number;
  status: PostingStatus;
  time: number | null;
  lastFetchedAt: number | null;
}

export async function knownPostingsOfThread(db: Db, threadId: number): Promise<Map<number, KnownPosting>> {
  const rows = await db.kysely
    .selectFrom('postings')
    .leftJoin('posting_sightings', 'posting_sightings.posting_id', 'postings.id')
    .select(['postings.id', 'postings.status', 'postings.time', 'posting_sightings.last_fetched_at'])
    .where('postings.thread_id', '=', threadId)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, status: r.status, time: r.time, lastFetchedAt: r.last_fetched_at ?? null }]),
  );
}

/** Records that the ids were still listed among their story's kids, without refetching them. */
export async function touchSightings(db: Db, ids: readonly number[], nowMs: number): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db.kysely.updateTable('posting_sightings').set({ last_seen_at: nowMs }).where('posting_id', 'in', chunk).execute();
  }
}
