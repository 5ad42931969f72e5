import { describe, expect, it } from 'vitest';
import { type EvalSet, scoreSet } from '../../scripts/eval-sets.ts';
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

const TRAP_TERMS = ['Go', 'C', 'R', 'Rust', 'Swift', 'Java', 'Scala', 'React', 'React Native', 'Spring', 'Express', 'Phoenix', 'Next.js'];

async function report(set: EvalSet): Promise<Report> {
  requireShared('eval/score.mjs');
  return JSON.parse(await scoreSet(set, ['--json'])) as Report;
}

/** The targets for every field; roles at `rolesMin`, and any other field as `below` says. */
function expectTargets(r: Report, rolesMin: number, below: { remote?: number; salary?: number } = {}): void {
  expect(r.skills.f1).toBeGreaterThanOrEqual(0.95);
  expect(r.remote_accuracy).toBeGreaterThanOrEqual(below.remote ?? 0.95);
  expect(r.countries.f1).toBeGreaterThanOrEqual(0.92);
  expect(r.salary_exact_accuracy).toBeGreaterThanOrEqual(below.salary ?? 0.92);
  expect(r.visa_accuracy).toBeGreaterThanOrEqual(0.95);
  expect(r.company_accuracy).toBeGreaterThanOrEqual(0.9);
  expect(r.is_job_posting_accuracy).toBeGreaterThanOrEqual(0.98);
  expect(r.roles.f1).toBeGreaterThanOrEqual(rolesMin);
  for (const term of TRAP_TERMS) {
    const t = r.trap_terms[term];
    if (t && t.tp + t.fp > 0) expect(t.precision, term).toBeGreaterThanOrEqual(0.97);
  }
}

describe('quality on the 150 hand-labeled dev postings (score.mjs)', () => {
  it('meets every target of the classifier issue', async () => {
    expectTargets(await report('dev'), 0.85);
  });
});

describe('quality on our second labelled set of 240 postings (eval/README.md)', () => {
  // A guard against regressions on postings outside the dev set. Its labellers read the guide's
  // open questions about roles differently from the dev set's, so roles are held to where they
  // stand (0.81), below the 0.85; every other field is held to the target.
  it('stays at the targets, roles at their current level', async () => {
    expectTargets(await report('second'), 0.8);
  });
});

describe('quality on our third labelled set of 160 postings (eval/README.md)', () => {
  // Labelled blind to the classifier and scored once before any rule was written from it (roles
  // 0.780 then). Its labellers read roles as the second set's did: roles are held to 0.75.
  it('stays at the targets, roles at their current level', async () => {
    expectTargets(await report('third'), 0.75);
  });
});

describe('quality on our fourth labelled set of 160 postings (eval/README.md)', () => {
  // Labelled blind to the classifier on 2026-12-04 and scored once before any rule was written
  // from it (roles 0.757, remote 0.924, salary exact 0.792 then). Roles are held to 0.72; remote
  // and salary to where the labellers' readings leave them (a "$500/month" teacher's stipend
  // labelled as pay, "4-6k" in Amsterdam read as euros a month, "Local" read as on-site).
  it('stays at the targets, roles, remote and salary at their current level', async () => {
    expectTargets(await report('fourth'), 0.72, { remote: 0.94, salary: 0.9 });
  });
});

describe('quality on our fifth labelled set of 160 postings (eval/README.md)', () => {
  // Labelled blind to the classifier on 2026-12-04 (a later session) and scored once before any
  // rule was written from it (classifier 2.142.0: roles 0.789, salary exact 0.889, 16 of 18
  // postings with pay). The fixes that followed met salary's target; roles are held to 0.77.
  it('stays at the targets, roles at its current level', async () => {
    expectTargets(await report('fifth'), 0.77);
  });
});

describe('quality on our sixth labelled set of 160 postings (eval/README.md)', () => {
  // Labelled blind to the classifier on 2026-12-04 (a later session) and scored once before any
  // rule was written from it (classifier 2.167.0): every field met the targets but roles
  // (0.809), which are held to 0.78.
  it('stays at the targets, roles at its current level', async () => {
    expectTargets(await report('sixth'), 0.78);
  });
});

describe('quality on our seventh labelled set of 160 postings (eval/README.md)', () => {
  // Labelled blind to the classifier on 2026-12-04 (a later session) and scored once before any
  // rule was written from it (classifier 2.184.0): every field met the targets but roles
  // (0.812), which are held to 0.79.
  it('stays at the targets, roles at its current level', async () => {
    expectTargets(await report('seventh'), 0.79);
  });
});
