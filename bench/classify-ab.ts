import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClassifierInput, Prediction } from '../src/core/classify/index.ts';
import { loadRecordedComments } from '../test/fakes/hn-replay.ts';
import { row } from './util.ts';

type Classifier = { classifyItems(items: readonly ClassifierInput[]): Prediction[] };

/** Postings a turn: about 0.15 s, shorter than the VM's slow spells, longer than a cache warm-up. */
const TURN = 1000;
const PASSES = 3;
const CLASSIFY_DIR = 'src/core/classify';

/**
 * The classifier of the working tree against the one of a git commit (`--base=REF`, HEAD by
 * default), in one process, on every recorded posting, in turns of 1,000 postings that
 * alternate which of the two goes first. On the VM this was written on, postings/s of one
 * program varies by 10–20% between runs and by up to 40% between rounds: slow spells last
 * seconds. Two programs run side by side, turn by turn, meet the same spells, so their ratio
 * holds to about ±1.5% (the same code against itself gave 0.99–1.01), where separate runs could
 * not tell a 5% change. It also says whether the two predict the same for every posting.
 * Unlike classify-instructions it sees what cachegrind cannot: the processor's second-level
 * cache, branch prediction and the engine's helper threads.
 */
export async function benchClassifyAb(): Promise<void> {
  const ref = process.argv.find((a) => a.startsWith('--base='))?.slice('--base='.length) || 'HEAD';
  const root = fileURLToPath(new URL('..', import.meta.url));
  let copy: string;
  try {
    copy = checkout(root, ref);
  } catch (e) {
    process.stderr.write(`classify-ab: cannot read ${CLASSIFY_DIR} at "${ref}" from git: ${(e as Error).message.split('\n')[0]}\n`);
    process.exitCode = 1;
    return;
  }
  try {
    const base: Classifier = await import(pathToFileURL(join(copy, 'index.ts')).href);
    const work: Classifier = await import('../src/core/classify/index.ts');
    const items = loadRecordedComments();
    const differ = samePredictions(base, work, items);
    // Warm-up: both compile their matchers and let the JIT settle.
    base.classifyItems(items.slice(0, 3000));
    work.classifyItems(items.slice(0, 3000));
    let baseMs = 0;
    let workMs = 0;
    for (let pass = 0; pass < PASSES; pass++) {
      let b = 0;
      let w = 0;
      for (let from = 0, turn = 0; from < items.length; from += TURN, turn++) {
        const chunk = items.slice(from, from + TURN);
        for (const which of turn % 2 === 0 ? [base, work] : [work, base]) {
          const t0 = performance.now();
          which.classifyItems(chunk);
          const ms = performance.now() - t0;
          if (which === base) b += ms;
          else w += ms;
        }
      }
      row(`pass ${pass + 1}: postings/s`, `${ref} ${rate(items.length, b)}, working tree ${rate(items.length, w)}`);
      baseMs += b;
      workMs += w;
    }
    row('postings', items.length);
    row('predictions that differ', differ);
    row('working tree time / base time', (workMs / baseMs).toFixed(3));
    row('working tree is faster by', `${((baseMs / workMs - 1) * 100).toFixed(1)}% (±1.5% is noise)`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const rate = (n: number, ms: number) => ((n / ms) * 1000).toFixed(0);

/** The classifier's directory as it is at `ref`, written to a temporary directory. */
function checkout(root: string, ref: string): string {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', ref, '--', CLASSIFY_DIR], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    .split('\n')
    .filter(Boolean);
  if (files.length === 0) throw new Error(`no ${CLASSIFY_DIR} there`);
  const dir = mkdtempSync(join(tmpdir(), 'classify-ab-'));
  for (const file of files) {
    const target = join(dir, file.slice(CLASSIFY_DIR.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, execFileSync('git', ['show', `${ref}:${file}`], { cwd: root, maxBuffer: 64 << 20 }));
  }
  const same = files.every((f) => readFileSync(join(root, f)).equals(readFileSync(join(dir, f.slice(CLASSIFY_DIR.length + 1)))));
  if (same) process.stdout.write(`(the working tree's classifier is the one at ${ref}: the figures below show the harness's own spread)\n`);
  return dir;
}

/** How many postings the two classifiers predict differently. */
function samePredictions(a: Classifier, b: Classifier, items: readonly ClassifierInput[]): number {
  let differ = 0;
  for (let from = 0; from < items.length; from += TURN) {
    const chunk = items.slice(from, from + TURN);
    const pa = a.classifyItems(chunk);
    const pb = b.classifyItems(chunk);
    for (let k = 0; k < chunk.length; k++) if (JSON.stringify(pa[k]) !== JSON.stringify(pb[k])) differ++;
  }
  return differ;
}
