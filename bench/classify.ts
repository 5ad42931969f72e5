import { readdirSync, readFileSync } from 'node:fs';
import { classifyItem } from '../src/core/classify/index.ts';
import { DEFAULT_HN_DIR } from '../test/fakes/hn-replay.ts';
import { peakRssMiB, row } from './util.ts';

/** Every recorded posting through the classifier on one core: postings/s, p99 per posting, peak RSS. */
export async function benchClassify(): Promise<void> {
  const items: { id: number; text?: string }[] = [];
  for (const f of readdirSync(`${DEFAULT_HN_DIR}/items`)) {
    const lines = readFileSync(`${DEFAULT_HN_DIR}/items/${f}`, 'utf8').split('\n').filter(Boolean);
    for (const l of lines.slice(1)) items.push(JSON.parse(l));
  }
  // Warm-up: compile the matchers and let the JIT settle.
  for (const it of items.slice(0, 2000)) classifyItem(it);
  const times = new Float64Array(items.length);
  const started = performance.now();
  for (let i = 0; i < items.length; i++) {
    const t0 = performance.now();
    classifyItem(items[i]!);
    times[i] = performance.now() - t0;
  }
  const secs = (performance.now() - started) / 1000;
  times.sort();
  row('postings', items.length);
  row('wall time', `${secs.toFixed(2)} s`);
  row('postings/s (one core)', (items.length / secs).toFixed(0));
  row('p50 per posting', `${(times[Math.floor(items.length * 0.5)]! * 1000).toFixed(0)} µs`);
  row('p99 per posting', `${(times[Math.floor(items.length * 0.99)]! * 1000).toFixed(0)} µs`);
  row('target', '>= 10,000 postings/s');
  row('peak RSS', `${peakRssMiB().toFixed(0)} MiB`);
}
