import type { AppContext } from './app.ts';
import { defaultClassifier } from './classifier.ts';
import { type Classifier, classifyPostings, unclassifiedPostings } from './db/classifications.ts';
import { type CrawlOptions, type CrawlReport, crawlThreads } from './hn/crawl.ts';
import { DiscoveryError, discoverThreads } from './hn/discover.ts';
import { type CrawlTarget, describeTarget, resolveTargets } from './hn/plan.ts';
import { withCrawlLock } from './lock.ts';
import { matchNewPostings } from './alerts/match.ts';

/**
 * Postings of a crawl classified and stored together. Each chunk holds the event loop that the
 * requests in flight (and, in the crawl bench, the replay server answering them) need: the
 * smaller, the less a response waits, and the more storing costs in statements. Crawl bench, one
 * run each: 32 a chunk 264-265 postings/s (responses' p90 72-77 ms for 50 ms of latency), 16 269,
 * 8 277 (p90 65 ms), 4 278 with the event loop 44% busy against 40% at 8.
 */
const CRAWL_CHUNK = 8;

/**
 * One crawl as the CLI and the scheduler run it: discover threads (unless a single known thread
 * was asked for), pick the threads the target stands for, crawl them.
 */
export async function runCrawl(
  app: Pick<AppContext, 'db' | 'hn' | 'log' | 'config'>,
  target: CrawlTarget,
  opts: CrawlOptions & { classifier?: Classifier | null } = {},
): Promise<CrawlReport> {
  // Crawled postings are classified as they are stored (null turns it off, e.g. for benchmarks).
  const classifier = opts.classifier === undefined ? defaultClassifier : opts.classifier;
  const stored: number[] = [];
  const onPostingsStored =
    opts.onPostingsStored ??
    (classifier
      ? async (ids: number[]) => {
          // In small chunks that let the other threads' responses in between: classifying a
          // thread 500 postings at a time stalled every request in flight (crawl bench: 234–241
          // postings/s, against 277 with no classifier at all).
          await classifyPostings(app.db, classifier, ids, { chunk: CRAWL_CHUNK, yield: true });
          stored.push(...ids);
        }
      : undefined);
  const extraIds = app.config.EXTRA_THREAD_IDS;
  let discoveryFailed: string | null = null;
  if (target.kind !== 'thread') {
    try {
      await discoverThreads(app.db, app.hn, { extraIds, log: app.log, ...(opts.now ? { now: opts.now } : {}) });
    } catch (err) {
      // HN's user endpoint failing for a run must not stop the threads already known from being
      // kept current: a new thread is found at the next run. With none known, there is nothing
      // to crawl, and the error says why.
      if (!(err instanceof DiscoveryError) || !(await hasThreads(app.db))) throw err;
      discoveryFailed = err.message;
      app.log.warn({ err: err.message }, 'thread discovery failed; crawling the threads already known');
    }
  }
  const ids = await resolveTargets(app.db, app.hn, target, { extraIds, ...(opts.now ? { now: opts.now } : {}) });
  const report = await crawlThreads(app.db, app.hn, ids, {
    log: app.log,
    mode: describeTarget(target),
    ...opts,
    ...(onPostingsStored ? { onPostingsStored } : {}),
  });
  if (discoveryFailed) await noteDiscoveryFailure(app.db, report, discoveryFailed);
  // Postings of these threads a killed crawl stored but never classified: classified now, and
  // matched with the rest (crawlThreads only hands over what it added or changed).
  if (classifier) {
    const left = await unclassifiedPostings(app.db, classifier.version, ids);
    if (left.length) {
      await classifyPostings(app.db, classifier, left, { chunk: CRAWL_CHUNK, yield: true });
      stored.push(...left);
      app.log.info({ postings: left.length }, 'postings a crawl stored but never classified, classified');
    }
  }
  // New and edited postings of the whole crawl are matched against every alert subscription
  // at once, so each subscriber gets at most one message per crawl; with them, any an earlier
  // crawl stored but died before matching.
  if (classifier) await matchNewPostings(app.db, classifier.version, stored, (opts.now ?? Date.now)(), app.log);
  return report;
}

async function hasThreads(db: AppContext['db']): Promise<boolean> {
  return (await db.kysely.selectFrom('threads').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** A run whose discovery failed is partial, in its report and its crawl_runs row, with the reason first. */
async function noteDiscoveryFailure(db: AppContext['db'], report: CrawlReport, message: string): Promise<void> {
  report.errorMessages.unshift(message);
  report.errors++;
  if (report.status === 'ok') report.status = 'partial';
  await db.kysely
    .updateTable('crawl_runs')
    .set({ status: report.status, errors: report.errors, error_messages: JSON.stringify(report.errorMessages.slice(0, 20)) })
    .where('id', '=', report.runId)
    .execute();
}

/**
 * runCrawl, unless another process sharing the database is crawling right now (PostgreSQL
 * advisory lock): then null, and the caller simply tries again at its next tick.
 */
export function runCrawlExclusive(
  app: Pick<AppContext, 'db' | 'hn' | 'log' | 'config'>,
  target: CrawlTarget,
  opts: CrawlOptions & { classifier?: Classifier | null } = {},
): Promise<CrawlReport | null> {
  return withCrawlLock(app.db, () => runCrawl(app, target, opts));
}
