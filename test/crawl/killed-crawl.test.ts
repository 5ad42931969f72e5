import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import { defaultClassifier } from '../../src/core/classifier.ts';
import { commandContext } from '../../src/core/context.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { unclassifiedPostings } from '../../src/core/db/classifications.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const MAY = 47975571;
const SUBSCRIBED_AT = Date.UTC(2026, 4, 3, 11); // when the 2026-05-03 snapshot was recorded

/**
 * What a crawl killed between storing postings and finishing with them leaves behind (they are
 * stored, so the next crawl sees them unchanged): picked up by the next crawl all the same.
 */
describe('the next crawl after one that was killed', () => {
  let replay: HnReplay;
  const dbs: TestDb[] = [];
  const freshDb = async () => {
    const t = await openTestDb('sqlite');
    dbs.push(t);
    return t.db;
  };
  beforeAll(async () => {
    replay = await startHnReplay();
  });
  afterAll(async () => {
    for (const t of dbs) await t.cleanup();
    await replay?.close();
  });

  it('classifies the postings it stored, though HN has nothing new', async () => {
    const db = await freshDb();
    replay.useSnapshot(MAY, 'final');
    // Stored, never classified: what a crawl killed before its thread's classification leaves.
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { classifier: null });
    const left = await unclassifiedPostings(db, defaultClassifier.version, [MAY]);
    expect(left.length).toBeGreaterThan(100);
    const report = await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY });
    expect(report.status).toBe('ok');
    expect(await unclassifiedPostings(db, defaultClassifier.version, [MAY])).toEqual([]);
    const classified = await db.kysely.selectFrom('classifications').select((eb) => eb.fn.countAll().as('n')).where('classifier_version', '=', defaultClassifier.version).executeTakeFirstOrThrow();
    expect(Number(classified.n)).toBe(left.length);
  });

  it('matches its postings against the alerts, once', async () => {
    const db = await freshDb();
    replay.useSnapshot(MAY, '2026-05-03');
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => SUBSCRIBED_AT });
    const ctx = { ...(await commandContext(db, { nowMs: SUBSCRIBED_AT })), userKey: 'discord:444', place: { platform: 'discord' as const, workspaceId: 'G1', channelId: '100' }, isAdmin: false };
    expect((await runCommand('subscribe', { skill: 'python or typescript' }, ctx)).kind).toBe('ok');

    // The crawl that stores the new postings dies before classifying and matching them.
    replay.useSnapshot(MAY, 'final');
    const died = Date.UTC(2026, 4, 5, 21);
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => died, classifier: null });
    expect(await db.kysely.selectFrom('alert_matches').selectAll().execute()).toHaveLength(0);

    // The next crawl finds nothing new on HN, and still matches what the dead one left.
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => died + 3_600_000 });
    const matched = await db.kysely.selectFrom('alert_matches').selectAll().execute();
    expect(matched.length).toBeGreaterThan(0);
    expect(await db.kysely.selectFrom('outbox').selectAll().where('kind', '=', 'alert').execute()).toHaveLength(1);

    // And the one after: nothing twice.
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => died + 7_200_000 });
    expect(await db.kysely.selectFrom('alert_matches').selectAll().execute()).toHaveLength(matched.length);
    expect(await db.kysely.selectFrom('outbox').selectAll().where('kind', '=', 'alert').execute()).toHaveLength(1);
  });
});
