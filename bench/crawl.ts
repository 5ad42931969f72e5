import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parseConfig } from '../src/core/config.ts';
import { runCrawl } from '../src/core/crawler.ts';
import { openDb } from '../src/core/db/connect.ts';
import { migrateToLatest } from '../src/core/db/migrate.ts';
import { HnClient } from '../src/core/hn/client.ts';
import { startHnReplay } from '../test/fakes/hn-replay.ts';
import { peakRssMiB, row } from './util.ts';

const LATENCY_MS = 50;

/**
 * Every recorded thread through the replay server with 50 ms added to each request, into a
 * fresh SQLite database, with the default concurrency (16). Then a re-crawl of an old,
 * complete thread, which the freshness policy says costs one request.
 */
export async function benchCrawl(): Promise<void> {
  const replay = await startHnReplay({ latencyMs: LATENCY_MS });
  const dir = mkdtempSync(join(tmpdir(), 'hr-bench-'));
  const db = await openDb(`sqlite:${join(dir, 'bench.db')}`);
  try {
    await migrateToLatest(db);
    const config = parseConfig({});
    const hn = new HnClient({ baseUrl: replay.baseUrl, concurrency: config.CRAWL_CONCURRENCY });
    const app = { db, hn, config, log: pino({ level: 'silent' }) };
    const started = performance.now();
    const report = await runCrawl(app, { kind: 'all' });
    const secs = (performance.now() - started) / 1000;
    const postings = report.added;
    row('latency per request', `${LATENCY_MS} ms`);
    row('concurrency', config.CRAWL_CONCURRENCY);
    row('threads', report.threads.length);
    row('requests', hn.stats.requests);
    row('postings stored', postings);
    row('errors', report.errors);
    row('wall time', `${secs.toFixed(1)} s`);
    row('postings/s', (postings / secs).toFixed(0));
    row('target', '>= 250 postings/s');

    const before = hn.stats.requests;
    await runCrawl(app, { kind: 'thread', id: 21419536 });
    row('re-crawl of Nov 2019 (680 kids)', `${hn.stats.requests - before} request(s)`);
    row('peak RSS', `${peakRssMiB().toFixed(0)} MiB`);
  } finally {
    await db.close();
    await replay.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
