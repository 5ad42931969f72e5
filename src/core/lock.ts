import { sql } from 'kysely';
import type { Db } from './db/connect.ts';

/** Arbitrary but fixed: the advisory-lock key of "the crawl" in a shared PostgreSQL database. */
const CRAWL_LOCK_KEY = 4_242_001;

/**
 * Runs `fn` only if no other process holds the crawl lock. On PostgreSQL this is a session
 * advisory lock held on one pooled connection for the whole crawl: if the process dies, its
 * connection closes and the lock is released. SQLite serves one host, where the scheduler's
 * own no-overlap rule is enough. Resolves to null when another process is crawling.
 */
export async function withCrawlLock<T>(db: Db, fn: () => Promise<T>): Promise<T | null> {
  if (db.dialect !== 'postgres') return fn();
  return db.kysely.connection().execute(async (conn) => {
    const got = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${CRAWL_LOCK_KEY}) as locked`.execute(conn);
    if (!got.rows[0]?.locked) return null;
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(${CRAWL_LOCK_KEY})`.execute(conn);
    }
  });
}
