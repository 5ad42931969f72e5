import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawl } from '../../src/core/crawler.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { postingState, testApp, testClient } from '../helpers/crawl.ts';

const BIN = fileURLToPath(new URL('../../bin/hiring-radar.js', import.meta.url));
const SINCE = '2026-01';

function startCrawl(env: Record<string, string>): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, 'crawl', '--since', SINCE], {
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) process.stderr.write(stderr);
      resolve(code);
    }),
  );
  return { child, done };
}

describe('a crawl killed with SIGKILL at random points', () => {
  let replay: HnReplay;
  let reference: TestDb;
  let victim: TestDb;

  beforeAll(async () => {
    // Latency stretches the crawl to a few seconds so the kills land mid-way.
    replay = await startHnReplay({ latencyMs: 15 });
    reference = await openTestDb('sqlite');
    victim = await openTestDb('sqlite');
    const r = await runCrawl(testApp(reference.db, testClient(replay.baseUrl)), { kind: 'since', month: SINCE });
    expect(r.status).toBe('ok');
  });
  afterAll(async () => {
    await reference?.cleanup();
    await victim?.cleanup();
    await replay?.close();
  });

  it('converges to exactly the uninterrupted state', async () => {
    const env = { DATABASE_URL: victim.url, HN_API_URL: replay.baseUrl, CRAWL_CONCURRENCY: '8' };
    const counts: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { child, done } = startCrawl(env);
      // tsx needs about a second to start; kill somewhere in the crawl after that.
      await new Promise((r) => setTimeout(r, 1200 + Math.random() * 1500));
      child.kill('SIGKILL');
      await done;
      const n = await victim.db.kysely.selectFrom('postings').select(victim.db.kysely.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      counts.push(Number(n.n));
    }
    const { done } = startCrawl(env);
    expect(await done).toBe(0);
    expect(await postingState(victim.db)).toEqual(await postingState(reference.db));
    // The kills did land mid-crawl: some runs were cut short and recorded as interrupted.
    const runs = await victim.db.kysely.selectFrom('crawl_runs').select('status').execute();
    expect(runs.filter((r) => r.status === 'interrupted').length).toBeGreaterThan(0);
    expect(counts.some((n) => n > 0)).toBe(true);
  }, 120_000);
});
