import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACES, posting, shortOnes } from '../../bench/classify-attacks.ts';
import { type Attack, ATTACKS_FILE } from '../../scripts/redos-attacks.ts';
import { BoundedClassifier } from '../helpers/bounded-classify.ts';

// The attack strings of recheck, a ReDoS analyser, for the classifier's expressions that are slower
// than linear (bench/data/redos-attacks.json, kept after an expression is made linear), put into
// postings as the classify-attacks bench puts them: 150 KB long, and 50 KB of short ones. Not a
// speed target (that bench flags growth) but a bound on the worst case, as for the fixture's
// shapes: each was found to take 10 s to minutes before its rule was mended, and takes well under
// a second now; 5 s leaves room for a loaded machine. A posting still running after 30 s is
// killed and named.
const attacks: Attack[] = JSON.parse(readFileSync(ATTACKS_FILE, 'utf8'));
const BOUND_MS = 5000;
const bounded = new BoundedClassifier(30_000);
afterAll(() => bounded.stop());

describe('postings built from ReDoS attack strings', () => {
  it('has attacks to build from', () => {
    expect(attacks.length).toBeGreaterThan(50);
  });
  for (const a of attacks) {
    it(`${a.where}${a.gone ? ' (since made linear)' : ''}: classified in a bounded time wherever it is put`, async () => {
      const slow: string[] = [];
      for (const place of Object.keys(PLACES)) {
        for (const [shape, text] of [
          ['150 KB long', posting(a, place, 150_000)],
          ['50 KB of short ones', shortOnes(a, place, 24, 50_000)],
        ] as const) {
          const { ms } = await bounded.classify(`${a.where}, ${place}, ${shape}`, { id: 1, text });
          if (ms > BOUND_MS) slow.push(`${place}, ${shape}: ${ms.toFixed(0)} ms`);
        }
      }
      expect(slow).toEqual([]);
    }, 600_000);
  }
});
