import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Classifier, classifyPostings, reclassifyAll } from '../../src/core/db/classifications.ts';
import { applyPosting, stateFromItem } from '../../src/core/db/postings.ts';
import { upsertThread } from '../../src/core/hn/discover.ts';
import { DIALECTS, openTestDb, type TestDb } from '../helpers/db.ts';

/** A stand-in classifier: skills are the capitalised words, enough to test storage. */
function fakeClassifier(version: string): Classifier & { calls: number } {
  const c = {
    version,
    calls: 0,
    classify(item: { id: number; text?: string }) {
      c.calls++;
      const words = (item.text ?? '').match(/\b[A-Z][a-z]+\b/g) ?? [];
      return {
        is_job_posting: Boolean(item.text),
        company: words[0] ?? null,
        skills: words,
        remote: 'remote' as const,
        countries: ['US'],
        visa: 'unspecified' as const,
        salary: { min: 100000, max: 150000, currency: 'USD', period: 'year' },
        roles: ['backend'],
      };
    },
  };
  return c;
}

/**
 * fakeClassifier, noting for each posting whether other work (a callback queued on the event
 * loop while the posting before was classified: a response, in a crawl) has run by then.
 */
function yieldWatcher(version: string): { classifier: Classifier; otherWorkRan: boolean[] } {
  const inner = fakeClassifier(version);
  const otherWorkRan: boolean[] = [];
  let ran = false;
  const classifier: Classifier = {
    version,
    classify(item) {
      otherWorkRan.push(ran);
      setImmediate(() => {
        ran = true;
      });
      return inner.classify(item);
    },
  };
  return { classifier, otherWorkRan };
}

describe.each(DIALECTS)('classification storage on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    await upsertThread(t.db, { id: 1, month: '2024-05', title: 'x', time: 0, author: 'whoishiring', kind: 'monthly' }, 0);
    for (const [id, text] of [
      [2, 'Acme uses Rust and Go'],
      [3, 'Beta wants Python'],
    ] as const) {
      await applyPosting(t.db, stateFromItem({ id, parent: 1, text, by: 'x', time: 1 }, 1), 1);
    }
  });
  afterEach(async () => {
    await t.cleanup();
  });

  it('in chunks that yield, classifies all and lets other work run between chunks', async () => {
    const { classifier, otherWorkRan } = yieldWatcher('1');
    expect(await classifyPostings(t.db, classifier, [2, 3], { chunk: 1, yield: true })).toEqual({ classified: 2, skipped: 0, failed: 0 });
    expect(otherWorkRan).toEqual([false, true]);
    expect(await t.db.kysely.selectFrom('classifications').select('posting_id').orderBy('posting_id').execute()).toEqual([{ posting_id: 2 }, { posting_id: 3 }]);
  });

  it('reclassifies everything in chunks that yield, as the service does at start-up', async () => {
    const { classifier, otherWorkRan } = yieldWatcher('2');
    expect(await reclassifyAll(t.db, classifier, { chunk: 1, yield: true })).toEqual({ classified: 2, skipped: 0, failed: 0, total: 2 });
    expect(otherWorkRan).toEqual([false, true]);
  });

  it('two processes re-scoring the same postings at once both finish, one result each', async () => {
    // Many rounds, one posting a chunk: on PostgreSQL the two deleted then inserted the same
    // rows and one failed on the primary key.
    const { classifier } = yieldWatcher('race');
    const runs = Array.from({ length: 6 }, () => reclassifyAll(t.db, classifier, { chunk: 1, yield: true, force: true }));
    for (const r of await Promise.all(runs)) expect(r).toMatchObject({ classified: 2, failed: 0 });
    expect(await t.db.kysely.selectFrom('classifications').select('posting_id').where('classifier_version', '=', 'race').orderBy('posting_id').execute()).toEqual([{ posting_id: 2 }, { posting_id: 3 }]);
  });

  it('stores results and facets, and skips what is already classified', async () => {
    const v1 = fakeClassifier('1');
    expect(await classifyPostings(t.db, v1, [2, 3])).toEqual({ classified: 2, skipped: 0, failed: 0 });
    expect(await classifyPostings(t.db, v1, [2, 3])).toEqual({ classified: 0, skipped: 2, failed: 0 });
    const skills = await t.db.kysely.selectFrom('posting_skills').select(['posting_id', 'skill']).orderBy('posting_id').orderBy('skill').execute();
    expect(skills).toEqual([
      { posting_id: 2, skill: 'Acme' },
      { posting_id: 2, skill: 'Go' },
      { posting_id: 2, skill: 'Rust' },
      { posting_id: 3, skill: 'Beta' },
      { posting_id: 3, skill: 'Python' },
    ]);
    const facts = await t.db.kysely.selectFrom('posting_facts').selectAll().where('posting_id', '=', 2).executeTakeFirstOrThrow();
    expect(facts).toMatchObject({ is_job: 1, company: 'Acme', remote: 'remote', salary_min: 100000, salary_currency: 'USD' });
  });

  it('re-classifies an edited posting, and a new version never overwrites an old one', async () => {
    await classifyPostings(t.db, fakeClassifier('1'), [2, 3]);
    await applyPosting(t.db, stateFromItem({ id: 2, parent: 1, text: 'Acme now uses Zig', by: 'x', time: 1 }, 1), 2);
    expect(await classifyPostings(t.db, fakeClassifier('1'), [2, 3])).toMatchObject({ classified: 1, skipped: 1 });
    const v2 = fakeClassifier('2');
    expect(await reclassifyAll(t.db, v2)).toMatchObject({ classified: 2, total: 2 });
    const rows = await t.db.kysely.selectFrom('classifications').select(['posting_id', 'classifier_version']).orderBy('classifier_version').orderBy('posting_id').execute();
    expect(rows).toHaveLength(4);
    const v1Skills = await t.db.kysely.selectFrom('posting_skills').select('skill').where('classifier_version', '=', '1').where('posting_id', '=', 2).execute();
    expect(v1Skills.map((s) => s.skill).sort()).toEqual(['Acme', 'Zig']);
  });

  it('a classifier that throws does not stop the others', async () => {
    const bad: Classifier = {
      version: 'bad',
      classify(item) {
        if (item.id === 2) throw new Error('boom');
        return fakeClassifier('bad').classify(item);
      },
    };
    expect(await classifyPostings(t.db, bad, [2, 3])).toEqual({ classified: 1, skipped: 0, failed: 1 });
  });

  it('classifies in one batch when the classifier can, and one at a time when the batch throws', async () => {
    const one = fakeClassifier('b');
    let batches = 0;
    const batched: Classifier = {
      ...one,
      classifyMany: (items) => {
        batches++;
        return items.map((i) => one.classify(i));
      },
    };
    expect(await classifyPostings(t.db, batched, [2, 3])).toEqual({ classified: 2, skipped: 0, failed: 0 });
    expect(batches).toBe(1);
    const failing: Classifier = {
      version: 'c',
      classify: (item) => {
        if (item.id === 2) throw new Error('boom');
        return one.classify(item);
      },
      classifyMany: () => {
        throw new Error('boom');
      },
    };
    expect(await classifyPostings(t.db, failing, [2, 3])).toEqual({ classified: 1, skipped: 0, failed: 1 });
  });
});
