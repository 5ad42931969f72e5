import http from 'node:http';
import https from 'node:https';
import { redactUrl } from '../redact.ts';

/** A response read to its end: the status and the body as text. */
export interface HttpResponse {
  status: number;
  body: string;
}

/** GETs a URL, rejecting on a network error, a body cut short, or after `timeoutMs` in all. */
export type HttpGet = (url: string, timeoutMs: number) => Promise<HttpResponse>;

/** Each protocol's request function, with kept-alive connections reused by every request of a crawl. */
const TRANSPORTS: Record<string, { get: typeof http.get; agent: http.Agent }> = {
  'http:': { get: http.get, agent: new http.Agent({ keepAlive: true }) },
  'https:': { get: https.get, agent: new https.Agent({ keepAlive: true }) },
};

/**
 * node:http(s) with kept-alive connections. Not the global fetch: a crawl makes some 38,000
 * small requests, and fetch's machinery (a Request, a Response, an abort signal and web streams
 * for each) cost about 465 µs of the event loop a request, 11% of a whole crawl's CPU samples,
 * with the event loop the crawler's own classification and storage also need.
 */
export const httpGet: HttpGet = (url, timeoutMs) =>
  new Promise<HttpResponse>((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      reject(new Error(`not a URL: ${redactUrl(url)}`));
      return;
    }
    const transport = TRANSPORTS[target.protocol];
    if (!transport) {
      reject(new Error(`unsupported protocol ${target.protocol}`));
      return;
    }
    let settled = false;
    const settle = (err: Error | null, value?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(value!);
    };
    const req = transport.get(target, { agent: transport.agent, headers: { accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      // Before 'end', the connection went away mid-body. 'close' follows every response: after
      // 'end' it changes nothing, and no error is made for it.
      const lost = () => {
        if (!settled) settle(cutShort());
      };
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // A comment is at most a few KB; a body this large is no HN item, and reading on could
        // exhaust the memory (600 MB failed past the longest string the engine makes).
        if (size > MAX_BODY_BYTES) {
          const err = new Error(`response larger than ${MAX_BODY_BYTES / 1_000_000} MB`);
          settle(err);
          req.destroy(err);
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        if (res.complete) settle(null, { status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        else lost();
      });
      res.on('error', (err) => settle(err));
      res.on('aborted', lost);
      res.on('close', lost);
    });
    req.on('error', (err) => settle(err));
    const timer = setTimeout(() => {
      const err = new Error(`no complete response within ${timeoutMs} ms`);
      err.name = 'TimeoutError';
      settle(err);
      req.destroy(err);
    }, timeoutMs);
  });

/** The largest response read: HN caps a comment's text far below it. */
const MAX_BODY_BYTES = 8_000_000;

function cutShort(): Error {
  return Object.assign(new Error('connection closed before the response ended'), { code: 'ECONNRESET' });
}
