import type { CommandContext } from '../../src/commands/types.ts';
import { commandContext } from '../../src/core/context.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from './crawl.ts';
import { openTestDb, type TestDb } from './db.ts';

export interface Corpus {
  replay: HnReplay;
  db: TestDb;
  /** Context over the crawled, classified threads, with the clock at 2026-11-24. */
  ctx: CommandContext;
  /** Context over an empty database. */
  emptyCtx: CommandContext;
  close(): Promise<void>;
}

/** Recorded threads from `since` on, crawled and classified into a fresh SQLite database. */
export async function crawledCorpus(since: string): Promise<Corpus> {
  const replay = await startHnReplay();
  const db = await openTestDb('sqlite');
  const empty = await openTestDb('sqlite');
  const r = await runCrawl(testApp(db.db, testClient(replay.baseUrl)), { kind: 'since', month: since });
  if (r.status !== 'ok') throw new Error(`corpus crawl ${r.status}: ${r.errorMessages.join('; ')}`);
  return {
    replay,
    db,
    ctx: await commandContext(db.db, { nowMs: Date.UTC(2026, 10, 24) }),
    emptyCtx: await commandContext(empty.db),
    async close() {
      await db.cleanup();
      await empty.cleanup();
      await replay.close();
    },
  };
}
