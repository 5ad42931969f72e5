import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpGet } from '../../src/core/hn/http-get.ts';

/** One local server whose behaviour each test sets: the transport's failures, one by one. */
describe('httpGet (the HN client transport)', () => {
  let server: Server;
  let base: string;
  let handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
  beforeEach(async () => {
    server = createServer((req, res) => handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads a whole body, UTF-8 split across chunks, with its status', async () => {
    const body = Buffer.from(JSON.stringify({ text: 'Zürich – 東京 ✓' }));
    handle = (_req, res) => {
      res.writeHead(404, { 'content-length': body.length });
      // Split inside a multi-byte character.
      res.write(body.subarray(0, 12));
      setTimeout(() => res.end(body.subarray(12)), 5);
    };
    expect(await httpGet(`${base}/item/1.json`, 2_000)).toEqual({ status: 404, body: body.toString('utf8') });
  });

  it('asks for JSON and reuses its connection', async () => {
    const sockets = new Set<unknown>();
    const accepts: (string | undefined)[] = [];
    handle = (req, res) => {
      sockets.add(req.socket);
      accepts.push(req.headers.accept);
      res.end('null');
    };
    for (let k = 0; k < 3; k++) await httpGet(`${base}/item/${k}.json`, 2_000);
    expect(accepts).toEqual(['application/json', 'application/json', 'application/json']);
    expect(sockets.size).toBe(1);
  });

  it('times out a server that never answers, with a TimeoutError', async () => {
    handle = () => {};
    await expect(httpGet(`${base}/item/1.json`, 100)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('rejects a body cut short by the connection closing', async () => {
    handle = (req, res) => {
      res.writeHead(200, { 'content-length': 100 });
      res.write('{"id": 1, "te');
      setTimeout(() => req.socket.destroy(), 5);
    };
    await expect(httpGet(`${base}/item/1.json`, 2_000)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('refuses a body larger than any HN item instead of reading it all into memory', async () => {
    const mb = Buffer.alloc(1_000_000, 97);
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const more = () => {
        while (sent < 20 && res.write(mb)) sent++;
        if (sent < 20) res.once('drain', more);
        else res.end();
      };
      more();
    };
    await expect(httpGet(`${base}/item/1.json`, 10_000)).rejects.toThrow('response larger than 8 MB');
  });

  it('rejects a connection reset before any answer', async () => {
    handle = (req) => req.socket.destroy();
    await expect(httpGet(`${base}/item/1.json`, 2_000)).rejects.toThrow();
  });

  it('rejects an unreachable host and a URL it cannot fetch, with clear messages', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(httpGet(`http://127.0.0.1:${port}/v0/item/1.json`, 2_000)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(httpGet('ftp://example.org/item/1.json', 2_000)).rejects.toThrow('unsupported protocol ftp:');
    await expect(httpGet('not a url', 2_000)).rejects.toThrow('not a URL');
  });
});
