import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClassifierInput, Prediction } from '../src/core/classify/index.ts';
import { loadRecordedComments } from '../test/fakes/hn-replay.ts';
import { row } from './util.ts';

type Classifier = { classifyItems(items: readonly ClassifierInput[]): Prediction[] };

/** Postings a turn: about 0.15 s, shorter than the VM's slow spells, longer than a cache warm-up. */
const TURN = 1000;
/**
 * Runs, each a new process: one timed pass each (see below). An even number, half of them with
 * each order: whichever classifier a process loads and warms first ran about 5% faster in it for
 * the whole pass (2026-12-06, the sixth session: the same code against itself read 1.059, 0.949,
 * 1.061 in runs of alternating order), so three runs, two in one order, leaned 1–2% to one side.
 */
const RUNS = 4;
/** Postings classified by both before the timed pass, as the classify bench warms up. */
const WARM_UP = 2000;
const CLASSIFY_DIR = 'src/core/classify';

/**
 * The classifier of the working tree against the one of a git commit (`--base=REF`, HEAD by
 * default), on every recorded posting, in turns of 1,000 postings that alternate which of the
 * two goes first. On the VM this was written on, postings/s of one program varies by 10–20%
 * between runs and by up to 40% between rounds: slow spells last seconds. Two programs run
 * side by side, turn by turn, meet the same spells, so their ratio over the runs holds to about
 * ±2% (the same code against itself: 0.997 over four), where separate runs could not tell a 5% change.
 * Each run is a new process that times one pass, after the same warm-up as the classify bench:
 * the classifier remembers short texts it has seen (header fields, places), and a second pass
 * over the same postings would credit a new memo with hits no crawl gets. The parent then says
 * whether the two predict the same for every posting. Unlike classify-instructions it sees what
 * cachegrind cannot: the processor's second-level cache, branch prediction and the engine's
 * helper threads.
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
    let ratio = 1;
    for (let run = 1; run <= RUNS; run++) {
      // Which of the two is loaded, warmed and timed first alternates from run to run.
      const order = run % 2 === 1 ? 'base-first' : 'work-first';
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), copy, order], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const m = /^ab (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/m.exec(child.stdout ?? '');
      if (child.status !== 0 || !m) {
        process.stderr.write(`classify-ab: run ${run} failed (exit ${child.status}):\n${(child.stderr ?? '').slice(-2000)}\n`);
        process.exitCode = 1;
        return;
      }
      const [baseMs, workMs, n] = [Number(m[1]), Number(m[2]), Number(m[3])];
      ratio *= workMs / baseMs;
      row(`run ${run} (${order}): postings/s`, `${ref} ${rate(n, baseMs)}, working tree ${rate(n, workMs)} (time ratio ${(workMs / baseMs).toFixed(3)})`);
    }
    const mean = ratio ** (1 / RUNS);
    const base: Classifier = await import(pathToFileURL(join(copy, 'index.ts')).href);
    const work: Classifier = await import('../src/core/classify/index.ts');
    const items = loadRecordedComments();
    row('postings', items.length);
    row('predictions that differ', samePredictions(base, work, items));
    row('working tree time / base time', `${mean.toFixed(3)} (geometric mean of ${RUNS} runs)`);
    row('working tree is faster by', `${((1 / mean - 1) * 100).toFixed(1)}% (±2% is noise)`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** One run, in a child process: warm both up, then one timed pass in alternating turns. */
async function timedPass(copy: string, baseFirst: boolean): Promise<void> {
  const importBase = async (): Promise<Classifier> => import(pathToFileURL(join(copy, 'index.ts')).href);
  const importWork = async (): Promise<Classifier> => import('../src/core/classify/index.ts');
  const base = baseFirst ? await importBase() : undefined;
  const work = await importWork();
  const both = { base: base ?? (await importBase()), work };
  const items = loadRecordedComments();
  const { base: b, work: w } = both;
  for (const which of baseFirst ? [b, w] : [w, b]) which.classifyItems(items.slice(0, WARM_UP));
  let baseMs = 0;
  let workMs = 0;
  for (let from = 0, turn = 0; from < items.length; from += TURN, turn++) {
    const chunk = items.slice(from, from + TURN);
    for (const which of (turn % 2 === 0) === baseFirst ? [b, w] : [w, b]) {
      const t0 = performance.now();
      which.classifyItems(chunk);
      const ms = performance.now() - t0;
      if (which === b) baseMs += ms;
      else workMs += ms;
    }
  }
  process.stdout.write(`ab ${baseMs.toFixed(3)} ${workMs.toFixed(3)} ${items.length}\n`);
}

const rate = (n: number, ms: number) => ((n / ms) * 1000).toFixed(0);

/** The classifier's directory as it is at `ref`, written to a temporary directory. */
function checkout(root: string, ref: string): string {
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', ref, '--', CLASSIFY_DIR], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    .split('\n')
    .filter(Boolean);
  if (files.length === 0) throw new Error(`no ${CLASSIFY_DIR} there`);
  // Inside the project: a copy under /tmp ran 1–3% slower than the same code in src, run after
  // run (tsx compiles a file outside the project without its tsconfig, which may be why).
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, 'tmp', 'classify-ab-'));
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2]) await timedPass(process.argv[2], process.argv[3] !== 'work-first');
