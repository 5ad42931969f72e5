/** Resolves after `ms`; the timer never keeps the process alive on its own. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * `p`'s value, or `fallback` once `ms` have passed: for the steps of a shutdown, which must end
 * even when what they wait for (a reply in flight, a platform still connecting) never does.
 */
export function atMost<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p, sleep(ms).then(() => fallback)]);
}

/** How `retrying` waits, what it gives up on, and how each failure is told. */
export interface RetryPlan {
  /** Waits after the 1st, 2nd, … failure. */
  waits: readonly number[];
  /** Past the last wait, repeat it for ever (else give up after that many retries). */
  forever?: boolean;
  /** A failure no retry changes (a token refused): give up at once. */
  refused(err: unknown): boolean;
  /** Checked after each wait: true once the service is stopping. */
  stopped?(): boolean;
  /** Each failure, with the wait before the next attempt, or undefined when there is none. */
  failed(err: unknown, retryInMs: number | undefined): void;
  /** Failures before this call (a first attempt the caller made itself): it starts by waiting. */
  failuresBefore?: number;
}

/**
 * `task` until it succeeds (its value and the attempts it took, counting failuresBefore), or
 * null once the plan gives up. One loop for the service's retries in the background (a platform
 * that could not start, Discord's command registration), which each had their own.
 */
export async function retrying<T>(task: () => Promise<T>, plan: RetryPlan): Promise<{ value: T; attempts: number } | null> {
  const waitAfter = (failures: number) => plan.waits[plan.forever ? Math.min(failures, plan.waits.length) - 1 : failures - 1];
  let failures = plan.failuresBefore ?? 0;
  for (;;) {
    if (failures > 0) {
      await sleep(waitAfter(failures)!);
      if (plan.stopped?.()) return null;
    }
    try {
      return { value: await task(), attempts: failures + 1 };
    } catch (err) {
      failures++;
      const next = plan.refused(err) ? undefined : waitAfter(failures);
      plan.failed(err, next);
      if (next === undefined) return null;
    }
  }
}
