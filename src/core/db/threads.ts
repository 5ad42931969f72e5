import { sql } from 'kysely';
import type { Db } from './connect.ts';
import type { ThreadKind } from './schema.ts';

export interface ThreadSummary {
  id: number;
  month: string;
  title: string;
  time: number | null;
  kind: ThreadKind;
  postings: { live: number; dead: number; deleted: number; removed: number };
  lastCrawledAt: number | null;
}

/** Every stored thread with its postings counted by status, oldest month first. */
export async function listThreads(db: Db): Promise<ThreadSummary[]> {
  const k = db.kysely;
  const threads = await k.selectFrom('threads').selectAll().orderBy('month').orderBy('id').execute();
  const counts = await k
    .selectFrom('postings')
    .select(['thread_id', 'status', sql<number>`count(*)`.as('n')])
    .groupBy(['thread_id', 'status'])
    .execute();
  const byThread = new Map<number, ThreadSummary['postings']>();
  for (const c of counts) {
    const entry = byThread.get(c.thread_id) ?? { live: 0, dead: 0, deleted: 0, removed: 0 };
    entry[c.status] = Number(c.n);
    byThread.set(c.thread_id, entry);
  }
  return threads.map((t) => ({
    id: t.id,
    month: t.month,
    title: t.title,
    time: t.time,
    kind: t.kind,
    postings: byThread.get(t.id) ?? { live: 0, dead: 0, deleted: 0, removed: 0 },
    lastCrawledAt: t.last_crawled_at,
  }));
}
