import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import { movedMost } from '../../src/commands/movers.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { compareShares, wilson } from '../../src/core/insights/stats.ts';
import { type Corpus, crawledCorpus } from '../helpers/corpus.ts';

/**
 * The figures the commands report, pinned against the recorded threads: each case is one an
 * audit found wrong. The corpus starts in May 2017, so May 2018 has its thread a year before and
 * the twelve before it, and /salary's last twelve threads (March 2018 to May 2026) are all there.
 */
describe('reported figures over the recorded threads since May 2017', () => {
  let corpus: Corpus;
  let ctx: CommandContext;

  beforeAll(async () => {
    corpus = await crawledCorpus('2017-05');
    ctx = corpus.ctx;
  }, 180_000);
  afterAll(async () => {
    await corpus?.close();
  });

  describe('/movers', () => {
    it('names the largest move beyond noise, where it named the top rise, within noise', async () => {
      const reply = await runCommand('movers', { month: '2018-05' }, ctx);
      // React +4.9 pts is the top rise but within noise; Blockchain's +4.4 is the largest beyond it.
      expect(reply.summary).toBe('Blockchain moved most: 1.3% → 5.7% (+4.4 pts).');
    });

    it('a fall larger than every rise is the one named', () => {
      const row = (skill: string, before: number, after: number) => ({ skill, change: compareShares(wilson(before, 670), wilson(after, 670)) });
      // September 2015's shape: React rose 8 points, JavaScript fell 15, both beyond noise.
      const rows = [row('React', 25, 80), row('JavaScript', 255, 150), row('Kafka', 3, 21)];
      expect(movedMost(rows)?.skill).toBe('JavaScript');
      // Within noise does not count, however large, unless asked for.
      const noisy = [row('Python', 200, 170), row('Go', 10, 14)];
      expect(movedMost(noisy)).toBeNull();
      expect(movedMost(noisy, { withinNoise: true })?.skill).toBe('Python');
    });
  });
});
