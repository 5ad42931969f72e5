import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyItems, type Prediction } from '../src/core/classify/index.ts';
import type { Salary } from '../src/core/classify/types.ts';
import { recordedComments } from './eval-sets.ts';

/**
 * Sets that label one field alone (eval/salary/README.md, eval/company/README.md): many postings
 * for one field, where a whole set holds few (7–40 postings with pay) or costs far more to label.
 * Each is eval/<field>/<set>-<field>-labels.jsonl, a label and the words it was read from a line.
 */
export const FIELD_SETS = [
  { field: 'salary', set: 'first' },
  { field: 'salary', set: 'second' },
  { field: 'company', set: 'first' },
] as const;
export type FieldSet = (typeof FIELD_SETS)[number];

/** A posting's label in a field-only set: salary sets label `salary`, company sets `is_job_posting` and `company`. */
interface FieldLabel {
  id: number;
  salary?: Salary | null;
  is_job_posting?: boolean;
  company?: string | null;
  why: string;
}

export interface FieldReport {
  postings: number;
  /** Postings the field's figure counts: with pay labelled or predicted (score.mjs's salary exact), every posting for company. */
  counted: number;
  right: number;
  /** Company sets: postings whose is_job_posting is right. */
  jobRight?: number;
  errors: { id: number; gold: unknown; got: unknown }[];
}

/** score.mjs's test of one salary against its label: same currency and period, bounds within 1%. */
function sameSalary(gold: Salary | null, got: Salary | null): boolean {
  if (!gold || !got) return !gold && !got;
  return gold.currency === got.currency && gold.period === got.period && Math.abs(gold.min - got.min) <= 0.01 * gold.min + 1 && Math.abs(gold.max - got.max) <= 0.01 * gold.max + 1;
}

/** score.mjs's company normalisation: no legal form, only letters and digits. */
const normCompany = (s: string | null | undefined) =>
  (s || '')
    .toLowerCase()
    .replace(/\b(inc|llc|ltd|gmbh|corp|co|sa|bv|ab|oy|plc|limited)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, '');

function labelsOf({ field, set }: FieldSet): FieldLabel[] {
  const file = fileURLToPath(new URL(`../eval/${field}/${set}-${field}-labels.jsonl`, import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FieldLabel);
}

/** The classifier's figure on a field-only set, counted as score.mjs counts it. */
export function evalFieldSet(fs: FieldSet): FieldReport {
  const labels = labelsOf(fs);
  const predictions = classifyItems(recordedComments(labels.map((l) => l.id)));
  const report: FieldReport = { postings: labels.length, counted: 0, right: 0, errors: [], ...(fs.field === 'company' ? { jobRight: 0 } : {}) };
  labels.forEach((label, k) => {
    const p: Prediction = predictions[k]!;
    if (fs.field === 'salary') {
      const gold = label.salary ?? null;
      if (!gold && !p.salary) return;
      report.counted++;
      if (sameSalary(gold, p.salary)) report.right++;
      else report.errors.push({ id: label.id, gold, got: p.salary });
      return;
    }
    const gold = label.is_job_posting ? (label.company ?? null) : null;
    report.counted++;
    if (p.is_job_posting === label.is_job_posting) report.jobRight! += 1;
    if (normCompany(p.company) === normCompany(gold)) report.right++;
    else report.errors.push({ id: label.id, gold, got: p.company });
  });
  return report;
}

/** What `npm run eval -- --fields` prints for a set. */
export function fieldText(fs: FieldSet, r: FieldReport): string {
  const figure = fs.field === 'salary' ? 'salary exact' : 'company';
  const lines = [
    `== ${fs.set} (${fs.field} only) ==`,
    `postings ${r.postings}`,
    `${figure} ${(r.right / r.counted).toFixed(3)} (${r.right} of ${r.counted})`,
    ...(r.jobRight !== undefined ? [`is_job_posting ${(r.jobRight / r.postings).toFixed(3)}`] : []),
    ...r.errors.map((e) => `  ${e.id}: labelled ${JSON.stringify(e.gold)}, got ${JSON.stringify(e.got)}`),
  ];
  return `${lines.join('\n')}\n`;
}
