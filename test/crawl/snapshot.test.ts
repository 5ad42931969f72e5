import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCrawl } from '../../src/core/crawler.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { testApp, testClient } from '../helpers/crawl.ts';

const APRIL = 47601859;
const REMOVED = [47604449, 47617723, 47624109, 47649882, 47665764];
const EDITED = 47733725;
const MAY = 47975571;

describe('a thread that changes between crawls', () => {
  let replay: HnReplay;
  let t: TestDb;
  beforeEach(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
  });
  afterEach(async () => {
    await t.cleanup();
    await replay.close();
  });

  it('April 2026: the 2026-04-17 snapshot then the final state', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    replay.useSnapshot(APRIL, '2026-04-17');
    // The clock of each crawl matches the recordings: day 17, then day 28 of the thread.
    const first = await runCrawl(app, { kind: 'thread', id: APRIL }, { now: () => Date.UTC(2026, 3, 17, 12) });
    expect(first.added).toBe(350);
    const before = await t.db.kysely.selectFrom('postings').select(['id', 'text']).where('id', '=', EDITED).executeTakeFirstOrThrow();

    replay.useSnapshot(APRIL, 'final');
    const second = await runCrawl(app, { kind: 'thread', id: APRIL }, { now: () => Date.UTC(2026, 3, 28, 12) });
    expect(second.status).toBe('ok');
    expect(second.removed).toBe(5);
    expect(second.changed).toBe(1);

    const rows = await t.db.kysely.selectFrom('postings').select(['id', 'status', 'text']).where('thread_id', '=', APRIL).execute();
    expect(rows.filter((r) => r.status === 'live')).toHaveLength(345);
    expect(rows.filter((r) => r.status === 'removed').map((r) => r.id).sort()).toEqual(REMOVED);
    const edited = rows.find((r) => r.id === EDITED)!;
    expect(edited.text).not.toBe(before.text);
    const versions = await t.db.kysely.selectFrom('posting_versions').selectAll().where('posting_id', '=', EDITED).execute();
    expect(versions.map((v) => v.text)).toEqual([before.text]);
    // Removed postings keep their text: nothing stored is lost.
    expect(rows.filter((r) => r.status === 'removed').every((r) => r.text)).toBe(true);
  });

  it('May 2026: added, removed and edited postings are all reflected', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    replay.useSnapshot(MAY, '2026-05-03');
    await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => Date.UTC(2026, 4, 3, 11) });
    replay.useSnapshot(MAY, 'final');
    const second = await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => Date.UTC(2026, 4, 5, 21) });
    expect(second).toMatchObject({ added: 74, removed: 3, changed: 6, status: 'ok' });
    const live = await t.db.kysely.selectFrom('postings').select('id').where('thread_id', '=', MAY).where('status', '=', 'live').execute();
    expect(live).toHaveLength(290);
  });

  it('a second crawl on the same day re-fetches only what the freshness policy asks for', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    // On day 2 every posting is young, so all are re-read; a month later none are.
    await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => Date.UTC(2026, 4, 2) });
    const young = await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => Date.UTC(2026, 4, 2, 1) });
    expect(young.requests).toBe(1 + 290);
    const old = await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => Date.UTC(2026, 5, 30) });
    expect(old.requests).toBe(1 + 290); // last fetched more than a day ago, thread < 90 days old
    const again = await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => Date.UTC(2026, 5, 30, 6) });
    expect(again.requests).toBe(1);
  });
});
