import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawl } from '../../src/core/crawler.ts';
import { listThreads } from '../../src/core/db/threads.ts';
import { discoverThreads } from '../../src/core/hn/discover.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { HN_DIR, loadThreadsJson, readJsonl } from '../helpers/shared.ts';

/** The recording's comments by id, `_` metadata included, to compare stored text byte for byte. */
function recordedComments(storyId: number) {
  const [, ...comments] = readJsonl<{ id: number; text?: string; deleted?: boolean; dead?: boolean; by?: string }>(
    `${HN_DIR}/items/${storyId}.jsonl`,
  );
  return comments;
}

describe.each(['sqlite', 'postgres'] as const)('crawling every recorded thread (%s)', (dialect) => {
  let replay: HnReplay;
  let t: TestDb;
  const threads = loadThreadsJson();

  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb(dialect);
    const hn = testClient(replay.baseUrl);
    const report = await runCrawl(testApp(t.db, hn), { kind: 'all' });
    expect(report.status, report.errorMessages.join('\n')).toBe('ok');
  }, 300_000);
  afterAll(async () => {
    await t?.cleanup();
    await replay?.close();
  });

  it('discovers the 84 monthly threads and the March 2020 special one', async () => {
    const stored = await listThreads(t.db);
    expect(stored.filter((s) => s.kind === 'monthly').map((s) => s.id).sort()).toEqual(threads.map((x) => x.id).sort());
    expect(stored.filter((s) => s.kind === 'special').map((s) => s.id)).toEqual([22665398]);
  });

  it('November 2019 has exactly 647 live, 17 dead and 16 deleted postings', async () => {
    const nov = (await listThreads(t.db)).find((s) => s.id === 21419536);
    expect(nov?.postings).toEqual({ live: 647, dead: 17, deleted: 16, removed: 0 });
  });

  it('every thread has the counts threads.json gives, every text byte-identical', async () => {
    const stored = new Map((await listThreads(t.db)).map((s) => [s.id, s]));
    for (const entry of threads) {
      const s = stored.get(entry.id);
      expect(s?.postings, `thread ${entry.month}`).toEqual({ live: entry.live, dead: entry.dead, deleted: entry.deleted, removed: 0 });
      const rows = await t.db.kysely.selectFrom('postings').select(['id', 'text', 'author']).where('thread_id', '=', entry.id).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const c of recordedComments(entry.id)) {
        const row = byId.get(c.id);
        expect(row, `posting ${c.id}`).toBeDefined();
        expect(row?.text ?? undefined, `text of ${c.id}`).toBe(c.text);
        expect(row?.author ?? undefined).toBe(c.by);
      }
      expect(rows.length).toBe(entry.count);
    }
  });

  it('a re-crawl of an unchanged old thread costs one request (the story)', async () => {
    const hn = testClient(replay.baseUrl);
    const before = hn.stats.requests;
    const report = await runCrawl(testApp(t.db, hn), { kind: 'thread', id: 21419536 });
    expect(report.status).toBe('ok');
    expect(hn.stats.requests - before).toBe(1);
    expect(report.changed + report.added + report.removed).toBe(0);
  });

  it('a routine discovery only reads the two poster accounts', async () => {
    const hn = testClient(replay.baseUrl);
    await discoverThreads(t.db, hn);
    expect(hn.stats.requests).toBe(2);
  });
});
