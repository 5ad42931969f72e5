import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClassifier } from '../../src/core/classifier.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { unclassifiedPostings } from '../../src/core/db/classifications.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const MAY = 47975571;

describe('postings a killed crawl stored but never classified', () => {
  let replay: HnReplay;
  let t: TestDb;
  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
  });
  afterAll(async () => {
    await t?.cleanup();
    await replay?.close();
  });

  it('are classified by the next crawl, which finds nothing new on HN', async () => {
    // Stored, never classified: what a crawl killed before its thread's classification leaves.
    await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { classifier: null });
    const left = await unclassifiedPostings(t.db, defaultClassifier.version, [MAY]);
    expect(left.length).toBeGreaterThan(100);
    const report = await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY });
    expect(report.status).toBe('ok');
    expect(await unclassifiedPostings(t.db, defaultClassifier.version, [MAY])).toEqual([]);
    const classified = await t.db.kysely.selectFrom('classifications').select((eb) => eb.fn.countAll().as('n')).where('classifier_version', '=', defaultClassifier.version).executeTakeFirstOrThrow();
    expect(Number(classified.n)).toBe(left.length);
  });
});
