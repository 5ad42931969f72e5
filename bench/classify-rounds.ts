import { type ClassifierInput, classifyItems } from '../src/core/classify/index.ts';
import { loadRecordedComments } from '../test/fakes/hn-replay.ts';

/**
 * Child of the classify-instructions bench, run under cachegrind: classifies a fixed sample of
 * the recorded postings (every 18th, about 2,100) `rounds` times, the way crawls do. Nothing is
 * printed: cachegrind counts what it did.
 */
const SAMPLE_EVERY = 18;

export function sample() {
  return loadRecordedComments().filter((_, i) => i % SAMPLE_EVERY === SAMPLE_EVERY - 1);
}

/** Classifies postings as crawls and reclassify do: 500 stored postings at a time (classifyItems), stages timed into `stageMs` if given. */
export function classifyInGroups(items: readonly ClassifierInput[], stageMs?: Float64Array): void {
  for (let from = 0; from < items.length; from += 500) classifyItems(items.slice(from, from + 500), stageMs);
}

if (process.argv[1]?.endsWith('classify-rounds.ts')) {
  const rounds = Number(process.argv[2] ?? '1');
  const items = sample();
  for (let r = 0; r < rounds; r++) classifyInGroups(items);
}
