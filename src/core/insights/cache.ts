import type { Db } from '../db/connect.ts';
import { dataGeneration } from '../db/generation.ts';
import type { ThreadInfo } from './data.ts';
import { loadFacts, type PostingFacts } from './facets.ts';

/** How long a thread's facts are trusted without a local write: bounds staleness across processes. */
const TTL_MS = 60_000;

interface Entry {
  facts: PostingFacts[];
  generation: number;
  loadedAt: number;
  lastCrawledAt: number | null;
}

const cache = new Map<string, Entry>();

/**
 * Live job postings of each thread with their facets, from memory when nothing changed since
 * they were loaded. A thread has at most a few thousand postings, so answering from memory
 * keeps every command within milliseconds once the data is warm.
 */
export async function threadFacts(db: Db, version: string, threads: readonly ThreadInfo[]): Promise<Map<number, PostingFacts[]>> {
  const now = Date.now();
  const gen = dataGeneration();
  const out = new Map<number, PostingFacts[]>();
  const missing: ThreadInfo[] = [];
  for (const t of threads) {
    const e = cache.get(`${db.describe}|${version}|${t.id}`);
    if (e && e.generation === gen && e.lastCrawledAt === t.lastCrawledAt && now - e.loadedAt < TTL_MS) out.set(t.id, e.facts);
    else missing.push(t);
  }
  if (missing.length) {
    const loaded = await loadFacts(db, version, missing.map((t) => t.id));
    for (const t of missing) {
      const facts = loaded.get(t.id) ?? [];
      cache.set(`${db.describe}|${version}|${t.id}`, { facts, generation: gen, loadedAt: now, lastCrawledAt: t.lastCrawledAt });
      out.set(t.id, facts);
    }
  }
  return out;
}

/** Forget everything (tests, or after bulk changes). */
export function clearFactsCache(): void {
  cache.clear();
}
