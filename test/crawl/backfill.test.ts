import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawl } from '../../src/core/crawler.ts';
import { serviceTarget } from '../../src/core/hn/plan.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

// The recording's monthly threads from 2024 on: 2024-09 and 2026-01 to 2026-05.
const NOW = Date.UTC(2026, 4, 20);

describe("the service's crawl on a new database", () => {
  let replay: HnReplay;
  let t: TestDb;
  const crawled = async () =>
    (await t.db.kysely.selectFrom('threads').select('month').where('last_crawled_at', 'is not', null).orderBy('month').execute()).map((r) => r.month);

  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
  });
  afterAll(async () => {
    await t?.cleanup();
    await replay?.close();
  });

  it('works out the first month of the backfill, or none', () => {
    expect(serviceTarget(25, NOW)).toEqual({ kind: 'latest', backfillSince: '2024-05' });
    expect(serviceTarget(1, NOW)).toEqual({ kind: 'latest', backfillSince: '2026-05' });
    expect(serviceTarget(0, NOW)).toEqual({ kind: 'latest' });
  });

  it('fetches the threads of the last BACKFILL_MONTHS months once, then only the latest and young ones', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    const first = await runCrawl(app, serviceTarget(25, NOW), { now: () => NOW });
    expect(first.status).toBe('ok');
    // Enough for /trend's year and /movers' year before, where the latest alone left one month.
    expect(await crawled()).toEqual(['2024-09', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    const next = await runCrawl(app, serviceTarget(25, NOW + 3_600_000), { now: () => NOW + 3_600_000 });
    // The latest thread (and any opened in the last 45 days: none other on May 20): no old thread again.
    const months = new Map((await t.db.kysely.selectFrom('threads').select(['id', 'month']).execute()).map((r) => [r.id, r.month]));
    expect(next.threads.map((r) => months.get(r.threadId))).toEqual(['2026-05']);
  });
});
