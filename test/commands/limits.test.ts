import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, fitReply, replyTextLength, SLACK_LIMITS } from '../../src/bots/limits.ts';
import type { Reply } from '../../src/commands/reply.ts';

const huge: Reply = {
  kind: 'ok',
  title: 'T'.repeat(1000),
  summary: 'S'.repeat(10_000),
  fields: Array.from({ length: 60 }, (_, i) => ({ name: `field ${i} ${'n'.repeat(300)}`, value: 'v'.repeat(2000) })),
  table: { columns: ['a', 'b'], rows: Array.from({ length: 500 }, (_, i) => [`row ${i}`, 'x'.repeat(100)]) },
  links: Array.from({ length: 40 }, (_, i) => ({ label: `l${i}`, url: `https://news.ycombinator.com/item?id=${i}` })),
  footnote: 'F'.repeat(5000),
  sparkline: '▁'.repeat(2000),
};

describe('replies shorten to each platform instead of failing', () => {
  for (const [name, limits] of [
    ['Discord', DISCORD_LIMITS],
    ['Slack', SLACK_LIMITS],
  ] as const) {
    it(name, () => {
      const r = fitReply(huge, limits);
      expect(r.title.length).toBeLessThanOrEqual(limits.title);
      expect(r.summary.length).toBeLessThanOrEqual(limits.summary);
      expect(r.fields!.length).toBeLessThanOrEqual(limits.fields);
      for (const f of r.fields!) {
        expect(f.name.length).toBeLessThanOrEqual(limits.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(limits.fieldValue);
      }
      expect(r.links!.length).toBeLessThanOrEqual(limits.links);
      expect(replyTextLength(r)).toBeLessThanOrEqual(limits.total);
      expect(r.title.endsWith('…')).toBe(true);
    });
  }

  it('leaves a reply that fits untouched', () => {
    const small: Reply = { kind: 'ok', title: 'Top', summary: 'ok', fields: [{ name: 'a', value: 'b' }], table: { columns: ['x'], rows: [['1']] } };
    expect(fitReply(small, DISCORD_LIMITS)).toEqual(small);
  });
});
