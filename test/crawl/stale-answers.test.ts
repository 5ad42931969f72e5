import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCrawl } from '../../src/core/crawler.ts';
import { discoverThreads } from '../../src/core/hn/discover.ts';
import { lastCrawl } from '../../src/core/insights/data.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const APRIL = 47601859;
const MAY = 47975571;
const DAY3 = Date.UTC(2026, 4, 3, 12);

/** HN answers that are stale, broken or mostly failing: what is stored must not take them at their word. */
describe('answers a crawl must not believe', () => {
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

  const live = async (thread: number) =>
    (await t.db.kysely.selectFrom('postings').select('id').where('thread_id', '=', thread).where('status', '=', 'live').execute()).length;
  const crawledAt = async (thread: number) => (await t.db.kysely.selectFrom('threads').select('last_crawled_at').where('id', '=', thread).executeTakeFirst())?.last_crawled_at;

  it('a posting left out of the list of comments is asked of HN: kept while it still names the thread, else removed, dead or moved', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    expect((await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3 })).status).toBe('ok');
    const held = await live(MAY);
    const story = (await (await fetch(`${replay.baseUrl}/item/${MAY}.json`)).json()) as { kids: number[] } & Record<string, unknown>;
    // A stale copy of the story, without its 40 newest comments; then one with none at all.
    replay.setItem(MAY, { ...story, kids: story.kids.slice(0, -40) });
    const stale = await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3 + 3_600_000 });
    expect(stale).toMatchObject({ status: 'ok', removed: 0 });
    expect(stale.threads[0]?.stale).toBe(40);
    replay.setItem(MAY, { ...story, kids: [] });
    expect((await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3 + 7_200_000 })).removed).toBe(0);
    expect(await live(MAY)).toBe(held);
    // Nor is its count taken: it decides which of a month's two threads stands for the month.
    expect((await t.db.kysely.selectFrom('threads').select('kids_count').where('id', '=', MAY).executeTakeFirstOrThrow()).kids_count).toBe(story.kids.length);
    // Sixty comments really leave at once (moved to a story we do not keep, or gone from HN), one is
    // killed: all are recorded so, however many.
    const [killed, ...leaving] = story.kids.slice(0, 61) as [number, ...number[]];
    for (const [k, id] of leaving.entries()) {
      const item = (await (await fetch(`${replay.baseUrl}/item/${id}.json`)).json()) as Record<string, unknown>;
      if (k % 2) replay.setItem(id, { ...item, parent: 1 });
      else replay.setRaw(id, 'null');
    }
    const killedItem = (await (await fetch(`${replay.baseUrl}/item/${killed}.json`)).json()) as Record<string, unknown>;
    replay.setItem(killed, { ...killedItem, dead: true });
    replay.setItem(MAY, { ...story, kids: story.kids.slice(61) });
    const real = await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3 + 10_800_000 });
    expect(real).toMatchObject({ status: 'ok', removed: 60 });
    expect(await live(MAY)).toBe(held - 61);
    expect((await t.db.kysely.selectFrom('postings').select('status').where('id', '=', killed).executeTakeFirstOrThrow()).status).toBe('dead');
    expect(await crawledAt(MAY)).toBe(DAY3 + 10_800_000);
  });

  it('a thread whose comments mostly fail is stored as far as it goes, not marked crawled; the freshness shown stays', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3 });
    const shown = await lastCrawl(t.db);
    expect(shown).toBe(DAY3);
    await replay.close();
    // Every comment answers 503; the story and the user lists answer.
    replay = await startHnReplay({ faults: { http5xx: 1 }, faultFilter: (path) => path.startsWith('/v0/item/') && path !== `/v0/item/${MAY}.json` });
    const failing = testApp(t.db, testClient(replay.baseUrl, { retries: 0 }));
    const r = await runCrawl(failing, { kind: 'latest' }, { now: () => DAY3 + 86_400_000 });
    expect(r.status).toBe('partial');
    expect(r.errors).toBeGreaterThan(200);
    expect(await crawledAt(MAY)).toBe(DAY3);
    expect(await lastCrawl(t.db)).toBe(shown);
    expect(await live(MAY)).toBeGreaterThan(280);
  });

  it('HN failing to answer for the poster accounts does not stop the threads already known from being read', async () => {
    await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => DAY3 });
    await replay.close();
    replay = await startHnReplay({ faults: { http5xx: 1 }, faultFilter: (path) => path.startsWith('/v0/user/') });
    const r = await runCrawl(testApp(t.db, testClient(replay.baseUrl, { retries: 0 })), { kind: 'latest' }, { now: () => DAY3 + 86_400_000 });
    expect(r.status).toBe('partial');
    expect(r.errorMessages[0]).toMatch(/Cannot read the HN user "whoishiring"/);
    expect(r.threads.map((x) => x.threadId)).toEqual([MAY]);
    expect(await crawledAt(MAY)).toBe(DAY3 + 86_400_000);
    const run = await t.db.kysely.selectFrom('crawl_runs').select(['status', 'error_messages']).where('id', '=', r.runId).executeTakeFirstOrThrow();
    expect(run.status).toBe('partial');
    expect(run.error_messages).toContain('whoishiring');
  });

  it('a title corrected on HN moves the thread to the month it names', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    const story = (await (await fetch(`${replay.baseUrl}/item/${MAY}.json`)).json()) as Record<string, unknown>;
    replay.setItem(MAY, { ...story, title: 'Ask HN: Who is hiring? (April 2026)' });
    await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3 });
    const month = async () => (await t.db.kysely.selectFrom('threads').select('month').where('id', '=', MAY).executeTakeFirstOrThrow()).month;
    expect(await month()).toBe('2026-04');
    replay.setItem(MAY, story);
    await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3 + 3_600_000 });
    expect(await month()).toBe('2026-05');
  });

  it('a story judged not a thread is looked at again in its first days: a corrected title is found', async () => {
    const META = 2391828; // whoishiring's "Ask HN: Should we agree that this account will submit all Who is Hiring posts?"
    const story = (await (await fetch(`${replay.baseUrl}/item/${META}.json`)).json()) as { time: number } & Record<string, unknown>;
    const hn = testClient(replay.baseUrl);
    const at = (days: number) => () => (story.time + days * 86_400) * 1000;
    const isThread = async () => (await t.db.kysely.selectFrom('threads').select('month').where('id', '=', META).executeTakeFirst())?.month;
    await discoverThreads(t.db, hn, { now: at(0.1) });
    expect(await isThread()).toBeUndefined();
    replay.setItem(META, { ...story, title: 'Ask HN: Who is hiring? (April 2011)' });
    await discoverThreads(t.db, hn, { now: at(1) });
    expect(await isThread()).toBe('2011-04');
    // Past its first days, a story is not read again: a routine discovery reads the two accounts.
    const before = hn.stats.requests;
    await discoverThreads(t.db, hn, { now: at(10) });
    expect(hn.stats.requests - before).toBe(2);
  });

  it("a thread's postings are classified before it is marked crawled (a digest due meanwhile waits for them)", async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    const seen: (number | null | undefined)[] = [];
    await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3, onPostingsStored: async () => void seen.push(await crawledAt(MAY)) });
    expect(seen).toEqual([null]);
    expect(await crawledAt(MAY)).toBe(DAY3);
  });

  it('a comment HN moves from one thread to the next is live in the new one after one run, never "removed"', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    await runCrawl(app, { kind: 'thread', id: APRIL }, { now: () => DAY3 });
    await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => DAY3 });
    const april = (await (await fetch(`${replay.baseUrl}/item/${APRIL}.json`)).json()) as { kids: number[] };
    const may = (await (await fetch(`${replay.baseUrl}/item/${MAY}.json`)).json()) as { kids: number[] };
    const moved = april.kids[0] as number;
    const item = (await (await fetch(`${replay.baseUrl}/item/${moved}.json`)).json()) as Record<string, unknown>;
    replay.setItem(APRIL, { ...april, kids: april.kids.slice(1) });
    replay.setItem(MAY, { ...may, kids: [moved, ...may.kids] });
    replay.setItem(moved, { ...item, parent: MAY });
    // Both threads in one run, in either order: the posting ends in May, live, and was never removed.
    await runCrawl(app, { kind: 'since', month: '2026-04' }, { now: () => DAY3 + 3_600_000 });
    const row = await t.db.kysely.selectFrom('postings').select(['thread_id', 'status']).where('id', '=', moved).executeTakeFirstOrThrow();
    expect(row).toEqual({ thread_id: MAY, status: 'live' });
  });
});
