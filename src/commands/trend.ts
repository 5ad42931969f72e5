import type { ChartSpec } from '../core/charts/spec.ts';
import { type TrendResult, trend } from '../core/insights/trend.ts';
import { formatPercent, sparkline } from '../core/insights/stats.ts';
import { opt, resolveSkill } from './options.ts';
import { denominatorNote, formatChange, formatInterval, monthName } from './format.ts';
import { emptyReply, type Reply } from './reply.ts';
import type { CommandDef } from './types.ts';

/**
 * Line chart of each skill's share with its 95% band; months without a thread are gaps. The
 * title is the skills alone and the span goes in the subtitle, so that five long names still
 * fit the title's lines whole.
 */
export function shareChart(r: TrendResult): ChartSpec {
  return {
    kind: 'line',
    title: r.series.map((s) => s.skill).join(' vs '),
    subtitle: `Share of live job postings, last ${r.months.length} months, with 95% intervals`,
    xLabels: r.months,
    yFormat: 'percent',
    series: r.series.map((s) => ({
      name: s.skill,
      values: s.points.map((p) => p.share.p),
      lo: s.points.map((p) => p.share.lo),
      hi: s.points.map((p) => p.share.hi),
    })),
  };
}

export const trendCommand: CommandDef = {
  name: 'trend',
  description: 'How the share of postings mentioning a skill moved over the months',
  options: {
    skill: opt.skill('The skill, e.g. rust, golang, react', { required: true, positional: 0 }),
    months: opt.integer('How many months back (default 12)', 2, 180, { positional: 1 }),
    vs: opt.skill('Another skill to compare with'),
  },
  examples: ['/trend rust', '/trend python 24', '/trend rust vs:go'],
  async run(ctx, args): Promise<Reply> {
    const main = resolveSkill(ctx, String(args.skill));
    const other = args.vs ? resolveSkill(ctx, String(args.vs)) : null;
    const skills = [main.name, ...(other && other.name !== main.name ? [other.name] : [])];
    const months = Number(args.months ?? 12);
    const r = await trend(ctx.db, { version: ctx.classifierVersion, skills, months, nowMs: ctx.nowMs });
    const title = `${skills.join(' vs ')}: share of postings, last ${months} months`;
    if (!r.latest || r.latestDenominator === 0) {
      return emptyReply(title, 'No classified postings yet: the crawler has not stored a thread. Try again after the next crawl.');
    }
    const first = r.series[0]!;
    const latestMonth = monthName(r.latest.month);
    const ageNote = r.ageMatchedHours !== null ? ` (compared at the same age: first ${Math.round(r.ageMatchedHours)} h of each thread)` : '';
    const summary =
      `${first.skill} is in ${formatPercent(first.latest.p)} of ${latestMonth} postings (95% interval ${formatInterval(first.latest)}), ` +
      `${formatChange(first.mom)} on the month before${ageNote}.`;
    return {
      kind: 'ok',
      title,
      summary,
      fields: r.series.flatMap((s) => [
        { name: `${s.skill} in ${latestMonth}`, value: `${formatPercent(s.latest.p)} (${s.latest.k} of ${s.latest.n})`, inline: true },
        { name: 'vs month before', value: formatChange(s.mom), inline: true },
        { name: 'vs year before', value: formatChange(s.yoy), inline: true },
      ]),
      table: {
        columns: ['month', ...r.series.map((s) => s.skill), 'postings'],
        align: ['left', ...r.series.map(() => 'right' as const), 'right'],
        rows: r.months
          .map((m, i) => [
            m,
            ...r.series.map((s) => {
              const p = s.points[i]!.share;
              return p.p === null ? '—' : `${formatPercent(p.p)} (${p.k})`;
            }),
            String(r.series[0]!.points[i]!.share.n || '—'),
          ])
          .reverse(),
      },
      sparkline: r.series
        .map((s) => `${s.skill.padEnd(Math.max(...r.series.map((x) => x.skill.length)))}  ${sparkline(s.points.map((p) => p.share.p))}`)
        .join('\n'),
      chart: shareChart(r),
      footnote: await denominatorNote(ctx, `${r.latestDenominator} postings in the ${latestMonth} thread`),
      data: r,
    };
  },
};
