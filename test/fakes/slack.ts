import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** A local stand-in for Slack's Web API, file uploads and response_url, recording every call. */
export interface SlackCall {
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: unknown;
}

/** A message in a channel's history: posted with chat.postMessage, or a file upload's share (with `files`). */
export interface FakeSlackMessage {
  ts: string;
  text: string;
  metadata?: unknown;
  files?: { id: string; name: string; title: string }[];
}

export interface FakeSlack {
  base: string;
  apiUrl: string;
  calls: SlackCall[];
  /** Messages posted with chat.postMessage, by channel, with their metadata, and files shared there (uploads). */
  messages: Map<string, FakeSlackMessage[]>;
  /** Delay before answering chat.postMessage (the message is stored first, as on Slack). */
  setLatency(ms: number): void;
  /** Delay before answering posts to a command's response_url (holds a reply in flight). */
  setResponseLatency(ms: number): void;
  /** Make the next chat.postMessage calls fail with HTTP 500. */
  failNextPosts(n: number): void;
  /** The next n auth.test calls answer Slack's internal_error (a Slack outage at boot). */
  failNextAuthTests(n: number): void;
  /** Socket Mode: envelopes acknowledged by the client ({envelope_id, payload?}). */
  acks: { envelope_id: string; payload?: unknown }[];
  /** Socket Mode: sends an envelope to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void;
  socketConnected: Promise<void>;
  waitFor(pred: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const waiters: { pred: (c: SlackCall) => boolean; resolve: (c: SlackCall) => void }[] = [];
  const sockets = new Set<Socket>();
  let base = '';
  const acks: { envelope_id: string; payload?: unknown }[] = [];
  const messages = new Map<string, FakeSlackMessage[]>();
  /** Uploads begun with files.getUploadURLExternal: their file names, by file id. */
  const uploadNames = new Map<string, string>();
  let failPosts = 0;
  let failAuth = 0;
  let latency = 0;
  let responseLatency = 0;
  let tsCounter = 1;
  const clients = new Set<WebSocket>();
  let connected: () => void = () => {};
  const socketConnected = new Promise<void>((r) => {
    connected = r;
  });
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    ws.on('message', (data) => acks.push(JSON.parse(String(data))));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
    connected();
  });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('latin1');
      let json: unknown = null;
      try {
        json = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(body));
      } catch {}
      const call: SlackCall = { path: req.url ?? '', method: req.method ?? '', headers: req.headers, body, json };
      calls.push(call);
      for (const w of [...waiters]) {
        if (!w.pred(call)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
      const ok = (v: Record<string, unknown> = {}) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, ...v }));
      };
      const path = call.path.split('?')[0] ?? '';
      if (path.startsWith('/commands/') && responseLatency > 0) {
        setTimeout(() => ok(), responseLatency);
        return;
      }
      if (path === '/api/files.getUploadURLExternal') {
        const id = `F${uploadNames.size + 1}`;
        uploadNames.set(id, (json as { filename?: string } | null)?.filename ?? '');
        return ok({ upload_url: `${base}/upload/${id}`, file_id: id });
      }
      if (path === '/api/files.completeUploadExternal') {
        const b = json as { channel_id?: string; files?: string } | null;
        // A channel the bot is not in.
        if (b?.channel_id === 'CNOTIN') return ok({ ok: false, error: 'not_in_channel' });
        const files = (JSON.parse(b?.files ?? '[]') as { id: string; title?: string }[]).map((f) => ({ id: f.id, name: uploadNames.get(f.id) ?? '', title: f.title ?? '' }));
        // As on Slack, the shared files appear in the channel's history as a message of their own.
        if (b?.channel_id) {
          const list = messages.get(b.channel_id) ?? [];
          list.push({ ts: `1700000000.${String(tsCounter++).padStart(6, '0')}`, text: '', files });
          messages.set(b.channel_id, list);
        }
        return ok({ files });
      }
      if (path === '/api/chat.postMessage') {
        if (failPosts > 0) {
          failPosts--;
          res.writeHead(500, { 'content-type': 'text/plain' });
          return res.end('internal error');
        }
        const b = json as { channel?: string; text?: string; metadata?: string };
        if (b.channel === 'CGONE') return ok({ ok: false, error: 'channel_not_found' });
        const ts = `1700000000.${String(tsCounter++).padStart(6, '0')}`;
        const list = messages.get(b.channel ?? '') ?? [];
        list.push({ ts, text: b.text ?? '', ...(b.metadata ? { metadata: JSON.parse(b.metadata) } : {}) });
        messages.set(b.channel ?? '', list);
        setTimeout(() => ok({ ts, channel: b.channel }), latency);
        return;
      }
      if (path === '/api/conversations.history') {
        const b = json as { channel?: string };
        if (b.channel === 'CGONE') return ok({ ok: false, error: 'channel_not_found' });
        // An app installed before the manifest asked for the history scopes.
        if (b.channel === 'CNOHISTORY') return ok({ ok: false, error: 'missing_scope', needed: 'channels:history' });
        return ok({ messages: [...(messages.get(b.channel ?? '') ?? [])].reverse(), has_more: false });
      }
      if (path === '/api/conversations.info') {
        const channel = (json as { channel?: string } | null)?.channel ?? '';
        // A private channel the bot is not in is not found; an app without the read scopes cannot ask.
        if (channel === 'CPRIVATE') return ok({ ok: false, error: 'channel_not_found' });
        if (channel === 'CNOSCOPE') return ok({ ok: false, error: 'missing_scope', needed: 'channels:read' });
        return ok({ channel: { id: channel, is_channel: true, is_member: channel !== 'CNOTIN' } });
      }
      if (path === '/api/apps.connections.open') return ok({ url: wsUrl });
      if (path === '/api/conversations.open') return ok({ channel: { id: `D${(json as { users?: string })?.users ?? ''}` } });
      if (path === '/api/users.info') {
        const user = (json as { user?: string })?.user ?? '';
        // UEXTADMIN: an admin of another organisation's workspace, met in a Slack Connect channel.
        return ok({ user: { id: user, team_id: user === 'UEXTADMIN' ? 'T9' : 'T1', is_admin: user === 'UADMIN' || user === 'UEXTADMIN', is_owner: false } });
      }
      if (path === '/api/auth.test') {
        if (failAuth > 0) {
          failAuth--;
          return ok({ ok: false, error: 'internal_error' });
        }
        return ok({ user_id: 'U0BOT', bot_id: 'B1', team_id: 'T1' });
      }
      return ok();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    apiUrl: `${base}/api/`,
    calls,
    messages,
    setResponseLatency(ms) {
      responseLatency = ms;
    },
    setLatency(ms) {
      latency = ms;
    },
    failNextAuthTests(n) {
      failAuth = n;
    },
    failNextPosts(n) {
      failPosts = n;
    },
    acks,
    socketConnected,
    sendEnvelope(envelope) {
      for (const ws of clients) ws.send(JSON.stringify(envelope));
    },
    waitFor(pred, timeoutMs = 20_000) {
      const found = calls.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ pred, resolve });
        setTimeout(() => reject(new Error('timed out waiting for a call to the fake Slack')), timeoutMs).unref();
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

/** Signs a body the way Slack does: v0=hex(HMAC_SHA256(secret, "v0:" + ts + ":" + body)). */
export function slackSignature(secret: string, ts: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
}

export function slashBody(command: string, text: string, responseUrl: string, userId = 'U1'): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'acme',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: userId,
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}
