import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ThreadEntry } from '../fakes/hn-replay.ts';

export type { ThreadEntry };

/** ../shared beside the checkout: recorded HN data and the eval set. Never copied into the repo. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared', import.meta.url));
export const HN_DIR = `${SHARED_DIR}/hn`;

/** Fails (never skips) when the shared data is missing, saying where it was expected. */
export function requireShared(path: string): string {
  const full = `${SHARED_DIR}/${path}`;
  if (!existsSync(full)) throw new Error(`This test needs ${full} (the shared recorded data beside the checkout)`);
  return full;
}

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}


export function loadThreadsJson(): ThreadEntry[] {
  return JSON.parse(readFileSync(requireShared('hn/threads.json'), 'utf8')) as ThreadEntry[];
}
