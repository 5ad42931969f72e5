import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyJsonlFile } from '../src/core/classify/predict.ts';
import { prng } from '../test/fakes/hn-replay.ts';
import { type EvalSet, HELD_OUT_SETS, labelsOf, recordedComments, SHARED } from './eval-sets.ts';

/**
 * How sure the figures are: the issue checks its targets on one set of postings nobody here has
 * read, and on a set the size of the dev set (150 postings) a field that counts few postings can
 * miss its target by one or two errors. Salary exact counts only the postings with pay (17 of the
 * dev set's 150), a trap term's precision only the postings the term is found in (Go: 12): two
 * wrong pays among 17 are 0.882, under 0.92, and one false Go among 12 is 0.923, under 0.97. So
 * a field's figure over a thousand postings says little of whether one draw of 150 meets its
 * target. This draws many sets of that size from our held-out sets (labelled
 * blind, no rule written from them: eval/README.md) and counts how often each target is missed.
 * Our labellers' readings differ from the dev set's where the guide leaves room, so the chances
 * it prints are those of our labels, likely above those of the issue's own.
 */

/** The issue's targets, as score.mjs reports the fields (`--json`). */
export const TARGETS = {
  skills: 0.95,
  trapPrecision: 0.97,
  remote: 0.95,
  countries: 0.92,
  salaryExact: 0.92,
  visa: 0.95,
  roles: 0.85,
  company: 0.9,
  isJobPosting: 0.98,
} as const;

/** The ambiguous terms whose precision the issue holds to TARGETS.trapPrecision each. */
export const TRAP_TERMS = ['Go', 'C', 'R', 'Rust', 'Swift', 'Java', 'Scala', 'React', 'React Native', 'Spring', 'Express', 'Phoenix', 'Next.js'] as const;

/** What score.mjs --json reports, as far as the targets read it. */
export interface ScoreReport {
  is_job_posting_accuracy: number;
  skills: { f1: number };
  countries: { f1: number };
  roles: { f1: number };
  remote_accuracy: number;
  visa_accuracy: number;
  company_accuracy: number;
  salary_exact_accuracy: number;
  trap_terms: Record<string, { precision: number; tp: number; fp: number }>;
}

/** The targets a report misses, by name ("salary exact", "Go precision", ...); none when it meets them all. */
export function missedTargets(r: ScoreReport): string[] {
  const missed: string[] = [];
  if (r.skills.f1 < TARGETS.skills) missed.push('skills F1');
  for (const term of TRAP_TERMS) {
    const t = r.trap_terms[term];
    // A term the set never finds has no precision to miss (score.mjs prints 1).
    if (t && t.tp + t.fp > 0 && t.precision < TARGETS.trapPrecision) missed.push(`${term} precision`);
  }
  if (r.remote_accuracy < TARGETS.remote) missed.push('remote');
  if (r.countries.f1 < TARGETS.countries) missed.push('countries F1');
  if (r.salary_exact_accuracy < TARGETS.salaryExact) missed.push('salary exact');
  if (r.visa_accuracy < TARGETS.visa) missed.push('visa');
  if (r.roles.f1 < TARGETS.roles) missed.push('roles F1');
  if (r.company_accuracy < TARGETS.company) missed.push('company');
  if (r.is_job_posting_accuracy < TARGETS.isJobPosting) missed.push('is_job_posting');
  return missed;
}

/** `size` distinct indexes below `n`, in the order drawn (a partial Fisher–Yates shuffle). */
export function drawIndexes(n: number, size: number, random: () => number): number[] {
  if (size > n) throw new Error(`cannot draw ${size} postings from ${n}`);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, size);
}

export interface DrawsReport {
  /** Where the draws come from, as the report prints it. */
  from: string;
  /** Labelled postings the draws are made from. */
  postings: number;
  draws: number;
  size: number;
  /** Draws that missed at least one target. */
  anyMissed: number;
  /** Draws that missed each target, by name, most missed first. */
  missed: [string, number][];
}

export interface DrawsOptions {
  sets?: readonly Exclude<EvalSet, 'dev'>[];
  draws?: number;
  /** Postings a draw takes, from the sets as a whole. */
  size?: number;
  /** Instead of `size`: postings a draw takes from each year (of the posting's time), e.g. devYearMix(). */
  years?: Readonly<Record<string, number>>;
  seed?: number;
}

/** The year of a posting's time (Unix seconds), UTC. */
const yearOf = (time: number) => String(new Date(time * 1000).getUTCFullYear());

/**
 * How many of the dev set's 150 postings come from each year. The held-out sets hold only
 * 2012–2018 postings, where few name pay; the dev set takes 70 of its 150 from 2019 and 2026,
 * and 13 of its 17 postings with pay from 2026: a set drawn like it counts other postings.
 */
export function devYearMix(): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const line of readFileSync(join(SHARED, 'eval', 'dev-items.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const year = yearOf((JSON.parse(line) as { time: number }).time);
    mix[year] = (mix[year] ?? 0) + 1;
  }
  return mix;
}

/**
 * Classifies the sets' postings once, then scores `draws` random sets of them with score.mjs
 * (`size` postings, or `years`' counts year by year) and counts the targets each misses
 * (missedTargets).
 */
export async function evalDraws({ sets = HELD_OUT_SETS, draws = 200, size = 150, years, seed = 20261207 }: DrawsOptions = {}): Promise<DrawsReport> {
  const labels = sets.flatMap((set) => readFileSync(labelsOf(set), 'utf8').split('\n').filter(Boolean));
  const ids = labels.map((l) => (JSON.parse(l) as { id: number }).id);
  const comments = recordedComments(ids);
  // The labels of each year, by index, when the draws follow a mix of years.
  const byYear = new Map<string, number[]>();
  if (years) {
    comments.forEach((c, i) => {
      const year = yearOf(Number(c.time));
      const ofYear = byYear.get(year);
      if (ofYear) ofYear.push(i);
      else byYear.set(year, [i]);
    });
  }
  const drawSize = years ? Object.values(years).reduce((a, b) => a + b, 0) : size;
  const dir = mkdtempSync(join(tmpdir(), 'hr-draws-'));
  try {
    const items = join(dir, 'items.jsonl');
    writeFileSync(items, `${comments.map((c) => JSON.stringify(c)).join('\n')}\n`);
    const lines: string[] = [];
    await classifyJsonlFile(items, (l) => lines.push(l));
    const random = prng(seed);
    const counts = new Map<string, number>();
    let anyMissed = 0;
    const drawnLabels = join(dir, 'labels.jsonl');
    const drawnPred = join(dir, 'pred.jsonl');
    for (let k = 0; k < draws; k++) {
      const picked = years
        ? Object.entries(years).flatMap(([year, n]) => {
            const ofYear = byYear.get(year) ?? [];
            if (n > ofYear.length) throw new Error(`cannot draw ${n} postings of ${year} from ${ofYear.length}`);
            return drawIndexes(ofYear.length, n, random).map((j) => ofYear[j]!);
          })
        : drawIndexes(labels.length, size, random);
      // Only the drawn postings' predictions: score.mjs reads its whole file each time.
      writeFileSync(drawnLabels, `${picked.map((i) => labels[i]).join('\n')}\n`);
      writeFileSync(drawnPred, `${picked.map((i) => lines[i]).join('\n')}\n`);
      const out = execFileSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), '--labels', drawnLabels, '--pred', drawnPred, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const missed = missedTargets(JSON.parse(out) as ScoreReport);
      if (missed.length > 0) anyMissed++;
      for (const m of missed) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const heldOut = sets.every((set) => (HELD_OUT_SETS as readonly string[]).includes(set)) ? 'held-out ' : '';
    const from = `${labels.length} labelled postings of ${sets.length === 1 ? `the ${heldOut}${sets[0]} set` : `${sets.length} ${heldOut}sets`}${years ? ", in the dev set's mix of years" : ''}`;
    return { from, postings: labels.length, draws, size: drawSize, anyMissed, missed: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report as `npm run eval -- --draws` prints it. */
export function drawsText(r: DrawsReport): string {
  const pct = (n: number) => `${((100 * n) / r.draws).toFixed(1)}%`;
  const lines = [
    `${r.draws} draws of ${r.size} postings from ${r.from}`,
    `${'any target missed'.padEnd(22)} ${pct(r.anyMissed)} of the draws`,
    ...r.missed.map(([name, n]) => `${name.padEnd(22)} ${pct(n)}`),
  ];
  return `${lines.join('\n')}\n`;
}
