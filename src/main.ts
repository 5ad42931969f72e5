import { type RunningAdapter, startAdapters } from './bots/start.ts';
import { type AppContext, openApp } from './core/app.ts';
import { ConfigError, loadConfig } from './core/config.ts';
import { answerFrom } from './core/context.ts';
import { defaultClassifier } from './core/classifier.ts';
import { runCrawlExclusive } from './core/crawler.ts';
import { serviceTarget } from './core/hn/plan.ts';
import { CrawlStoppedError } from './core/hn/client.ts';
import { reclassifyAll, versionWhileScoring } from './core/db/classifications.ts';
import { buildOutboxReply } from './core/outbox/build.ts';
import { scheduleDigests } from './core/outbox/schedule.ts';
import { deliverDue, type Sender } from './core/outbox/worker.ts';
import { createLogger } from './core/log.ts';
import { redactUrl } from './core/redact.ts';
import { type Scheduler, startScheduler } from './core/scheduler.ts';
import { atMost } from './core/wait.ts';

/** Postings re-scored together at start-up, between turns of the event loop (see below). */
const STARTUP_RECLASSIFY_CHUNK = 64;

/**
 * The service (npm start): configuration → database (migrated) → crawl scheduler. Chat adapters
 * plug in here. SIGTERM/SIGINT stop the timers, let a running crawl finish its current writes,
 * and close the database.
 */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  let app: AppContext;
  try {
    app = await openApp(config, { log });
  } catch (err) {
    log.fatal({ err: (err as Error).message }, 'cannot start');
    process.exit(1);
  }
  // The signal handlers go in before anything else starts: a SIGTERM that arrives while a
  // platform is still connecting must stop the service cleanly, not kill it by default action.
  let scheduler: Scheduler | undefined;
  let deliveryTimer: NodeJS.Timeout | undefined;
  let starting: Promise<RunningAdapter[]> = Promise.resolve([]);
  /** Platforms that started on a later attempt (no network at boot, the platform down). */
  const lateAdapters: RunningAdapter[] = [];
  let stopping = false;
  /** The outbox delivery running now, if any (stop waits for it). */
  let delivery: Promise<void> = Promise.resolve();
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    // A running crawl winds down at once: requests not yet sent are refused, and the thread in
    // hand is stored as far as it was read and left unread for the next run (crawl.ts). A first
    // backfill held the stop for minutes; the wait below is only for the requests in flight.
    app.hn.stop();
    clearInterval(deliveryTimer);
    // A delivery in progress finishes the message in hand (it stops claiming more), so that the
    // database is not closed under it mid-send; bounded, like the rest.
    await atMost(delivery, 30_000, undefined);
    // A platform that never finishes connecting must not hold the shutdown forever.
    const adapters = await atMost(starting, 10_000, []);
    await Promise.allSettled([...adapters, ...lateAdapters].map((a) => a.stop()));
    // Bounded all the same: a crawl's writes are idempotent, so closing under one loses nothing.
    await atMost(scheduler?.stop() ?? Promise.resolve(), 60_000, undefined);
    await app.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  log.info({ db: app.db.describe, hn: redactUrl(config.HN_API_URL) }, 'hiring-radar started');

  const senders: Partial<Record<'discord' | 'slack', Sender>> = {};
  const configured = new Set<'discord' | 'slack'>([...(config.DISCORD_TOKEN ? (['discord'] as const) : []), ...(config.SLACK_BOT_TOKEN ? (['slack'] as const) : [])]);
  // Digests: decided after each crawl, delivered by the outbox worker (also every 30 s, so a
  // retry after a rate limit or an outage does not wait for the next crawl).
  let delivering = false;
  const deliver = async () => {
    if (delivering || stopping) return;
    delivering = true;
    const run = (async () => {
      if (config.DIGEST_KINDS.length) await scheduleDigests(app.db, Date.now(), { settleHours: config.DIGEST_SETTLE_HOURS, kinds: config.DIGEST_KINDS });
      const r = await deliverDue(app.db, { senders, build: (row) => buildOutboxReply(app.db, row), log, shouldStop: () => stopping, configured });
      if (Object.values(r).some((n) => n > 0)) log.info(r, 'outbox delivery');
    })();
    delivery = run.catch(() => {});
    try {
      await run;
    } catch (err) {
      log.error({ err: (err as Error).message }, 'outbox delivery failed');
    } finally {
      delivering = false;
    }
  };

  scheduler = startScheduler(
    [
      { name: 'arrival', cron: config.CRAWL_CRON_ARRIVAL },
      { name: 'young', cron: config.CRAWL_CRON_YOUNG },
      { name: 'default', cron: config.CRAWL_CRON_DEFAULT },
    ],
    async () => {
      if (stopping) return;
      let report: Awaited<ReturnType<typeof runCrawlExclusive>>;
      try {
        report = await runCrawlExclusive(app, serviceTarget(config.BACKFILL_MONTHS, Date.now()));
      } catch (err) {
        // Stopped while still finding the threads: a shutdown, not a failure.
        if (err instanceof CrawlStoppedError) return log.info('crawl stopped: the service is shutting down');
        throw err;
      }
      if (!report) {
        log.info('another process is crawling this database; tick skipped');
        await deliver();
        return;
      }
      log.info(
        { status: report.status, threads: report.threads.length, requests: report.requests, added: report.added, changed: report.changed, removed: report.removed, errors: report.errors },
        'crawl done',
      );
      await deliver();
    },
    { timezone: config.TZ_SCHEDULE, log },
  );
  // A new classifier version re-scores what is stored (no refetching), then the first crawl
  // catches up instead of waiting for the first tick. The chat adapters answer meanwhile, and
  // Discord and Slack want an answer within 3 s. In chunks of 64 that yield, the event loop is
  // held 63-66 ms at most while every recorded posting is re-scored (16-17 s); 500 at a time, as
  // the CLI's reclassify does, held it for the whole 13-19 s on SQLite: no timer fired.
  void (async () => {
    // Meanwhile commands answer from the version before, whole, rather than from a fraction.
    const before = await versionWhileScoring(app.db, defaultClassifier.version);
    if (before) {
      answerFrom(before);
      log.info({ version: defaultClassifier.version, answeringFrom: before }, 'answering from the previous classifier version until the stored postings are re-scored');
    }
    const r = await reclassifyAll(app.db, defaultClassifier, { chunk: STARTUP_RECLASSIFY_CHUNK, yield: true }).finally(() => answerFrom(null));
    if (r.classified) log.info({ version: defaultClassifier.version, ...r }, 'stored postings classified');
    await scheduler?.runNow('startup');
  })().catch((err: Error) => log.error({ err: err.message }, 'start-up classification failed'));

  deliveryTimer = setInterval(() => void deliver(), 30_000);
  deliveryTimer.unref();
  starting = startChat();
  await starting;

  async function startChat(): Promise<RunningAdapter[]> {
    let adapters: RunningAdapter[] = [];
    try {
      adapters = await startAdapters(config, app.db, log, {
        stopped: () => stopping,
        onStarted: (a) => {
          if (stopping) {
            void a.stop();
            return;
          }
          lateAdapters.push(a);
          senders[a.name] = a.sender;
        },
      });
    } catch (err) {
      // startAdapters logs a platform that fails to start by name; nothing else there may stop the crawling either.
      log.error({ err: (err as Error).message }, 'chat adapters not started');
    }
    const configured = Boolean(config.DISCORD_TOKEN || config.SLACK_BOT_TOKEN);
    if (adapters.length === 0) log.info(configured ? 'no chat platform started yet (see the errors above); crawling meanwhile' : 'no chat platform configured; crawling only');
    for (const a of adapters) senders[a.name] = a.sender;
    return adapters;
  }
}

await main();
