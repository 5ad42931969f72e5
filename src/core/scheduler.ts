import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';

export interface ScheduleSpec {
  name: string;
  cron: string;
}

export interface Scheduler {
  /** Runs the job now (unless one is running); resolves when it is done. */
  runNow(reason: string): Promise<void>;
  /** Stops the timers and waits for a running job to finish. */
  stop(): Promise<void>;
}

/**
 * Triggers `job` on every schedule. Several schedules may fire in the same minute and a slow
 * crawl may outlast its interval: a run never starts while another is in flight (the tick is
 * skipped and logged). A failed run is logged; the next tick simply tries again.
 */
export function startScheduler(
  specs: readonly ScheduleSpec[],
  job: () => Promise<void>,
  opts: { timezone: string; log: Logger },
): Scheduler {
  let running: Promise<void> | null = null;
  const runNow = async (reason: string) => {
    if (running) {
      opts.log.debug({ reason }, 'crawl already running; tick skipped');
      return;
    }
    const started = Date.now();
    running = (async () => {
      try {
        opts.log.info({ reason }, 'scheduled crawl starting');
        await job();
        opts.log.info({ reason, ms: Date.now() - started }, 'scheduled crawl finished');
      } catch (err) {
        opts.log.error({ reason, err: (err as Error).message }, 'scheduled crawl failed; next tick retries');
      }
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };
  const tasks: ScheduledTask[] = specs.map((s) =>
    cron.schedule(s.cron, () => runNow(s.name), { timezone: opts.timezone, name: s.name }),
  );
  for (const s of specs) opts.log.info({ schedule: s.name, cron: s.cron, tz: opts.timezone }, 'crawl scheduled');
  return {
    runNow,
    async stop() {
      for (const t of tasks) await t.destroy();
      if (running) await running;
    },
  };
}
