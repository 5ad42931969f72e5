import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import { type HttpGet, type HttpResponse, httpGet } from './http-get.ts';
import { type HnItem, type HnUser, hnItemSchema, hnUserSchema } from './item.ts';
import { Limiter } from './limiter.ts';

export interface HnClientOptions {
  baseUrl: string;
  concurrency?: number;
  timeoutMs?: number;
  /** Retries after the first attempt, for transient failures only. */
  retries?: number;
  /** Base delay of the exponential backoff; tests shrink it. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** The transport (http-get.ts by default). */
  get?: HttpGet;
}

/** A failure that survived every retry, or one that retrying cannot fix. */
export class HnError extends Error {
  override name = 'HnError';
  constructor(
    message: string,
    readonly path: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/**
 * A request the client refused because it was told to stop (the service is shutting down): not
 * an answer from HN, so a crawl counts it as work left for the next run, never as a failure.
 */
export class CrawlStoppedError extends Error {
  override name = 'CrawlStoppedError';
}

export interface HnClientStats {
  requests: number;
  retries: number;
  failures: number;
}

/**
 * The HN Firebase API client. Every request is bounded in time and in concurrency and retried
 * with exponential backoff and full jitter when the failure is transient (5xx, 429, timeouts,
 * connection resets, malformed or truncated JSON). Connections are kept alive (http-get.ts), so
 * a crawl reuses a handful of sockets.
 */
export class HnClient {
  readonly stats: HnClientStats = { requests: 0, retries: 0, failures: 0 };
  private readonly limiter: Limiter;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly get: HttpGet;
  private readonly stopping = new AbortController();

  constructor(opts: HnClientOptions) {
    this.baseUrl = withoutTrailingSlashes(opts.baseUrl);
    this.limiter = new Limiter(opts.concurrency ?? 16);
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.retries = opts.retries ?? 5;
    this.backoffMs = opts.backoffMs ?? 250;
    this.maxBackoffMs = opts.maxBackoffMs ?? 10_000;
    this.get = opts.get ?? httpGet;
  }

  /**
   * Refuses every request not yet sent, and cuts short the backoff of those waiting to retry,
   * with CrawlStoppedError: a stopping service then waits for the requests in flight (each
   * bounded by the timeout), not for a backfill of thousands still queued.
   */
  stop(): void {
    this.stopping.abort();
  }

  get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  /** The item, or null when HN says null (unknown id, or not yet propagated). */
  getItem(id: number): Promise<HnItem | null> {
    return this.getJson(`/item/${id}.json`, hnItemSchema, (item) =>
      item.id === id ? null : `expected item ${id}, got item ${item.id}`,
    );
  }

  getUser(name: string): Promise<HnUser | null> {
    return this.getJson(`/user/${encodeURIComponent(name)}.json`, hnUserSchema);
  }

  private async getJson<S extends z.ZodType>(
    path: string,
    schema: S,
    check?: (value: z.infer<S>) => string | null,
  ): Promise<z.infer<S> | null> {
    let lastError: HnError | undefined;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) {
        this.stats.retries++;
        // Full jitter: spreads the retries of many concurrent requests over the window.
        const cap = Math.min(this.maxBackoffMs, this.backoffMs * 2 ** (attempt - 1));
        await sleep(Math.random() * cap, undefined, { signal: this.stopping.signal }).catch(() => {});
      }
      if (this.stopped) throw new CrawlStoppedError(`not requested: the crawl is stopping (${path})`);
      try {
        const body = await this.limiter.run(() => this.request(path));
        if (body === null) return null;
        const parsed = schema.safeParse(body);
        // A well-formed response of the wrong shape will not get better by retrying.
        if (!parsed.success) throw new HnError(`unexpected data at ${path}: ${parsed.error.issues[0]?.message}`, path, false);
        const problem = check?.(parsed.data);
        if (problem) throw new HnError(`unexpected data at ${path}: ${problem}`, path, false);
        return parsed.data;
      } catch (err) {
        if (err instanceof CrawlStoppedError) throw err;
        lastError = err instanceof HnError ? err : new HnError(describe(err, path), path, true);
        if (!lastError.transient) break;
      }
    }
    this.stats.failures++;
    throw lastError ?? new HnError(`request failed: ${path}`, path, true);
  }

  /** One attempt: resolves to parsed JSON, throws HnError (transient or not). */
  private async request(path: string): Promise<unknown> {
    // Queued behind the limiter when stop() came: not sent. getJson passes this error on as is.
    if (this.stopped) throw new CrawlStoppedError(`not requested: the crawl is stopping (${path})`);
    this.stats.requests++;
    let res: HttpResponse;
    try {
      res = await this.get(`${this.baseUrl}${path}`, this.timeoutMs);
    } catch (err) {
      throw new HnError(describe(err, path), path, true);
    }
    if (res.status >= 500 || res.status === 429 || res.status === 408) {
      throw new HnError(`HTTP ${res.status} from ${path}`, path, true);
    }
    if (res.status < 200 || res.status >= 300) throw new HnError(`HTTP ${res.status} from ${path}`, path, false);
    try {
      return JSON.parse(res.body);
    } catch {
      // Truncated bodies show up as malformed JSON: worth another try.
      throw new HnError(`malformed JSON from ${path} (${res.body.length} bytes)`, path, true);
    }
  }
}

function describe(err: unknown, path: string): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out fetching ${path}`;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? (err as { code?: string }).code ?? cause?.message ?? err.message;
    return `network error fetching ${path}: ${detail}`;
  }
  return `error fetching ${path}: ${String(err)}`;
}

/** The API's address without trailing slashes, read in one pass (an expression read a long run of them once per slash). */
export function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url.charCodeAt(end - 1) === 47) end--;
  return url.slice(0, end);
}
