import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import type { ChartSpec } from '../../src/core/charts/spec.ts';
import { renderSvg } from '../../src/core/charts/svg.ts';
import { type Corpus, crawledCorpus } from '../helpers/corpus.ts';

/** What the commands put in their charts, over the recorded threads since January 2024. */
describe('charts of the commands', () => {
  let corpus: Corpus;
  let ctx: CommandContext;

  beforeAll(async () => {
    corpus = await crawledCorpus('2024-01');
    ctx = corpus.ctx;
  }, 180_000);
  afterAll(async () => {
    await corpus?.close();
  });

  async function chart(name: string, args: Record<string, unknown>): Promise<ChartSpec> {
    const reply = await runCommand(name, args, ctx);
    expect(reply.chart, `${name}: ${reply.summary}`).toBeDefined();
    return reply.chart!;
  }

  it('bar charts say what their bars and whiskers are', async () => {
    const top = await chart('top', {});
    expect(top.subtitle).toMatch(/^Share of the \d+ postings mentioning each skill, with 95% intervals$/);
    const where = await chart('where', { skill: 'python' });
    expect(where.subtitle).toMatch(/^Postings naming each country \(\d+ of \d+ Python postings name one\)$/);
    const stack = await chart('stack', { skill: 'python' });
    expect(stack.subtitle).toMatch(/^Share of \d+ Python postings also asking for each\. Lift: how much more often than by chance/);
    const digest = await chart('digest', {});
    expect(digest.subtitle).toMatch(/^Share of the \d+ postings mentioning each skill, with 95% intervals$/);
    for (const spec of [top, where, stack, digest]) expect(renderSvg(spec)).toContain('class="subtitle"');
  });

  it('/top names a category as people write it, not by its option id', async () => {
    const spec = await chart('top', { category: 'ai_ml' });
    expect(spec.title).toMatch(/^Top AI\/ML skills, /);
    expect(spec.title).not.toContain('ai_ml');
    expect((await chart('top', { category: 'infra' })).title).toMatch(/^Top infrastructure skills, /);
  });

  it('/compare and /trend: the skills make the title, whole, and the span goes in the subtitle', async () => {
    const names = ['Reinforcement Learning', 'Infrastructure as Code', 'Kotlin Multiplatform', 'Computational Biology', 'Triton Inference Server'];
    const spec = await chart('compare', { skills: names.map((n) => n.toLowerCase()) });
    expect(spec.title).toBe(names.join(' vs '));
    expect(spec.subtitle).toBe('Share of live job postings, last 12 months, with 95% intervals');
    const svg = renderSvg(spec);
    const title = [...svg.matchAll(/<text class="title"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(title.length).toBeLessThanOrEqual(3);
    expect(title.join(' ')).toBe(names.join(' vs '));
    const trend = await chart('trend', { skill: 'python', months: 24, vs: 'go' });
    expect([trend.title, trend.subtitle]).toEqual(['Python vs Go', 'Share of live job postings, last 24 months, with 95% intervals']);
    const remote = await chart('remote', { months: 6 });
    expect([remote.title, remote.subtitle]).toEqual(['Remote, hybrid, onsite', 'Share of live job postings, last 6 months, with 95% intervals']);
  });
});
