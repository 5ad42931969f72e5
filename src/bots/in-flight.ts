import { atMost } from '../core/wait.ts';

/** The longest a stop waits for the replies in flight. */
const STOP_WAIT_MS = 10_000;

/**
 * An adapter's replies in flight, and its stop: once stopping, new commands are told to try
 * again (the adapter asks `stopping`); the replies in flight get at most STOP_WAIT_MS to finish
 * (a reply that never ends must not hold a SIGTERM for ever), then the connection closes. Once:
 * a second stop (a second signal, a test's clean-up) waits for the first, where closing twice
 * made Bolt throw "the receiver cannot be stopped because it was not started". One piece for
 * Discord's adapter and Slack's, which each kept the same set, flag and wait.
 */
export class RepliesInFlight {
  private readonly replies = new Set<Promise<unknown>>();
  private stopped: Promise<void> | null = null;

  get stopping(): boolean {
    return this.stopped !== null;
  }

  /** `reply`, counted until it settles. */
  track<T>(reply: Promise<T>): Promise<T> {
    this.replies.add(reply);
    reply.then(
      () => this.replies.delete(reply),
      () => this.replies.delete(reply),
    );
    return reply;
  }

  stop(close: () => Promise<void>): Promise<void> {
    this.stopped ??= (async () => {
      await atMost(Promise.allSettled([...this.replies]), STOP_WAIT_MS, []);
      await close();
    })();
    return this.stopped;
  }
}
