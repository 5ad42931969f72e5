import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sample } from './classify-rounds.ts';
import { row } from './util.ts';

const ROUNDS_SHORT = 1;
const ROUNDS_LONG = 4;

interface Counts {
  instructions: number;
  d1Misses: number;
  llMisses: number;
}

/**
 * The classifier's work per posting as counted by cachegrind (valgrind): instructions executed
 * and simulated cache misses. Wall-clock postings/s on the VM this was written on varies by
 * 10–20% between runs of the same code; these counts by under 1%, so they tell whether a change
 * made the classifier do less. (They are not time: a cache miss costs far more than an
 * instruction, and V8 runs here without its helper threads.) A sample of postings is classified
 * once and four times; the difference, per round and posting, leaves out start-up, loading and
 * compilation.
 */
export async function benchClassifyInstructions(): Promise<void> {
  const probe = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    process.stderr.write('classify-instructions needs valgrind (Debian: apt-get install valgrind); it is not installed here.\n');
    process.exitCode = 1;
    return;
  }
  const postings = sample().length;
  // The two runs are independent: on two cores they run side by side.
  const [short, long] = await Promise.all([countRun(ROUNDS_SHORT), countRun(ROUNDS_LONG)]);
  const per = (k: keyof Counts) => (long[k] - short[k]) / (ROUNDS_LONG - ROUNDS_SHORT) / postings;
  row('postings (every 18th recorded)', postings);
  row('instructions per posting', Math.round(per('instructions')).toLocaleString('en-US'));
  row('L1 data misses per posting', Math.round(per('d1Misses')).toLocaleString('en-US'));
  row('last-level misses per posting', per('llMisses').toFixed(1));
  row('tool', probe.stdout.trim());
}

/** One child classifying the sample `rounds` times under cachegrind, and its totals. */
function countRun(rounds: number): Promise<Counts> {
  const child = fileURLToPath(new URL('./classify-rounds.ts', import.meta.url));
  // --predictable: no compiler or collector threads and no time-based heuristics, fixed hash and
  // random seeds; without it two runs of the same code differed by up to 4%, with it by under 1%.
  const node = [process.execPath, '--predictable', '--import', 'tsx', child, String(rounds)];
  const args = ['--tool=cachegrind', '--cache-sim=yes', '--cachegrind-out-file=/dev/null', ...node];
  return new Promise((resolve, reject) => {
    const p = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    p.on('error', reject);
    p.on('close', (code) => {
      const num = (label: string) => {
        const m = new RegExp(`${label}:\\s+([\\d,]+)`).exec(err);
        return m ? Number(m[1]!.replace(/,/g, '')) : Number.NaN;
      };
      const counts = { instructions: num('I\\s+refs'), d1Misses: num('D1\\s+misses'), llMisses: num('LL\\s+misses') };
      if (code !== 0 || Number.isNaN(counts.instructions)) reject(new Error(`cachegrind run failed (exit ${code}):\n${err.slice(-2000)}`));
      else resolve(counts);
    });
  });
}
