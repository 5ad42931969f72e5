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
    expect(serviceTarget(25, NOW)).toEqual({ kind: 'latest', keptSince: '2024-05' });
    expect(serviceTarget(1, NOW)).toEqual({ kind: 'latest', keptSince: '2026-05' });
    expect(serviceTarget(0, NOW)).toEqual({ kind: 'latest' });
  });

  it('fetches the threads of the last BACKFILL_MONTHS months at once, then within the day only the latest and young ones', async () => {
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

  it('reads the kept months again once a day: a posting killed after the thread\'s first 45 days is seen', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    const april = (await t.db.kysely.selectFrom('threads').select('id').where('month', '=', '2026-04').executeTakeFirstOrThrow()).id;
    const victim = (await t.db.kysely.selectFrom('postings').select('id').where('thread_id', '=', april).where('status', '=', 'live').executeTakeFirstOrThrow()).id;
    const item = (await (await fetch(`${replay.baseUrl}/item/${victim}.json`)).json()) as Record<string, unknown>;
    replay.setItem(victim, { ...item, dead: true });
    const dayLater = NOW + 25 * 3_600_000;
    const r = await runCrawl(app, serviceTarget(25, dayLater), { now: () => dayLater });
    const months = new Map((await t.db.kysely.selectFrom('threads').select(['id', 'month']).execute()).map((x) => [x.id, x.month]));
    expect(r.threads.map((x) => months.get(x.threadId)).sort()).toEqual(['2024-09', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect((await t.db.kysely.selectFrom('postings').select('status').where('id', '=', victim).executeTakeFirstOrThrow()).status).toBe('dead');
  });
});
