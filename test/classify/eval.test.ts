import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyJsonlFile } from '../../src/core/classify/predict.ts';
import { requireShared } from '../helpers/shared.ts';

interface Report {
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

describe('quality on the 150 hand-labeled dev postings (score.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hr-eval-'));
  let report: Report;

  it('scores', async () => {
    const lines: string[] = [];
    await classifyJsonlFile(requireShared('eval/dev-items.jsonl'), (l) => lines.push(l));
    const pred = join(dir, 'pred.jsonl');
    writeFileSync(pred, `${lines.join('\n')}\n`);
    const out = execFileSync(
      process.execPath,
      [requireShared('eval/score.mjs'), '--labels', requireShared('eval/dev-labels.jsonl'), '--pred', pred, '--json'],
      { encoding: 'utf8' },
    );
    report = JSON.parse(out) as Report;
    rmSync(dir, { recursive: true, force: true });

    expect(report.skills.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.remote_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.countries.f1).toBeGreaterThanOrEqual(0.92);
    expect(report.salary_exact_accuracy).toBeGreaterThanOrEqual(0.92);
    expect(report.visa_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.company_accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.is_job_posting_accuracy).toBeGreaterThanOrEqual(0.98);
    expect(report.roles.f1).toBeGreaterThanOrEqual(0.85);
    for (const term of ['Go', 'C', 'R', 'Rust', 'Swift', 'Java', 'Scala', 'React', 'React Native', 'Spring', 'Express', 'Phoenix', 'Next.js']) {
      const t = report.trap_terms[term];
      if (t && t.tp + t.fp > 0) expect(t.precision, term).toBeGreaterThanOrEqual(0.97);
    }
  });
});
