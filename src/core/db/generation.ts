/**
 * A counter bumped by every write that changes what insights read (classifications). Caches of
 * derived data compare it to know they are stale; other processes sharing the database are
 * covered by the caches' short time-to-live.
 */
let generation = 0;

export function dataGeneration(): number {
  return generation;
}

export function bumpGeneration(): void {
  generation++;
}
