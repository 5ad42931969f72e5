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
    const stored = async () =>
      Number(
        (await victim.db.kysely.selectFrom('postings').select(victim.db.kysely.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      );
    for (let i = 0; i < 4; i++) {
      const before = await stored();
      const { child, done } = startCrawl(env);
      let exited = false;
      void done.then(() => {
        exited = true;
      });
      // Kill once this run has stored something of its own, plus a random moment: a fixed delay
      // after spawning landed before the first write when the machine was busy (start-up alone
      // can take seconds under load), so the kills proved nothing.
      const deadline = Date.now() + 60_000;
      while (!exited && (await stored()) <= before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      child.kill('SIGKILL');
      await done;
      counts.push(await stored());
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
