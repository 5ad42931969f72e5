import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyItems } from '../src/core/classify/index.ts';
import type { Salary } from '../src/core/classify/types.ts';
import { recordedComments } from './eval-sets.ts';

/**
 * Sets of salary labels alone (eval/salary/README.md): postings that name money, labelled for
 * pay only, to measure salary exact on more postings with pay than a whole set holds.
 */
export const SALARY_SETS = ['first', 'second'] as const;
export type SalarySet = (typeof SALARY_SETS)[number];

/** A posting's salary label, with the words it was read from. */
interface SalaryLabel {
  id: number;
  salary: Salary | null;
  why: string;
}

export interface SalaryReport {
  postings: number;
  /** Postings labelled with pay. */
  withPay: number;
  /** Postings labelled with pay or predicted with it: what salary exact counts (score.mjs). */
  counted: number;
  exact: number;
  errors: { id: number; gold: Salary | null; got: Salary | null }[];
}

/** score.mjs's test of one salary against its label: same currency and period, bounds within 1%. */
function sameSalary(gold: Salary | null, got: Salary | null): boolean {
  if (!gold || !got) return !gold && !got;
  return gold.currency === got.currency && gold.period === got.period && Math.abs(gold.min - got.min) <= 0.01 * gold.min + 1 && Math.abs(gold.max - got.max) <= 0.01 * gold.max + 1;
}

/** The classifier's salary exact on a set, as score.mjs counts it. */
export function evalSalary(set: SalarySet): SalaryReport {
  const file = fileURLToPath(new URL(`../eval/salary/${set}-salary-labels.jsonl`, import.meta.url));
  const labels = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SalaryLabel);
  const predictions = classifyItems(recordedComments(labels.map((l) => l.id)));
  const report: SalaryReport = { postings: labels.length, withPay: 0, counted: 0, exact: 0, errors: [] };
  labels.forEach((label, k) => {
    const got = predictions[k]!.salary;
    if (label.salary) report.withPay++;
    if (!label.salary && !got) return;
    report.counted++;
    if (sameSalary(label.salary, got)) report.exact++;
    else report.errors.push({ id: label.id, gold: label.salary, got });
  });
  return report;
}

/** What `npm run eval -- --salary` prints for a set. */
export function salaryText(set: SalarySet, r: SalaryReport): string {
  const lines = [
    `== ${set} (salary only) ==`,
    `postings ${r.postings}, with pay ${r.withPay}`,
    `salary exact ${(r.exact / r.counted).toFixed(3)} (${r.exact} of ${r.counted})`,
    ...r.errors.map((e) => `  ${e.id}: labelled ${JSON.stringify(e.gold)}, got ${JSON.stringify(e.got)}`),
  ];
  return `${lines.join('\n')}\n`;
}
