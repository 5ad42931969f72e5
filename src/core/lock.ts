import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from './db/connect.ts';

/** Arbitrary but fixed: the advisory-lock key of "the crawl" in a shared PostgreSQL database. */
const CRAWL_LOCK_KEY = 4_242_001;

/**
 * Runs `fn` only if no other process holds the crawl lock. On PostgreSQL this is a session
 * advisory lock held on one pooled connection for the whole crawl: if the process dies, its
 * connection closes and the lock is released. A SQLite file serves one host: the lock is a file
 * beside it holding the crawling process's id (see withFileLock). Resolves to null when another
 * process is crawling.
 */
export async function withCrawlLock<T>(db: Db, fn: () => Promise<T>): Promise<T | null> {
  if (db.dialect !== 'postgres') return db.file ? withFileLock(`${db.file}.crawl-lock`, fn) : fn();
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

/**
 * `fn` while holding the lock file `path` (created exclusively, holding this process's id), or
 * null when a live process holds it. Two crawls of one SQLite file at once (the bot's schedule
 * and a `crawl --all` from a terminal) fought over its write lock: hundreds of items failed with
 * "database is locked". A lock left by a process that died (its id no longer runs) is taken over.
 */
async function withFileLock<T>(path: string, fn: () => Promise<T>): Promise<T | null> {
  const mine = String(process.pid);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // Another process took it over between our removing a dead one's and creating ours.
      if (attempt > 0) return null;
      const holder = Number(readFileOr(path));
      if (Number.isInteger(holder) && holder > 0 && processAlive(holder) && !stale(path)) return null;
      rmSync(path, { force: true });
    }
  }
  try {
    return await fn();
  } finally {
    if (readFileOr(path) === mine) rmSync(path, { force: true });
  }
}

/** A crawl of every thread takes minutes: a lock this old is a dead process's whose id runs again. */
const STALE_MS = 6 * 3_600_000;

function stale(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_MS;
  } catch {
    return true;
  }
}

function readFileOr(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Whether a process with this id runs on this host (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
