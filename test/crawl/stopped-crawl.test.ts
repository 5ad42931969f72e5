import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClassifier } from '../../src/core/classifier.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { unclassifiedPostings } from '../../src/core/db/classifications.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const MAY = 47975571;

/**
 * A service stopping mid-crawl (SIGTERM during a first backfill) stops its HN client: what was
 * read is kept, nothing is judged from what was not, and the next run finishes the job.
 */
describe('a crawl whose client is stopped part-way', () => {
  let replay: HnReplay;
  let t: TestDb;
  beforeAll(async () => {
    replay = await startHnReplay({ latencyMs: 5 });
    replay.useSnapshot(MAY, 'final');
    t = await openTestDb('sqlite');
  });
  afterAll(async () => {
    await t?.cleanup();
    await replay?.close();
  });

  it('ends soon, partial, keeps and classifies what it stored, and leaves the thread unread', async () => {
    const db = t.db;
    const hn = testClient(replay.baseUrl, { concurrency: 4 });
    let stopAt = 0;
    const report = await runCrawl(testApp(db, hn), { kind: 'thread', id: MAY }, {
      onProgress: (p) => {
        if (p.itemsDone >= 40 && !hn.stopped) {
          stopAt = hn.stats.requests;
          hn.stop();
        }
      },
    });
    const kids = report.threads[0]!.kids;
    expect(kids).toBeGreaterThan(200);
    // Only the requests already in flight went out after the stop: the rest were never sent.
    expect(hn.stats.requests - stopAt).toBeLessThanOrEqual(4);
    expect(report.status).toBe('partial');
    expect(report.errorMessages[0]).toMatch(/^stopped before the end \(the service is shutting down\): 0 threads and \d+ comments left for the next run$/);
    expect(report.errorMessages).toHaveLength(1); // no error per comment not fetched
    expect(report.threads[0]!.stopped).toBeGreaterThan(kids - 60);
    const stored = await db.kysely.selectFrom('postings').select(['id', 'status']).execute();
    expect(stored.length).toBeGreaterThanOrEqual(40);
    expect(stored.length).toBeLessThan(60);
    expect(stored.filter((p) => p.status === 'removed')).toEqual([]);
    expect(await unclassifiedPostings(db, defaultClassifier.version, [MAY])).toEqual([]);
    const thread = await db.kysely.selectFrom('threads').select('last_crawled_at').where('id', '=', MAY).executeTakeFirstOrThrow();
    expect(thread.last_crawled_at).toBeNull();
    const run = await db.kysely.selectFrom('crawl_runs').select(['status', 'finished_at']).where('id', '=', report.runId).executeTakeFirstOrThrow();
    expect(run.status).toBe('partial');
    expect(run.finished_at).not.toBeNull();
  });

  it('is finished by the next run, with every posting stored once', async () => {
    const db = t.db;
    const report = await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY });
    expect(report.status).toBe('ok');
    const live = await db.kysely.selectFrom('postings').select('id').where('thread_id', '=', MAY).execute();
    expect(live.length).toBe(report.threads[0]!.kids);
    const thread = await db.kysely.selectFrom('threads').select('last_crawled_at').where('id', '=', MAY).executeTakeFirstOrThrow();
    expect(thread.last_crawled_at).not.toBeNull();
  });

  it('a stopped client refuses at once, even a request waiting out a backoff', async () => {
    replay.setFaults({ http5xx: 1 });
    try {
      const hn = testClient(replay.baseUrl, { retries: 5, backoffMs: 60_000, maxBackoffMs: 60_000 });
      const asked = hn.getItem(MAY).then(
        () => 'answered',
        (err: Error) => err.name,
      );
      await new Promise((r) => setTimeout(r, 100));
      hn.stop();
      expect(await asked).toBe('CrawlStoppedError');
    } finally {
      replay.setFaults({});
    }
  });
});
