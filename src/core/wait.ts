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
