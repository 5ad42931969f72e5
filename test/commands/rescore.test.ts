import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import { defaultClassifier } from '../../src/core/classifier.ts';
import { answerFrom, commandContext } from '../../src/core/context.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { type Classifier, classifyPostings, versionWhileScoring } from '../../src/core/db/classifications.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const MAY = 47975571;

/** A new classifier version, as after an upgrade: the same rules under another name. */
const next: Classifier = { ...defaultClassifier, version: `${defaultClassifier.version}-next` } as Classifier;

describe('while a new classifier version re-scores what is stored', () => {
  let replay: HnReplay;
  let t: TestDb;
  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
    await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => Date.UTC(2026, 4, 20) });
  });
  afterAll(async () => {
    answerFrom(null);
    await t?.cleanup();
    await replay?.close();
  });

  it('commands answer from the version before, whole, until it is done', async () => {
    const ids = (await t.db.kysely.selectFrom('postings').select('id').orderBy('id').execute()).map((r) => r.id);
    // A third re-scored so far.
    await classifyPostings(t.db, next, ids.slice(0, 100));
    expect(await versionWhileScoring(t.db, next.version)).toBe(defaultClassifier.version);
    const whole = await runCommand('top', {}, await commandContext(t.db, { nowMs: Date.UTC(2026, 4, 20) }));
    // What answering from the new version's facts so far gave: a third of the thread.
    answerFrom(next.version);
    const partial = await runCommand('top', {}, await commandContext(t.db, { nowMs: Date.UTC(2026, 4, 20) }));
    expect(partial.footnote).not.toBe(whole.footnote);
    answerFrom(defaultClassifier.version);
    const ctx = await commandContext(t.db, { nowMs: Date.UTC(2026, 4, 20) });
    expect(ctx.classifierVersion).toBe(defaultClassifier.version);
    expect((await runCommand('top', {}, ctx)).footnote).toBe(whole.footnote);
    answerFrom(null);
    // Done: the new version covers every posting, and nothing is answered from an older one.
    await classifyPostings(t.db, next, ids);
    expect(await versionWhileScoring(t.db, next.version)).toBeNull();
  });

  it("the skill ranking follows the version answered from as soon as it is counted, not 10 minutes later", async () => {
    const ranked = async () => (await commandContext(t.db)).skills;
    const before = await ranked();
    answerFrom(`${defaultClassifier.version}-other`);
    // The old ranking still answers at once (a count must not cost a command its 3 seconds)...
    expect(await ranked()).toBe(before);
    // ...while the other version's is counted in the background.
    let after = before;
    for (let k = 0; k < 100 && after === before; k++) {
      await new Promise((r) => setTimeout(r, 20));
      after = await ranked();
    }
    expect(after).not.toBe(before);
    answerFrom(null);
  });

  it('a database with no earlier version has nothing to answer from but the new one', async () => {
    expect(await versionWhileScoring(t.db, defaultClassifier.version)).toBeNull();
    expect(await versionWhileScoring(t.db, 'never-used')).toBe(defaultClassifier.version);
  });
});
