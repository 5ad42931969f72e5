import { openApp } from '../core/app.ts';
import { CRAWL_CONCURRENCY_RANGE, loadConfig } from '../core/config.ts';
import { runCrawlExclusive } from '../core/crawler.ts';
import type { CrawlTarget } from '../core/hn/plan.ts';
import { createLogger } from '../core/log.ts';
import { progressBar } from './progress.ts';
import { type CliCommand, EXIT, UsageError } from './types.ts';

export function parseTarget(values: Record<string, string | boolean | undefined>): CrawlTarget {
  const chosen = (['thread', 'since', 'all'] as const).filter((k) => values[k] !== undefined && values[k] !== false);
  if (chosen.length > 1) throw new UsageError(`--${chosen[0]} and --${chosen[1]} cannot be combined`);
  if (values.thread !== undefined) {
    const raw = String(values.thread);
    if (!/^\d{1,12}$/.test(raw)) throw new UsageError(`--thread expects an HN item id (digits), got "${raw}"`);
    return { kind: 'thread', id: Number(raw) };
  }
  if (values.since !== undefined) {
    const raw = String(values.since);
    const m = /^(\d{4})-(\d{2})$/.exec(raw);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UsageError(`--since expects YYYY-MM, e.g. 2024-01, got "${raw}"`);
    return { kind: 'since', month: raw };
  }
  if (values.all) return { kind: 'all' };
  return { kind: 'latest' };
}

export const crawlCommand: CliCommand = {
  name: 'crawl',
  summary: 'fetch threads and their postings from HN',
  usage: '[--thread ID | --since YYYY-MM | --all] [--full] [--concurrency N] [--json]',
  options: {
    thread: { type: 'string' },
    since: { type: 'string' },
    all: { type: 'boolean' },
    full: { type: 'boolean' },
    concurrency: { type: 'string' },
    json: { type: 'boolean' },
  },
  help: {
    '(none)': 'the latest thread, plus any thread opened in the last 45 days',
    thread: 'only this thread (an HN story id)',
    since: 'every thread from this month on',
    all: 'every thread',
    full: 're-fetch every posting, ignoring the freshness policy',
    concurrency: 'requests in flight at once (default CRAWL_CONCURRENCY, 16)',
    json: 'print the crawl report as JSON',
  },
  async run({ values }, io) {
    const target = parseTarget(values);
    // The range CRAWL_CONCURRENCY has: 0 reached the request limiter and failed there with a stack trace.
    const { min, max } = CRAWL_CONCURRENCY_RANGE;
    if (values.concurrency !== undefined && !(/^\d+$/.test(String(values.concurrency)) && Number(values.concurrency) >= min && Number(values.concurrency) <= max)) {
      throw new UsageError(`--concurrency expects a whole number from ${min} to ${max}, got "${String(values.concurrency).slice(0, 40)}"`);
    }
    const config = loadConfig();
    if (values.concurrency !== undefined) config.CRAWL_CONCURRENCY = Number(values.concurrency);
    // On a terminal a progress bar says more than a stream of JSON lines; warnings still show.
    const log = createLogger(io.isTty && !io.env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL);
    const app = await openApp(config, { log });
    try {
      const bar = io.isTty ? progressBar(io.err) : null;
      const report = await runCrawlExclusive(app, target, {
        full: Boolean(values.full),
        ...(bar ? { onProgress: (p) => bar.update(p) } : {}),
      });
      bar?.done();
      if (!report) {
        io.out('crawl skipped: another hiring-radar process is crawling this database right now\n');
        return EXIT.ok;
      }
      if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
      else {
        io.out(
          `crawl ${report.status}: ${report.threads.length} thread(s), ${report.requests} requests, ` +
            `${report.fetched} fetched, ${report.added} added, ${report.changed} changed, ${report.removed} removed, ` +
            `${report.unavailable} unavailable, ${report.errors} errors in ${(report.wallMs / 1000).toFixed(1)} s\n`,
        );
        for (const e of report.errorMessages.slice(0, 10)) io.err(`  error: ${e}\n`);
      }
      log.info({ run: report.runId, status: report.status, requests: report.requests }, 'crawl finished');
      return report.status === 'ok' ? EXIT.ok : report.status === 'partial' ? EXIT.partial : EXIT.failure;
    } finally {
      await app.close();
    }
  },
};
