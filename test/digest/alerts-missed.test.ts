import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import { commandContext } from '../../src/core/context.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { reclassifyAll } from '../../src/core/db/classifications.ts';
import { defaultClassifier } from '../../src/core/classifier.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const MAY = 47975571;
const SUBSCRIBED_AT = Date.UTC(2026, 4, 3, 11); // when the 2026-05-03 snapshot was recorded

describe('alerts of postings a crawl stored but died before matching', () => {
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

  it('are matched by the next crawl, once', async () => {
    const db = t.db;
    replay.useSnapshot(MAY, '2026-05-03');
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => SUBSCRIBED_AT });
    const ctx = { ...(await commandContext(db, { nowMs: SUBSCRIBED_AT })), userKey: 'discord:444', place: { platform: 'discord' as const, workspaceId: 'G1', channelId: '100' }, isAdmin: false };
    expect((await runCommand('subscribe', { skill: 'python or typescript' }, ctx)).kind).toBe('ok');

    // The crawl that stores the new postings dies before matching: stored and classified
    // (classification runs as they are stored), never matched.
    replay.useSnapshot(MAY, 'final');
    const died = Date.UTC(2026, 4, 5, 21);
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => died, classifier: null });
    await reclassifyAll(db, defaultClassifier);
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
