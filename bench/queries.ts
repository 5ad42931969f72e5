import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { runCommand } from '../src/commands/index.ts';
import { renderPng } from '../src/core/charts/render.ts';
import { clearFactsCache } from '../src/core/insights/cache.ts';
import { parseConfig } from '../src/core/config.ts';
import { commandContext } from '../src/core/context.ts';
import { runCrawl } from '../src/core/crawler.ts';
import { openDb } from '../src/core/db/connect.ts';
import { migrateToLatest } from '../src/core/db/migrate.ts';
import { HnClient } from '../src/core/hn/client.ts';
import { startHnReplay } from '../test/fakes/hn-replay.ts';
import { peakRssMiB, row } from './util.ts';

const CALLS: [string, Record<string, unknown>][] = [
  ['trend', { skill: 'rust', vs: 'go', months: '24' }],
  ['top', {}],
  ['movers', { month: '2017-06' }],
  ['compare', { skills: ['python', 'go', 'rust'] }],
  ['remote', { months: '24' }],
  ['salary', { skill: 'python', with: 'django' }],
  ['where', { skill: 'python' }],
  ['stack', { skill: 'react' }],
  ['jobs', { skill: 'python' }],
  ['about', {}],
];

function pct(sorted: number[], q: number): string {
  return `${sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!.toFixed(1)} ms`;
}

/** Every recorded posting loaded and classified into SQLite, then each handler timed. */
export async function benchQueries(): Promise<void> {
  const replay = await startHnReplay();
  const dir = mkdtempSync(join(tmpdir(), 'hr-bench-q-'));
  const db = await openDb(`sqlite:${join(dir, 'q.db')}`);
  try {
    await migrateToLatest(db);
    const hn = new HnClient({ baseUrl: replay.baseUrl, concurrency: 32 });
    await runCrawl({ db, hn, config: parseConfig({}), log: pino({ level: 'silent' }) }, { kind: 'all' });
    const ctx = await commandContext(db);
    // Cold: the first question after a crawl loads the threads' facts from the database.
    clearFactsCache();
    const cold0 = performance.now();
    await runCommand('trend', { skill: 'rust', months: '180' }, ctx);
    row('first /trend after a crawl (cold)', `${(performance.now() - cold0).toFixed(0)} ms (loads all threads' facts)`);
    const RUNS = 40;
    process.stdout.write(`${'handler'.padEnd(12)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)}\n`);
    const charts: Parameters<typeof renderPng>[0][] = [];
    for (const [name, args] of CALLS) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 3; i++) {
        const t0 = performance.now();
        const reply = await runCommand(name, args, ctx);
        if (i >= 3) times.push(performance.now() - t0);
        if (i === 0 && reply.kind === 'error') throw new Error(`${name}: ${reply.summary}`);
        if (i === 0 && reply.chart) charts.push(reply.chart);
      }
      times.sort((a, b) => a - b);
      process.stdout.write(`${`/${name}`.padEnd(12)} ${pct(times, 0.5).padStart(9)} ${pct(times, 0.95).padStart(9)} ${pct(times, 0.99).padStart(9)}\n`);
    }
    const chartTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (const c of charts) {
        const t0 = performance.now();
        await renderPng(c);
        if (i > 0) chartTimes.push(performance.now() - t0);
      }
    }
    chartTimes.sort((a, b) => a - b);
    process.stdout.write(`${'chart PNG'.padEnd(12)} ${pct(chartTimes, 0.5).padStart(9)} ${pct(chartTimes, 0.95).padStart(9)} ${pct(chartTimes, 0.99).padStart(9)}\n`);
    row('targets', 'p95 <= 20 ms per handler, <= 150 ms per chart');
    row('peak RSS', `${peakRssMiB().toFixed(0)} MiB`);
  } finally {
    await db.close();
    await replay.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
