import type { AppContext } from './app.ts';
import { type CrawlOptions, type CrawlReport, crawlThreads } from './hn/crawl.ts';
import { discoverThreads } from './hn/discover.ts';
import { type CrawlTarget, describeTarget, resolveTargets } from './hn/plan.ts';

/**
 * One crawl as the CLI and the scheduler run it: discover threads (unless a single known thread
 * was asked for), pick the threads the target stands for, crawl them.
 */
export async function runCrawl(
  app: Pick<AppContext, 'db' | 'hn' | 'log' | 'config'>,
  target: CrawlTarget,
  opts: CrawlOptions = {},
): Promise<CrawlReport> {
  const extraIds = app.config.EXTRA_THREAD_IDS;
  if (target.kind !== 'thread') {
    await discoverThreads(app.db, app.hn, { extraIds, log: app.log, ...(opts.now ? { now: opts.now } : {}) });
  }
  const ids = await resolveTargets(app.db, app.hn, target, { extraIds, ...(opts.now ? { now: opts.now } : {}) });
  return crawlThreads(app.db, app.hn, ids, { log: app.log, mode: describeTarget(target), ...opts });
}
