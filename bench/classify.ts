import { classifyItem, classifyItems } from '../src/core/classify/index.ts';
import { loadRecordedComments } from '../test/fakes/hn-replay.ts';
import { LONG_POSTINGS } from '../test/fixtures/long-postings.ts';
import { classifyInGroups } from './classify-rounds.ts';
import { peakRssMiB, row } from './util.ts';

/**
 * Every recorded posting through the classifier on one core: postings/s in groups (the way crawls
 * classify) and one at a time, p50/p99 per posting, peak RSS.
 */
export async function benchClassify(): Promise<void> {
  const items = loadRecordedComments();
  // Warm-up: compile the matchers and let the JIT settle.
  classifyItems(items.slice(0, 2000));
  for (const it of items.slice(0, 2000)) classifyItem(it);
  // Throughput as crawls and reclassify classify (classifyInGroups).
  const started = performance.now();
  classifyInGroups(items);
  const secs = (performance.now() - started) / 1000;
  // Latency of one posting on its own (classifyItem), as a single new comment is classified.
  const times = new Float64Array(items.length);
  const oneStarted = performance.now();
  for (let i = 0; i < items.length; i++) {
    const t0 = performance.now();
    classifyItem(items[i]!);
    times[i] = performance.now() - t0;
  }
  const oneSecs = (performance.now() - oneStarted) / 1000;
  times.sort();
  row('postings', items.length);
  row('wall time (in groups)', `${secs.toFixed(2)} s`);
  row('postings/s (one core, in groups)', (items.length / secs).toFixed(0));
  row('postings/s (one at a time)', (items.length / oneSecs).toFixed(0));
  row('p50 per posting', `${(times[Math.floor(items.length * 0.5)]! * 1000).toFixed(0)} µs`);
  row('p99 per posting', `${(times[Math.floor(items.length * 0.99)]! * 1000).toFixed(0)} µs`);
  row('target', '>= 10,000 postings/s');
  const [slowName, slowMs] = slowestLongPosting();
  row('slowest 200 KB posting', `${slowMs.toFixed(0)} ms (${slowName}; ${Object.keys(LONG_POSTINGS).length} shapes tried)`);
  row('peak RSS', `${peakRssMiB().toFixed(0)} MiB`);
  row('machine: plain character loop', `${referenceLoopNsPerChar().toFixed(2)} ns/char`);
}

/**
 * The worst case: the long postings built to catch rules that read the rest of a text for each
 * word (test/fixtures/long-postings.ts), each classified on its own. Before those rules were made
 * linear the slowest took 112 s; a crawl must never wait that long for one comment.
 */
function slowestLongPosting(): [string, number] {
  let slowest: [string, number] = ['', 0];
  for (const [name, text] of Object.entries(LONG_POSTINGS)) {
    const t0 = performance.now();
    classifyItem({ id: 1, text });
    const ms = performance.now() - t0;
    if (ms > slowest[1]) slowest = [name, ms];
  }
  return slowest;
}

/**
 * What one pass over a text costs on this machine: a loop that only reads and classifies each
 * character of 1 KB. Postings/s depends on the machine as much as on the code; this figure lets
 * two runs on different machines be compared (the classifier makes a few dozen such passes).
 */
function referenceLoopNsPerChar(): number {
  const text = 'We are hiring Rust and Go engineers, remote (US/EU). '.repeat(20);
  const letter = new Uint8Array(128);
  for (let c = 97; c <= 122; c++) letter[c] = 1;
  let sink = 0;
  const loop = () => {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 && letter[c] === 1) n++;
    }
    return n;
  };
  for (let k = 0; k < 20_000; k++) sink += loop();
  const rounds = 100_000;
  const t0 = performance.now();
  for (let k = 0; k < rounds; k++) sink += loop();
  const ns = ((performance.now() - t0) * 1e6) / (rounds * text.length);
  return sink > 0 ? ns : ns; // `sink` keeps the loop from being optimised away
}
