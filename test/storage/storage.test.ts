import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/core/db/migrate.ts';
import * as backfillCities from '../../migrations/008_backfill_posting_cities.ts';
import { applyPosting, contentHash, markRemoved, stateFromItem } from '../../src/core/db/postings.ts';
import { listThreads } from '../../src/core/db/threads.ts';
import { upsertThread } from '../../src/core/hn/discover.ts';
import { DIALECTS, openTestDb, type TestDb } from '../helpers/db.ts';

const THREAD = { id: 100, month: '2024-05', title: 'Ask HN: Who is hiring? (May 2024)', time: 1714575600, author: 'whoishiring', kind: 'monthly' as const };
const item = (over: Record<string, unknown> = {}) => ({
  id: 101,
  by: 'acme',
  parent: 100,
  time: 1714576000,
  type: 'comment',
  text: 'Acme | Rust engineer | Remote<p>We use Rust &amp; Go.',
  ...over,
});

describe.each(DIALECTS)('storage on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    await upsertThread(t.db, THREAD, 1);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('migrations are idempotent', async () => {
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it('stores a posting with a NUL character, without it, as PostgreSQL must', async () => {
    expect(await applyPosting(t.db, stateFromItem(item({ text: 'Acme\u0000 | Rust', by: 'a\u0000b' }), 100), 1000)).toBe('added');
    const row = await t.db.kysely.selectFrom('postings').select(['text', 'author']).executeTakeFirstOrThrow();
    expect(row).toEqual({ text: 'Acme | Rust', author: 'ab' });
  });

  it("migration 008 fills the cities of postings classified before 007, once, from their stored results", async () => {
    await applyPosting(t.db, stateFromItem(item(), 100), 1000);
    await t.db.kysely.insertInto('classifications').values({ posting_id: 101, classifier_version: 'old', content_hash: 'h', result: JSON.stringify({ cities: ['Berlin', 'Paris', 'Berlin'] }), classified_at: 1 }).execute();
    await t.db.kysely.insertInto('classifications').values({ posting_id: 101, classifier_version: 'new', content_hash: 'h', result: JSON.stringify({ cities: ['Lyon'] }), classified_at: 1 }).execute();
    await t.db.kysely.insertInto('posting_cities').values({ classifier_version: 'new', city: 'Lyon', posting_id: 101 }).execute();
    for (let k = 0; k < 2; k++) await backfillCities.up(t.db.kysely as never, { dialect });
    const rows = await t.db.kysely.selectFrom('posting_cities').select(['classifier_version', 'city']).orderBy('classifier_version').orderBy('city').execute();
    expect(rows).toEqual([
      { classifier_version: 'new', city: 'Lyon' },
      { classifier_version: 'old', city: 'Berlin' },
      { classifier_version: 'old', city: 'Paris' },
    ]);
  });

  it('stores a new posting with its exact text and status', async () => {
    expect(await applyPosting(t.db, stateFromItem(item(), 100), 1000)).toBe('added');
    const row = await t.db.kysely.selectFrom('postings').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ id: 101, thread_id: 100, author: 'acme', status: 'live', text: item().text, first_seen_at: 1000 });
    expect(typeof row.time).toBe('number');
  });

  it('leaves the row untouched when nothing changed', async () => {
    await applyPosting(t.db, stateFromItem(item(), 100), 1000);
    expect(await applyPosting(t.db, stateFromItem(item(), 100), 2000)).toBe('unchanged');
    const row = await t.db.kysely.selectFrom('postings').selectAll().executeTakeFirstOrThrow();
    expect(row.last_changed_at).toBe(1000);
    const sighting = await t.db.kysely.selectFrom('posting_sightings').selectAll().executeTakeFirstOrThrow();
    expect(sighting.last_fetched_at).toBe(2000);
    expect(await t.db.kysely.selectFrom('posting_versions').selectAll().execute()).toEqual([]);
  });

  it('keeps the earlier text of an edited posting', async () => {
    await applyPosting(t.db, stateFromItem(item(), 100), 1000);
    expect(await applyPosting(t.db, stateFromItem(item({ text: 'edited' }), 100), 2000)).toBe('changed');
    const versions = await t.db.kysely.selectFrom('posting_versions').selectAll().execute();
    expect(versions).toHaveLength(1);
    expect(versions[0]?.text).toBe(item().text);
    const row = await t.db.kysely.selectFrom('postings').selectAll().executeTakeFirstOrThrow();
    expect(row.text).toBe('edited');
    expect(row.last_changed_at).toBe(2000);
  });

  it('records deleted, dead and moved items as such, keeping the last text', async () => {
    await applyPosting(t.db, stateFromItem(item(), 100), 1000);
    await applyPosting(t.db, stateFromItem({ id: 101, parent: 100, time: 1714576000, type: 'comment', deleted: true }, 100), 2000);
    await applyPosting(t.db, stateFromItem(item({ id: 102, dead: true }), 100), 2000);
    await applyPosting(t.db, stateFromItem(item({ id: 103, parent: 999 }), 100), 2000);
    const rows = await t.db.kysely.selectFrom('postings').select(['id', 'status', 'text', 'parent_id']).orderBy('id').execute();
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [101, 'deleted'],
      [102, 'dead'],
      [103, 'removed'],
    ]);
    const v = await t.db.kysely.selectFrom('posting_versions').selectAll().where('posting_id', '=', 101).execute();
    expect(v[0]?.text).toBe(item().text);
  });

  it('marks a posting removed from its thread once, with history', async () => {
    await applyPosting(t.db, stateFromItem(item(), 100), 1000);
    expect(await markRemoved(t.db, 101, 3000)).toBe(true);
    expect(await markRemoved(t.db, 101, 4000)).toBe(false);
    const row = await t.db.kysely.selectFrom('postings').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'removed', removed_at: 3000, text: item().text });
    expect(await t.db.kysely.selectFrom('posting_versions').selectAll().execute()).toHaveLength(1);
  });

  it('counts postings per thread and status', async () => {
    await applyPosting(t.db, stateFromItem(item(), 100), 1);
    await applyPosting(t.db, stateFromItem(item({ id: 102, dead: true }), 100), 1);
    const [summary] = await listThreads(t.db);
    expect(summary).toMatchObject({ id: 100, month: '2024-05', postings: { live: 1, dead: 1, deleted: 0, removed: 0 } });
  });

  it('keeps classification results of each classifier version apart', async () => {
    await applyPosting(t.db, stateFromItem(item(), 100), 1);
    const k = t.db.kysely;
    await k.insertInto('classifications').values({ posting_id: 101, classifier_version: '1', content_hash: 'h', result: '{"a":1}', classified_at: 1 }).execute();
    await k.insertInto('classifications').values({ posting_id: 101, classifier_version: '2', content_hash: 'h', result: '{"a":2}', classified_at: 2 }).execute();
    const rows = await k.selectFrom('classifications').selectAll().orderBy('classifier_version').execute();
    expect(rows.map((r) => r.result)).toEqual(['{"a":1}', '{"a":2}']);
  });

  it('stores millisecond timestamps beyond 32 bits as numbers', async () => {
    const now = Date.UTC(2026, 10, 24);
    await applyPosting(t.db, stateFromItem(item(), 100), now);
    const row = await t.db.kysely.selectFrom('postings').select('first_seen_at').executeTakeFirstOrThrow();
    expect(row.first_seen_at).toBe(now);
  });
});

describe('content hash', () => {
  it('changes with text, status and parent, not with nothing', () => {
    const base = stateFromItem(item(), 100);
    expect(contentHash(base)).toBe(contentHash({ ...base }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, text: 'x' }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, status: 'dead' }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, parentId: 5 }));
  });
});
