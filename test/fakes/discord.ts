import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Discord: the REST routes the bot uses and a gateway speaking HELLO,
 * IDENTIFY → READY, heartbeats and INTERACTION_CREATE. Every request is recorded.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** JSON body, or the payload_json part of a multipart body. */
  json: unknown;
  /** Names of multipart file parts. */
  files: string[];
}

export interface FakeDiscord {
  apiUrl: string;
  /** Messages created in channels (after nonce de-duplication), by channel id. */
  channelMessages: Map<string, { id: string; nonce?: string; body: unknown }[]>;
  requests: RecordedRequest[];
  /** Answer the next n channel-message posts with HTTP 500. */
  failNextPosts(n: number): void;
  /** Refuse the next n edits of an interaction's reply with HTTP 400 (50035 Invalid Form Body). */
  refuseNextEdits(n: number): void;
  /** Delay before answering channel-message posts (lets a SIGKILL land mid-delivery). */
  setLatency(ms: number): void;
  /** Queue a 429 with Retry-After (seconds) for the next request whose path matches. */
  rateLimitNext(pathPart: string, retryAfterSec: number): void;
  /** Sends INTERACTION_CREATE to every connected gateway client. */
  sendInteraction(d: Record<string, unknown>): void;
  identified: Promise<void>;
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export const APP_ID = '111111111111111111';

function parseBody(req: IncomingMessage, body: string): { json: unknown; files: string[] } {
  const type = req.headers['content-type'] ?? '';
  if (type.includes('multipart/form-data')) {
    const files = [...body.matchAll(/name="(files\[\d+\])"/g)].map((m) => m[1]!);
    const payload = /name="payload_json"[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n--/.exec(body)?.[1];
    return { json: payload ? JSON.parse(payload) : null, files };
  }
  try {
    return { json: body ? JSON.parse(body) : null, files: [] };
  } catch {
    return { json: null, files: [] };
  }
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const channelMessages = new Map<string, { id: string; nonce?: string; body: unknown }[]>();
  let nextMessageId = 1000;
  let latency = 0;
  let failPosts = 0;
  let refuseEdits = 0;
  const limits: { part: string; secs: number }[] = [];
  const sockets = new Set<Socket>();
  const clients = new Set<WebSocket>();
  let seq = 1;
  let resolveIdentified: () => void = () => {};
  const identified = new Promise<void>((r) => {
    resolveIdentified = r;
  });

  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const wsPort = (wss.address() as AddressInfo).port;
  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d: unknown };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        ws.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: seq++,
            d: {
              v: 10,
              user: { id: APP_ID, username: 'hiring-radar', discriminator: '0', avatar: null, bot: true },
              guilds: [],
              session_id: 'session',
              resume_gateway_url: `ws://127.0.0.1:${wsPort}`,
              shard: [0, 1],
              application: { id: APP_ID, flags: 0 },
            },
          }),
        );
        resolveIdentified();
      }
    });
  });

  const waiters: { pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('latin1');
      const path = (req.url ?? '').split('?')[0] ?? '';
      const rec: RecordedRequest = { method: req.method ?? '', path, headers: req.headers, body, ...parseBody(req, body) };
      requests.push(rec);
      const limit = limits.findIndex((l) => path.includes(l.part));
      if (limit >= 0) {
        const { secs } = limits.splice(limit, 1)[0]!;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(secs), 'x-ratelimit-scope': 'user' });
        res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: secs, global: false }));
        return;
      }
      for (const w of [...waiters]) {
        if (w.pred(rec)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(rec);
        }
      }
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const message = (extra: unknown) => ({ id: String(Date.now()), channel_id: '3', type: 0, content: '', embeds: [], attachments: [], author: { id: APP_ID, username: 'hiring-radar', discriminator: '0', avatar: null }, timestamp: new Date().toISOString(), ...(extra as object) });
      if (path === '/api/v10/gateway/bot') return json(200, { url: `ws://127.0.0.1:${wsPort}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
      if (/^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
        res.writeHead(204);
        return res.end();
      }
      if (/\/messages\/(@|%40)original$/.test(path)) {
        if (req.method === 'DELETE') {
          res.writeHead(204);
          return res.end();
        }
        if (req.method === 'PATCH' && refuseEdits > 0) {
          refuseEdits--;
          return json(400, { message: 'Invalid Form Body', code: 50035, errors: {} });
        }
        return json(200, message(rec.json));
      }
      if (/^\/api\/v10\/webhooks\/[^/]+\/[^/]+$/.test(path)) return json(200, message(rec.json));
      if (path === '/api/v10/users/@me/channels' && req.method === 'POST') {
        const recipient = (rec.json as { recipient_id?: string })?.recipient_id ?? '0';
        return json(200, { id: `7${recipient}`, type: 1, recipients: [{ id: recipient }] });
      }
      const channel = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(path);
      if (channel && req.method === 'POST') {
        const id = channel[1]!;
        const answer = (status: number, value: unknown) => setTimeout(() => json(status, value), latency);
        if (failPosts > 0) {
          failPosts--;
          return answer(500, { message: 'Internal Server Error', code: 0 });
        }
        // Channels whose id starts with 9 do not exist (deleted, or the bot was removed).
        if (id.startsWith('9')) return json(404, { message: 'Unknown Channel', code: 10003 });
        const b = rec.json as { nonce?: string; enforce_nonce?: boolean };
        const list = channelMessages.get(id) ?? [];
        // Like Discord: with enforce_nonce, a nonce seen recently returns the message already created.
        const dup = b.enforce_nonce && b.nonce ? list.find((m) => m.nonce === b.nonce) : undefined;
        if (dup) return answer(200, message({ id: dup.id, channel_id: id }));
        const created = { id: String(nextMessageId++), ...(b.nonce ? { nonce: b.nonce } : {}), body: rec.json };
        list.push(created);
        channelMessages.set(id, list);
        return answer(200, message({ id: created.id, channel_id: id }));
      }
      if (/^\/api\/v10\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(path)) {
        return json(200, ((rec.json as { name: string }[]) ?? []).map((c, i) => ({ id: String(i + 1), application_id: APP_ID, version: '1', ...c })));
      }
      json(404, { message: 'Unknown route', code: 0 });
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    channelMessages,
    identified,
    setLatency(ms) {
      latency = ms;
    },
    refuseNextEdits(n) {
      refuseEdits = n;
    },
    failNextPosts(n) {
      failPosts = n;
    },
    rateLimitNext(part, secs) {
      limits.push({ part, secs });
    },
    sendInteraction(d) {
      for (const ws of clients) ws.send(JSON.stringify({ op: 0, t: 'INTERACTION_CREATE', s: seq++, d }));
    },
    waitFor(pred, timeoutMs = 20_000) {
      const found = requests.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { pred, resolve };
        waiters.push(w);
        setTimeout(() => reject(new Error('timed out waiting for a request to the fake Discord')), timeoutMs).unref();
      });
    },
    async close() {
      for (const ws of clients) ws.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A raw slash-command interaction as Discord's gateway sends it. */
export function slashInteraction(
  name: string,
  options: { name: string; type: number; value: string | number }[],
  id = '900000000000000001',
  permissions = '0',
  /** The bot's own permissions in the channel: by default all a digest needs (view, send, embed, attach, send in threads). */
  appPermissions = String((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 38n)),
) {
  return {
    id,
    type: 2,
    application_id: APP_ID,
    token: `token-${id}`,
    version: 1,
    guild_id: '222222222222222222',
    channel_id: '333333333333333333',
    channel: { id: '333333333333333333', type: 0, guild_id: '222222222222222222', name: 'general' },
    member: {
      user: { id: '444444444444444444', username: 'asker', discriminator: '0', avatar: null },
      roles: [],
      permissions,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    data: { id: '555555555555555555', type: 1, name, options },
    app_permissions: appPermissions,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': '222222222222222222' },
    context: 0,
  };
}
