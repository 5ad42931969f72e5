import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * A local stand-in for the HN Firebase API serving the recorded data in ../shared/hn, with
 * injectable latency and faults, and threads switchable between recorded snapshots. Tests and
 * benchmarks point HN_API_URL at it; nothing here talks to the internet.
 */

export const DEFAULT_HN_DIR = fileURLToPath(new URL('../../../shared/hn', import.meta.url));

export interface Faults {
  /** Probability (0..1) of answering 500/502/503. */
  http5xx?: number;
  /** Probability of never answering (the client must time out). */
  timeout?: number;
  /** Probability of sending half the body and closing the connection. */
  truncate?: number;
  /** Probability of destroying the socket without any response. */
  reset?: number;
}

export interface ReplayStats {
  requests: number;
  byKind: { item: number; user: number; other: number };
  faults: { http5xx: number; timeout: number; truncate: number; reset: number };
}

export interface HnReplayOptions {
  dataDir?: string;
  latencyMs?: number;
  faults?: Faults;
  /** Seed of the fault sequence, for reproducible runs. */
  seed?: number;
  /** Only requests whose path passes this filter get faults. */
  faultFilter?: (path: string) => boolean;
  port?: number;
}

export interface ThreadEntry {
  id: number;
  month: string;
  title: string;
  time: number | null;
  by: string;
  complete: boolean;
  count: number;
  live: number;
  dead: number;
  deleted: number;
}

export interface HnReplay {
  baseUrl: string;
  port: number;
  threads: ThreadEntry[];
  close(): Promise<void>;
  /** Serves a thread as recorded in snapshots/<id>@<name>.jsonl, or 'final' for items/. */
  useSnapshot(storyId: number, name: string): void;
  setItem(id: number, item: unknown): void;
  setRaw(id: number, body: string): void;
  clearOverrides(): void;
  setFaults(f: Faults): void;
  setLatency(ms: number): void;
  stats(): ReplayStats;
  resetStats(): void;
}

type Item = Record<string, unknown> & { id: number };

export function readJsonlFile(path: string): Item[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

/** Removes corpus metadata (`_time_estimated`, ...): the real API has no such fields. */
export function stripMeta(item: Item): Item {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !k.startsWith('_'))) as Item;
}

export function loadThreads(dataDir = DEFAULT_HN_DIR): ThreadEntry[] {
  return JSON.parse(readFileSync(`${dataDir}/threads.json`, 'utf8')) as ThreadEntry[];
}

/** A recorded thread with `_` fields kept, for tests that compare against the recording. */
export function loadThreadItems(storyId: number, dataDir = DEFAULT_HN_DIR): { story: Item; comments: Item[] } {
  const [story, ...comments] = readJsonlFile(`${dataDir}/items/${storyId}.jsonl`);
  if (!story) throw new Error(`empty recording for ${storyId}`);
  return { story, comments };
}

/** Every recorded comment: each items/*.jsonl file but its first line (the story), `_` fields kept. */
export function loadRecordedComments(dataDir = DEFAULT_HN_DIR): Item[] {
  const comments: Item[] = [];
  for (const file of readdirSync(`${dataDir}/items`)) {
    if (!file.endsWith('.jsonl')) continue;
    for (const item of readJsonlFile(`${dataDir}/items/${file}`).slice(1)) comments.push(item);
  }
  return comments;
}

export function loadSnapshot(storyId: number, name: string, dataDir = DEFAULT_HN_DIR): { story: Item; comments: Item[] } {
  const [story, ...comments] = readJsonlFile(`${dataDir}/snapshots/${storyId}@${name}.jsonl`);
  if (!story) throw new Error(`empty snapshot ${storyId}@${name}`);
  return { story, comments };
}

/** mulberry32: tiny, seedable, good enough to spread faults (and to draw eval sets and test strings: scripts/eval-draws.ts, test/classify). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startHnReplay(opts: HnReplayOptions = {}): Promise<HnReplay> {
  const dataDir = opts.dataDir ?? DEFAULT_HN_DIR;
  const threads = loadThreads(dataDir);

  // Final state: every items/*.jsonl file, bodies pre-serialised once.
  const base = new Map<number, string>();
  for (const file of readdirSync(`${dataDir}/items`)) {
    if (!file.endsWith('.jsonl')) continue;
    for (const item of readJsonlFile(`${dataDir}/items/${file}`)) base.set(item.id, JSON.stringify(stripMeta(item)));
  }
  const users = new Map<string, string>();
  for (const file of readdirSync(dataDir)) {
    const m = /^user-(.+)\.json$/.exec(file);
    if (m?.[1]) users.set(m[1], JSON.stringify(JSON.parse(readFileSync(`${dataDir}/${file}`, 'utf8'))));
  }
  const maxId = Math.max(...base.keys());

  // Snapshot layers: per thread, the ids it owns in its final state and the snapshot's bodies.
  // While a thread is on a snapshot, its story and comments come from the snapshot, and comments
  // that only the final state has did not exist yet: they answer null.
  const finalIdsOf = new Map<number, Set<number>>();
  const snapshotLayer = new Map<number, Map<number, string>>();
  const threadOfComment = new Map<number, number>();
  for (const t of threads) {
    const ids = new Set<number>();
    for (const line of readFileSync(`${dataDir}/items/${t.id}.jsonl`, 'utf8').split('\n')) {
      const m = /"id":(\d+)/.exec(line);
      if (m) ids.add(Number(m[1]));
    }
    finalIdsOf.set(t.id, ids);
  }
  const overrides = new Map<number, string>();

  let latency = opts.latencyMs ?? 0;
  let faults: Faults = opts.faults ?? {};
  const random = prng(opts.seed ?? 0x5eed);
  const emptyStats = (): ReplayStats => ({
    requests: 0,
    byKind: { item: 0, user: 0, other: 0 },
    faults: { http5xx: 0, timeout: 0, truncate: 0, reset: 0 },
  });
  let stats = emptyStats();

  const bodyOfItem = (id: number): string => {
    const override = overrides.get(id);
    if (override !== undefined) return override;
    const layerThread = threadOfComment.get(id);
    if (layerThread !== undefined) {
      const layer = snapshotLayer.get(layerThread);
      if (layer) return layer.get(id) ?? 'null';
    }
    return base.get(id) ?? 'null';
  };

  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    stats.requests++;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const item = /^\/v0\/item\/(\d+)\.json$/.exec(path);
    const user = /^\/v0\/user\/([^/]+)\.json$/.exec(path);
    if (item) stats.byKind.item++;
    else if (user) stats.byKind.user++;
    else stats.byKind.other++;

    let status = 200;
    let body: string;
    if (item) body = bodyOfItem(Number(item[1]));
    else if (user) body = users.get(decodeURIComponent(user[1] ?? '')) ?? 'null';
    else if (path === '/v0/maxitem.json') body = String(maxId);
    else {
      status = 404;
      body = JSON.stringify({ error: 'Permission denied' });
    }

    const respond = () => {
      const faulty = opts.faultFilter ? opts.faultFilter(path) : true;
      const roll = faulty ? random() : 1;
      let edge = 0;
      const hit = (p: number | undefined) => {
        edge += p ?? 0;
        return roll < edge;
      };
      if (hit(faults.reset)) {
        stats.faults.reset++;
        req.socket.destroy();
        return;
      }
      if (hit(faults.timeout)) {
        stats.faults.timeout++;
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (hit(faults.http5xx)) {
        stats.faults.http5xx++;
        const code = [500, 502, 503][Math.floor(random() * 3)] ?? 500;
        res.writeHead(code, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'Service Unavailable' }));
        return;
      }
      const bytes = Buffer.from(body);
      if (hit(faults.truncate)) {
        stats.faults.truncate++;
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length });
        res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        setImmediate(() => req.socket.destroy());
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
      res.end(bytes);
    };
    if (latency > 0) setTimeout(respond, latency);
    else respond();
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}/v0`,
    port,
    threads,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    useSnapshot(storyId, name) {
      const old = snapshotLayer.get(storyId);
      if (old) for (const id of old.keys()) threadOfComment.delete(id);
      for (const id of finalIdsOf.get(storyId) ?? []) threadOfComment.delete(id);
      snapshotLayer.delete(storyId);
      if (name === 'final') return;
      const { story, comments } = loadSnapshot(storyId, name, dataDir);
      const layer = new Map<number, string>();
      for (const it of [story, ...comments]) layer.set(it.id, JSON.stringify(stripMeta(it)));
      snapshotLayer.set(storyId, layer);
      for (const id of [...layer.keys(), ...(finalIdsOf.get(storyId) ?? [])]) threadOfComment.set(id, storyId);
    },
    setItem(id, value) {
      overrides.set(id, JSON.stringify(value));
    },
    setRaw(id, raw) {
      overrides.set(id, raw);
    },
    clearOverrides() {
      overrides.clear();
    },
    setFaults(f) {
      faults = f;
    },
    setLatency(ms) {
      latency = ms;
    },
    stats: () => structuredClone(stats),
    resetStats() {
      stats = emptyStats();
    },
  };
}
