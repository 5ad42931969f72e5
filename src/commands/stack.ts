import { formatPercent, lift } from '../core/insights/stats.ts';
import { denominatorNote } from './format.ts';
import { opt, resolveSkill } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import type { CommandDef } from './types.ts';
import { recentPostings, spanLabel } from './window.ts';

const MONTHS = 6;
/** Pairs seen fewer times than this are noise, however high their lift. */
const MIN_SUPPORT = 5;

export const stackCommand: CommandDef = {
  name: 'stack',
  description: 'Skills that go with a skill (co-occurrence, with lift)',
  options: { skill: opt.skill('The skill, e.g. rust', { required: true, positional: 0 }) },
  examples: ['/stack rust'],
  async run(ctx, args): Promise<Reply> {
    const skill = resolveSkill(ctx, String(args.skill));
    const { threads, postings } = await recentPostings(ctx, MONTHS);
    const title = `What goes with ${skill.name}, ${spanLabel(threads)}`;
    const matching = postings.filter((p) => p.skills.has(skill.name));
    if (matching.length === 0) return emptyReply(title, `No postings mention ${skill.name} in the last ${MONTHS} threads.`);
    const overall = new Map<string, number>();
    for (const p of postings) for (const s of p.skills) overall.set(s, (overall.get(s) ?? 0) + 1);
    const together = new Map<string, number>();
    for (const p of matching) for (const s of p.skills) if (s !== skill.name) together.set(s, (together.get(s) ?? 0) + 1);
    const rows = [...together.entries()]
      .filter(([, n]) => n >= MIN_SUPPORT)
      .map(([s, n]) => ({ skill: s, n, share: n / matching.length, lift: lift(n, matching.length, overall.get(s) ?? 0, postings.length) ?? 0 }))
      .sort((a, b) => b.n - a.n || a.skill.localeCompare(b.skill))
      .slice(0, 15);
    if (rows.length === 0) return emptyReply(title, `Too few ${skill.name} postings to say what goes with it (pairs need ${MIN_SUPPORT} postings).`);
    return {
      kind: 'ok',
      title,
      summary: `${formatPercent(rows[0]!.share)} of ${skill.name} postings also ask for ${rows[0]!.skill} (lift ${rows[0]!.lift.toFixed(1)}: ${rows[0]!.lift > 1 ? 'more' : 'less'} often than in postings overall).`,
      table: {
        columns: ['skill', 'together', `share of ${skill.name} postings`, 'lift'],
        align: ['left', 'right', 'right', 'right'],
        rows: rows.map((r) => [r.skill, String(r.n), formatPercent(r.share), r.lift.toFixed(1)]),
      },
      chart: {
        kind: 'bar',
        title,
        subtitle: `Share of ${matching.length} ${skill.name} postings also asking for each. Lift: how much more often than by chance (1 = as often as in all postings)`,
        yFormat: 'percent',
        bars: rows.map((r) => ({ label: r.skill, value: r.share, note: `lift ${r.lift.toFixed(1)}` })),
      },
      footnote: await denominatorNote(ctx, `${matching.length} ${skill.name} postings among ${postings.length} over ${threads.length} threads`),
      data: { rows, total: matching.length },
    };
  },
};
