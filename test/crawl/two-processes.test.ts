import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { withCrawlLock } from '../../src/core/lock.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { DIALECTS, openTestDb, type TestDb } from '../helpers/db.ts';

const BIN = fileURLToPath(new URL('../../bin/hiring-radar.js', import.meta.url));

describe.each(DIALECTS)('two processes sharing one database on %s', (dialect) => {
  let replay: HnReplay;
  let t: TestDb;
  beforeAll(async () => {
    // Latency makes the crawl last long enough for the two to overlap.
    replay = await startHnReplay({ latencyMs: 100 });
    t = await openTestDb(dialect);
  });
  afterAll(async () => {
    await t?.cleanup();
    await replay?.close();
  });

  function crawl(): Promise<{ code: number | null; out: string }> {
    const child = spawn(process.execPath, [BIN, 'crawl', '--thread', '47601859'], {
      env: { ...process.env, DATABASE_URL: dialect === 'postgres' ? `${t.url}?schema=${t.pgSchema}` : t.url, HN_API_URL: replay.baseUrl, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
  }

  it('exactly one of them crawls at a time (an advisory lock, a lock file beside a SQLite file)', async () => {
    // Both start together; the migration of the fresh schema is done first by the test helper.
    const [a, b] = await Promise.all([crawl(), crawl()]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const outs = [a.out, b.out];
    expect(outs.filter((o) => o.startsWith('crawl ok')).length, outs.join('|')).toBe(1);
    expect(outs.filter((o) => o.startsWith('crawl skipped')).length).toBe(1);
    const runs = await t.db.kysely.selectFrom('crawl_runs').select('status').execute();
    expect(runs.map((r) => r.status)).toEqual(['ok']);
    // The lock is released: the next crawl runs.
    expect((await crawl()).out).toMatch(/^crawl ok/);
  }, 120_000);
});

describe('the lock file of a SQLite crawl', () => {
  it('is taken over from a process that died, and let go afterwards', async () => {
    const t = await openTestDb('sqlite');
    try {
      const lock = `${t.db.file}.crawl-lock`;
      // An id no process has (above Linux's largest): a crawl killed with SIGKILL left it.
      writeFileSync(lock, '99999999');
      expect(await withCrawlLock(t.db, async () => existsSync(lock))).toBe(true);
      expect(existsSync(lock)).toBe(false);
      // One this process holds: the second crawl is skipped, as from another process.
      expect(await withCrawlLock(t.db, () => withCrawlLock(t.db, async () => 'inner'))).toBeNull();
    } finally {
      await t.cleanup();
    }
  });
});
