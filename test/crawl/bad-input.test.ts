import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCrawl } from '../../src/core/crawler.ts';
import { DatabaseOpenError, openDb } from '../../src/core/db/connect.ts';
import { ThreadNotFoundError } from '../../src/core/hn/crawl.ts';
import { DiscoveryError } from '../../src/core/hn/discover.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { postingState, testApp, testClient } from '../helpers/crawl.ts';

const APRIL = 47601859;

describe('bad input never damages stored data', () => {
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

  it('a corrupt item is reported and leaves its stored version alone', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl, { retries: 2 }));
    await runCrawl(app, { kind: 'thread', id: APRIL });
    const before = await postingState(t.db);
    const victim = before.postings[10]!.id;
    replay.setRaw(victim, '{"id": "not a number", "text": 42');
    replay.setItem(before.postings[11]!.id, { id: 1, type: 'comment', text: 'wrong id' });
    const report = await runCrawl(app, { kind: 'thread', id: APRIL }, { full: true });
    expect(report.status).toBe('partial');
    expect(report.errors).toBe(2);
    expect(report.errorMessages.join('\n')).toContain(String(victim));
    expect(await postingState(t.db)).toEqual(before);
  });

  it('an item HN answers null for is not stored and not counted as removed', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    const kid = 47601859 + 0; // the story itself stays; pick a kid below
    const first = await runCrawl(app, { kind: 'thread', id: kid });
    const ids = (await postingState(t.db)).postings.map((p) => p.id);
    const t2 = await openTestDb('sqlite');
    try {
      replay.setItem(ids[0]!, null);
      const r = await runCrawl(testApp(t2.db, testClient(replay.baseUrl)), { kind: 'thread', id: kid });
      expect(r.unavailable).toBe(1);
      expect((await postingState(t2.db)).postings).toHaveLength(first.added - 1);
      // Next run, once HN serves it, it is fetched: nothing was lost.
      replay.clearOverrides();
      const r2 = await runCrawl(testApp(t2.db, testClient(replay.baseUrl)), { kind: 'thread', id: kid });
      expect(r2.added).toBe(1);
    } finally {
      await t2.cleanup();
    }
  });

  it('a kid moved to another story is recorded as removed from the thread', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    await runCrawl(app, { kind: 'thread', id: APRIL });
    const { postings } = await postingState(t.db);
    const moved = postings[0]!;
    replay.setItem(moved.id, { id: moved.id, by: moved.author, parent: 47601858, text: moved.text, time: moved.time, type: 'comment' });
    await runCrawl(app, { kind: 'thread', id: APRIL }, { full: true });
    const row = await t.db.kysely.selectFrom('postings').selectAll().where('id', '=', moved.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'removed', parent_id: 47601858, text: moved.text });
  });

  it('a story sent without its list of comments marks nothing removed; items that are no comments are not stored', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    await runCrawl(app, { kind: 'thread', id: APRIL });
    const before = await postingState(t.db);
    const story = await (await fetch(`${replay.baseUrl}/item/${APRIL}.json`)).json() as Record<string, unknown>;
    const { kids, ...withoutKids } = story;
    replay.setItem(APRIL, withoutKids);
    const r = await runCrawl(app, { kind: 'thread', id: APRIL }, { full: true });
    expect(r.removed).toBe(0);
    expect(r.errorMessages.join('\n')).toMatch(/without its list of comments; nothing marked removed/);
    expect(await postingState(t.db)).toEqual(before);

    // The list back, with a story and a job where two comments were.
    replay.setItem(APRIL, story);
    const [a, b] = before.postings.map((p) => p.id);
    replay.setItem(a!, { id: a, type: 'story', title: 'Show HN: x', by: 'x', time: 1 });
    replay.setItem(b!, { id: b, type: 'job', title: 'Acme is hiring', by: 'x', time: 1 });
    const r2 = await runCrawl(app, { kind: 'thread', id: APRIL }, { full: true });
    expect(r2.errorMessages.join('\n')).toContain(`item ${a}: a story, not a comment; not stored`);
    expect(r2.errorMessages.join('\n')).toContain(`item ${b}: a job, not a comment; not stored`);
    expect(await postingState(t.db)).toEqual(before);
    expect(kids).toBeDefined();
  });

  it('an unknown thread id or a non-hiring story gets a clear error', async () => {
    const app = testApp(t.db, testClient(replay.baseUrl));
    await expect(runCrawl(app, { kind: 'thread', id: 999_999_999 })).rejects.toThrow(ThreadNotFoundError);
    await expect(runCrawl(app, { kind: 'thread', id: 2391828 })).rejects.toThrow(/not a "Who is hiring\?" thread.*EXTRA_THREAD_IDS/);
    const comment = (await postingState(t.db)).postings[0];
    expect(comment).toBeUndefined();
  });

  it('an unreachable API gets a clear error', async () => {
    const hn = testClient('http://127.0.0.1:9/v0', { retries: 1, timeoutMs: 500 });
    await expect(runCrawl(testApp(t.db, hn), { kind: 'latest' })).rejects.toThrow(DiscoveryError);
    await expect(runCrawl(testApp(t.db, hn), { kind: 'latest' })).rejects.toThrow(/Cannot read the HN user "whoishiring"/);
  });

  it('a PostgreSQL server that accepts the connection and never answers gets a clear error, not a hang', async () => {
    const { createServer } = await import('node:net');
    const sockets = new Set<import('node:net').Socket>();
    const silent = createServer((s) => sockets.add(s)); // accepts, never speaks
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as import('node:net').AddressInfo).port;
    try {
      const opened = openDb(`postgres://u:secret-pw@127.0.0.1:${port}/x`, { connectTimeoutMs: 300 });
      await expect(opened).rejects.toThrow(DatabaseOpenError);
      await expect(opened).rejects.toThrow(new RegExp(`^Cannot connect to PostgreSQL at postgres://u:\\*+@127\\.0\\.0\\.1:${port}/x: .*timeout`, 'i'));
      await expect(opened).rejects.not.toThrow(/secret-pw/);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });

  it('an unwritable database path gets a clear error', async () => {
    // A path below a regular file cannot be created by anyone, root included.
    await expect(openDb('sqlite:/dev/null/hiring-radar.db')).rejects.toThrow(DatabaseOpenError);
    await expect(openDb('sqlite:/dev/null/hiring-radar.db')).rejects.toThrow(/Cannot open SQLite database at \/dev\/null/);
  });
});
