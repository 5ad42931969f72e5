import { monthlyThreads } from '../core/insights/data.ts';
import { digestData } from '../core/insights/digest.ts';
import { formatPercent } from '../core/insights/stats.ts';
import { hnItemUrl } from '../core/text.ts';
import { denominatorNote, formatChange, monthName } from './format.ts';
import { opt } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import { money } from './salary.ts';
import type { CommandDef } from './types.ts';
import { noThreadFor } from './window.ts';

export const digestCommand: CommandDef = {
  name: 'digest',
  description: "A month's thread at a glance: volume, top skills and their change, remote, AI, salaries, places, companies",
  options: { month: opt.month('Which month (YYYY-MM; default: the latest thread)', { positional: 0 }) },
  examples: ['/digest', '/digest 2026-04'],
  async run(ctx, args): Promise<Reply> {
    const d = await digestData(ctx.db, ctx.classifierVersion, { ...(args.month ? { month: String(args.month) } : {}), nowMs: ctx.nowMs });
    if (!d) return emptyReply('Digest', args.month ? noThreadFor(String(args.month), await monthlyThreads(ctx.db)) : 'No thread has been crawled yet.');
    const month = monthName(d.thread.month);
    const title = `Who is hiring? ${month}`;
    if (d.postings === 0) return emptyReply(title, 'No classified postings in this thread yet.');
    const age = d.ageHours !== null ? ` after ${Math.round(d.ageHours)} h (earlier threads compared at the same age)` : '';
    const vsPrev = d.previous ? ` vs ${d.previous.postings} in ${monthName(d.previous.month)}` : '';
    return {
      kind: 'ok',
      title,
      summary: `${d.postings} postings${age}${vsPrev}. ${d.top[0] ? `${d.top[0].skill} leads with ${formatPercent(d.top[0].share.p)}.` : ''}`,
      fields: [
        { name: 'Remote / hybrid / onsite', value: `${formatPercent(d.remote.remote.p)} / ${formatPercent(d.remote.hybrid.p)} / ${formatPercent(d.remote.onsite.p)}`, inline: true },
        { name: 'AI/ML share', value: `${formatPercent(d.ai.share.p)} (${formatChange(d.ai.change)} on a year before)`, inline: true },
        { name: 'Salary stated', value: `${formatPercent(d.salary.disclosure.p)}; median ${money(d.salary.medianUsd, 'USD')}/year`, inline: true },
        {
          name: 'Movers (year over year, beyond noise)',
          value: d.movers.map((m) => `${m.skill} ${formatChange(m.change)}`).join(', ') || 'none beyond noise, or no thread a year earlier',
        },
        { name: 'Top countries', value: d.countries.map((c) => `${c.country} ${c.n}`).join(', ') || 'none stated', inline: true },
        {
          name: 'Companies',
          value: `${d.companies.new.length} new, ${d.companies.returning} returning from the past year${d.companies.new.length ? ` (new: ${d.companies.new.slice(0, 8).join(', ')}${d.companies.new.length > 8 ? ', …' : ''})` : ''}`,
        },
      ],
      table: {
        columns: ['#', 'skill', 'share', 'vs month before'],
        align: ['right', 'left', 'right', 'right'],
        rows: d.top.map((t, i) => [String(i + 1), t.skill, formatPercent(t.share.p), formatChange(t.change)]),
      },
      chart: {
        kind: 'bar',
        title: `Top skills, ${month}`,
        subtitle: `Share of the ${d.postings} postings mentioning each skill, with 95% intervals`,
        yFormat: 'percent',
        bars: d.top.map((t) => ({ label: t.skill, value: t.share.p ?? 0, lo: t.share.lo ?? 0, hi: t.share.hi ?? 0 })),
      },
      links: [{ label: `The ${month} thread`, url: hnItemUrl(d.thread.id) }],
      footnote: await denominatorNote(ctx, `${d.postings} postings in the ${month} thread`),
      data: d,
    };
  },
};
