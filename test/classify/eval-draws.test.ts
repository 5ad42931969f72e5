import { describe, expect, it } from 'vitest';
import { devYearMix, drawIndexes, drawsText, evalDraws, missedTargets, type ScoreReport } from '../../scripts/eval-draws.ts';
import { prng } from '../fakes/hn-replay.ts';
import { requireShared } from '../helpers/shared.ts';

/** A report that meets every target, to spoil one field at a time. */
function meeting(): ScoreReport {
  return {
    is_job_posting_accuracy: 1,
    skills: { f1: 0.99 },
    countries: { f1: 0.98 },
    roles: { f1: 0.9 },
    remote_accuracy: 0.97,
    visa_accuracy: 1,
    company_accuracy: 0.95,
    salary_exact_accuracy: 1,
    trap_terms: { Go: { precision: 1, tp: 12, fp: 0 }, Java: { precision: 1, tp: 9, fp: 0 } },
  };
}

describe('the chance that a set of 150 postings misses a target (npm run eval -- --draws)', () => {
  it('names the targets a report misses, and none when it meets them all', () => {
    expect(missedTargets(meeting())).toEqual([]);
    // One wrong pay among twelve is 0.917, one false Go among twelve 0.923: both miss.
    const r = { ...meeting(), salary_exact_accuracy: 11 / 12, trap_terms: { ...meeting().trap_terms, Go: { precision: 12 / 13, tp: 12, fp: 1 } } };
    expect(missedTargets(r)).toEqual(['Go precision', 'salary exact']);
    // A term never found has nothing to miss, whatever score.mjs prints for it.
    expect(missedTargets({ ...meeting(), trap_terms: { Rust: { precision: 0, tp: 0, fp: 0 } } })).toEqual([]);
    // At the target exactly is met.
    expect(missedTargets({ ...meeting(), roles: { f1: 0.85 }, company_accuracy: 0.9 })).toEqual([]);
    expect(missedTargets({ ...meeting(), roles: { f1: 0.849 }, company_accuracy: 0.899, is_job_posting_accuracy: 0.97 })).toEqual(['roles F1', 'company', 'is_job_posting']);
  });

  it('draws distinct postings, the same ones for the same seed', () => {
    const a = drawIndexes(1440, 150, prng(7));
    expect(new Set(a).size).toBe(150);
    expect(a.every((i) => Number.isInteger(i) && i >= 0 && i < 1440)).toBe(true);
    expect(drawIndexes(1440, 150, prng(7))).toEqual(a);
    expect(drawIndexes(1440, 150, prng(8))).not.toEqual(a);
    expect(drawIndexes(5, 5, prng(1)).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(() => drawIndexes(5, 6, prng(1))).toThrow('cannot draw 6 postings from 5');
  });

  it('scores draws of a held-out set with score.mjs and counts what each misses', async () => {
    requireShared('eval/score.mjs');
    const r = await evalDraws({ sets: ['seventieth'], draws: 3, size: 60, seed: 1 });
    expect(r).toMatchObject({ postings: 240, draws: 3, size: 60 });
    expect(r.anyMissed).toBeGreaterThanOrEqual(0);
    expect(r.anyMissed).toBeLessThanOrEqual(3);
    for (const [name, n] of r.missed) {
      expect(name).toMatch(/^(?:skills F1|.+ precision|remote|countries F1|salary exact|visa|roles F1|company|is_job_posting)$/);
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(r.anyMissed);
    }
    expect(drawsText(r)).toMatch(/^3 draws of 60 postings from 240 labelled postings of the held-out seventieth set\nany target missed +\d+\.\d% of the draws\n/);
    // The same seed draws the same sets.
    expect(await evalDraws({ sets: ['seventieth'], draws: 3, size: 60, seed: 1 })).toEqual(r);
  });

  it("draws in a mix of years, such as the dev set's, and says when a year has too few postings", async () => {
    requireShared('eval/dev-items.jsonl');
    const mix = devYearMix();
    expect(Object.values(mix).reduce((a, b) => a + b, 0)).toBe(150);
    // The dev set takes 70 of its 150 postings from 2019 and 2026, where our held-out sets have none.
    expect((mix['2019'] ?? 0) + (mix['2026'] ?? 0)).toBe(70);
    const r = await evalDraws({ sets: ['hundred-and-fiftieth'], draws: 2, years: { '2015': 10, '2017': 10 }, seed: 1 });
    expect(r).toMatchObject({ postings: 240, draws: 2, size: 20 });
    expect(drawsText(r)).toContain("from 240 labelled postings of the held-out hundred-and-fiftieth set, in the dev set's mix of years");
    await expect(evalDraws({ sets: ['hundred-and-fiftieth'], draws: 1, years: { '2026': 1 } })).rejects.toThrow('cannot draw 1 postings of 2026 from 0');
  });
});
