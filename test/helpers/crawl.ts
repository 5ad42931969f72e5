import type { Logger } from 'pino';
import pino from 'pino';
import type { AppContext } from '../../src/core/app.ts';
import { parseConfig } from '../../src/core/config.ts';
import type { Db } from '../../src/core/db/connect.ts';
import { HnClient, type HnClientOptions } from '../../src/core/hn/client.ts';

export const silentLog: Logger = pino({ level: 'silent' });

/** A client tuned for tests: short backoff so retries don't slow the suite down. */
export function testClient(baseUrl: string, over: Partial<HnClientOptions> = {}): HnClient {
  return new HnClient({ baseUrl, concurrency: 16, timeoutMs: 5_000, retries: 8, backoffMs: 5, maxBackoffMs: 50, ...over });
}

export function testApp(db: Db, hn: HnClient, env: Record<string, string> = {}): Pick<AppContext, 'db' | 'hn' | 'log' | 'config'> {
  return { db, hn, log: silentLog, config: parseConfig(env) };
}

/** Everything HN-derived that a crawl stores, in a stable order: equal means same state. */
export async function postingState(db: Db) {
  const postings = await db.kysely
    .selectFrom('postings')
    .select(['id', 'thread_id', 'parent_id', 'author', 'time', 'text', 'status', 'content_hash'])
    .orderBy('id')
    .execute();
  const versions = await db.kysely
    .selectFrom('posting_versions')
    .select(['posting_id', 'text', 'status', 'content_hash'])
    .orderBy('posting_id')
    .orderBy('id')
    .execute();
  const threads = await db.kysely.selectFrom('threads').select(['id', 'month', 'title', 'kind', 'kids_count']).orderBy('id').execute();
  return { postings, versions, threads };
}
