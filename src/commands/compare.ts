import { formatPercent } from '../core/insights/stats.ts';
import { trend } from '../core/insights/trend.ts';
import { denominatorNote, formatChange, formatInterval, monthName } from './format.ts';
import { opt, resolveSkill } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import { shareChart } from './trend.ts';
import type { CommandDef } from './types.ts';

export const compareCommand: CommandDef = {
  name: 'compare',
  description: 'Compare several skills over the last year',
  options: { skills: opt.skill('Two to five skills, e.g. rust go zig', { required: true, positional: 0, variadic: true }) },
  examples: ['/compare rust go', '/compare react vue svelte'],
  async run(ctx, args): Promise<Reply> {
    const names = [...new Set((args.skills as string[]).map((s) => resolveSkill(ctx, s).name))];
    if (names.length < 2 || names.length > 5) {
      return { kind: 'error', title: '/compare', summary: 'Give two to five different skills, e.g. /compare rust go.' };
    }
    const r = await trend(ctx.db, { version: ctx.classifierVersion, skills: names, months: 12, nowMs: ctx.nowMs });
    const title = `${names.join(' vs ')}, last 12 months`;
    if (!r.latest || r.latestDenominator === 0) return emptyReply(title, 'No classified postings yet.');
    const ranked = [...r.series].sort((a, b) => (b.latest.p ?? 0) - (a.latest.p ?? 0));
    return {
      kind: 'ok',
      title,
      summary: `In ${monthName(r.latest.month)}, ${ranked.map((s) => `${s.skill} ${formatPercent(s.latest.p)}`).join(', ')}.`,
      table: {
        columns: ['skill', monthName(r.latest.month), '95% interval', 'vs year before'],
        align: ['left', 'right', 'right', 'right'],
        rows: ranked.map((s) => [s.skill, formatPercent(s.latest.p), formatInterval(s.latest), formatChange(s.yoy)]),
      },
      chart: shareChart(r),
      footnote: await denominatorNote(ctx, `${r.latestDenominator} postings in the ${monthName(r.latest.month)} thread`),
      data: r,
    };
  },
};
