/**
 * When to re-fetch a posting we already have. Edits and deletions happen mostly in a thread's
 * first days; after that a posting rarely changes, so re-reading it every run would multiply
 * requests for nothing. Times: posting `time` in unix seconds, the rest in milliseconds.
 */
export interface FreshnessPolicy {
  /** Postings younger than this are re-fetched on every run. */
  youngMs: number;
  /** Up to this age, re-fetched when the last fetch is older than `middleEveryMs`. */
  middleMs: number;
  middleEveryMs: number;
  /** Older postings: re-fetched when the last fetch is older than `oldEveryMs`. */
  oldEveryMs: number;
}

const DAY = 86_400_000;

export const DEFAULT_FRESHNESS: FreshnessPolicy = {
  youngMs: 14 * DAY,
  middleMs: 90 * DAY,
  middleEveryMs: DAY,
  oldEveryMs: 30 * DAY,
};

/**
 * Where in [0, 1) an item's old-posting interval is stretched (a hash of its id): the comments of
 * a thread fetched in one tick (a new database's backfill) came due again all in one tick 30 days
 * later, as large as the backfill; spread over the next 15 days they come a few a day.
 */
function spreadOf(id: number): number {
  return (Math.imul(id >>> 0, 2654435761) >>> 0) / 2 ** 32;
}

export function needsRefetch(
  postingTimeSec: number | null,
  lastFetchedAtMs: number | null,
  nowMs: number,
  policy: FreshnessPolicy = DEFAULT_FRESHNESS,
  /** The item's id: old postings of one thread then come due on different days. */
  id?: number,
): boolean {
  if (lastFetchedAtMs === null) return true;
  // Unknown age (no time recorded): treat as young rather than risk missing a change.
  const ageMs = postingTimeSec === null ? 0 : nowMs - postingTimeSec * 1000;
  const sinceFetch = nowMs - lastFetchedAtMs;
  if (ageMs < policy.youngMs) return true;
  if (ageMs < policy.middleMs) return sinceFetch >= policy.middleEveryMs;
  return sinceFetch >= policy.oldEveryMs * (id === undefined ? 1 : 1 + spreadOf(id) / 2);
}
