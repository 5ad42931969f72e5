import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ClassifierInput, classifyItems } from '../src/core/classify/index.ts';
import { loadRecordedComments } from '../test/fakes/hn-replay.ts';

/**
 * Seniority and employment type against labels of our own (eval/levels/README.md): score.mjs
 * knows only the guide's fields, and these two are not among them. Each set of levels labels
 * covers the job postings of one of our labelled sets.
 */

/** The levels sets: the thirteenth's postings rules may be written from; the fourteenth's are held out. */
export const LEVELS_SETS = ['thirteenth', 'fourteenth'] as const;
export type LevelsSet = (typeof LEVELS_SETS)[number];
export const LEVEL_FIELDS = ['seniority', 'employment'] as const;
type Field = (typeof LEVEL_FIELDS)[number];

export interface LevelsLabel {
  id: number;
  seniority: string[];
  employment: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** Postings whose whole list is the label's. */
  exact: number;
  /** Per value: its counts and F1. */
  values: Record<string, Counts & { f1: number }>;
}

export type LevelsReport = { postings: number } & Record<Field, FieldScore>;

export function levelsLabelsOf(set: LevelsSet): LevelsLabel[] {
  const file = fileURLToPath(new URL(`../eval/levels/${set}-levels.jsonl`, import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LevelsLabel);
}

const f1 = (c: Counts) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));

/** Micro precision, recall and F1 over (posting, value) pairs, per field and per value. */
export function scoreLevels(labels: readonly LevelsLabel[], predicted: ReadonlyMap<number, Pick<LevelsLabel, Field>>): LevelsReport {
  const report = { postings: labels.length } as LevelsReport;
  for (const field of LEVEL_FIELDS) {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    const values: Record<string, Counts> = {};
    let exact = 0;
    for (const label of labels) {
      const want = new Set(label[field]);
      const got = new Set(predicted.get(label.id)?.[field] ?? []);
      if (want.size === got.size && [...want].every((v) => got.has(v))) exact++;
      for (const v of new Set([...want, ...got])) {
        const c = (values[v] ??= { tp: 0, fp: 0, fn: 0 });
        const k = want.has(v) ? (got.has(v) ? 'tp' : 'fn') : 'fp';
        c[k]++;
        total[k]++;
      }
    }
    const precision = total.tp / Math.max(1, total.tp + total.fp);
    const recall = total.tp / Math.max(1, total.tp + total.fn);
    report[field] = {
      ...total,
      precision,
      recall,
      f1: f1(total),
      exact: exact / Math.max(1, labels.length),
      values: Object.fromEntries(
        Object.entries(values)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([v, c]) => [v, { ...c, f1: f1(c) }]),
      ),
    };
  }
  return report;
}

/** The classifier's seniority and employment for a levels set's postings, scored against its labels. */
export function evalLevels(set: LevelsSet): LevelsReport {
  const labels = levelsLabelsOf(set);
  const wanted = new Set(labels.map((l) => l.id));
  const items = loadRecordedComments().filter((c) => wanted.has(c.id)) as ClassifierInput[];
  if (items.length !== labels.length) throw new Error(`${set}: ${labels.length - items.length} labelled postings are not in the recorded threads`);
  const predicted = new Map(classifyItems(items).map((p) => [p.id, { seniority: p.seniority, employment: p.employment }]));
  return scoreLevels(labels, predicted);
}

/** A report as lines of text, for `npm run eval -- --levels`. */
export function levelsText(set: LevelsSet, r: LevelsReport): string {
  const n = (x: number) => x.toFixed(3);
  const lines = [`== levels: ${set} (${r.postings} job postings) ==`];
  for (const field of LEVEL_FIELDS) {
    const s = r[field];
    lines.push(`${field.padEnd(11)} F1 ${n(s.f1)} (precision ${n(s.precision)}, recall ${n(s.recall)}), whole list right ${n(s.exact)}`);
    for (const [v, c] of Object.entries(s.values)) lines.push(`  ${v.padEnd(10)} F1 ${n(c.f1)}  tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
  }
  return `${lines.join('\n')}\n`;
}
