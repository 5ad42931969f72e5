import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/bots/discord/render.ts';
import { renderSlack } from '../../src/bots/slack/render.ts';
import { commands, runCommand } from '../../src/commands/index.ts';
import type { Reply } from '../../src/commands/reply.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { type Corpus, crawledCorpus } from '../helpers/corpus.ts';

const ARGS: Record<string, Record<string, unknown>> = {
  trend: { skill: 'python', vs: 'go' },
  top: {},
  movers: { month: '2026-02' },
  compare: { skills: ['rust', 'go'] },
  remote: {},
  salary: { skill: 'python' },
  where: { skill: 'python' },
  stack: { skill: 'python' },
  jobs: { skill: 'python' },
  digest: {},
  subscribe: { skill: 'rust' },
  unsubscribe: { id: '1' },
  subscriptions: {},
  'digest-channel': {},
  about: {},
  help: {},
};

/** Discord: 6,000 characters per message, 25 fields (256/1,024), 4,096 per description, 256 title. */
function checkDiscord(reply: Reply) {
  const msg = renderDiscord(reply);
  const e = msg.embeds[0] as { title: string; description: string; fields?: { name: string; value: string }[]; footer?: { text: string } };
  expect(e.title.length).toBeLessThanOrEqual(256);
  expect(e.description.length).toBeLessThanOrEqual(4096);
  expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeLessThanOrEqual(256);
    expect(f.value.length).toBeLessThanOrEqual(1024);
  }
  const total = e.title.length + e.description.length + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  expect(total).toBeLessThanOrEqual(6000);
  expect(msg.allowed_mentions.parse).toEqual([]);
}

/** Slack: 50 blocks, 3,000 characters per section text, 10 fields per section, 150 header. */
function checkSlack(reply: Reply) {
  const { blocks } = renderSlack(reply);
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const b of blocks as { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text: string }[] }[]) {
    if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(150);
    if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(b.fields?.length ?? 0).toBeLessThanOrEqual(10);
    for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
    for (const el of b.elements ?? []) expect(el.text.length).toBeLessThanOrEqual(3000);
  }
}

describe('every reply fits both platforms', () => {
  let corpus: Corpus;
  let ctx: CommandContext;
  let emptyCtx: CommandContext;

  beforeAll(async () => {
    corpus = await crawledCorpus('2024-01');
    ctx = corpus.ctx;
    emptyCtx = corpus.emptyCtx;
  });
  afterAll(async () => {
    await corpus?.close();
  });


  it('covers every command', () => {
    expect(Object.keys(ARGS).sort()).toEqual(commands.map((c) => c.name).sort());
  });

  for (const [name, args] of Object.entries(ARGS)) {
    it(`/${name}: ordinary, empty, unknown-skill and oversized results`, async () => {
      const cases: Reply[] = [await runCommand(name, args, ctx), await runCommand(name, args, emptyCtx)];
      if ('skill' in args && name !== 'subscribe') cases.push(await runCommand(name, { ...args, skill: 'no-such-skill-xyz' }, ctx));
      const ordinary = cases[0]!;
      // Oversized: the same reply blown up far beyond every limit.
      cases.push({
        ...ordinary,
        title: ordinary.title.repeat(20),
        summary: ordinary.summary.repeat(100),
        fields: Array.from({ length: 80 }, (_, i) => ({ name: `field ${i} `.repeat(40), value: 'value '.repeat(400) })),
        table: { columns: ['a', 'b', 'c'], rows: Array.from({ length: 400 }, (_, i) => [`row ${i}`, 'x'.repeat(80), 'y'.repeat(80)]) },
        links: Array.from({ length: 60 }, (_, i) => ({ label: `link ${i}`, url: `https://news.ycombinator.com/item?id=${i}` })),
        footnote: (ordinary.footnote ?? 'note ').repeat(100),
      });
      for (const reply of cases) {
        checkDiscord(reply);
        checkSlack(reply);
      }
    });
  }
});
