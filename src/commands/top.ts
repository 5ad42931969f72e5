import { monthlyThreads } from '../core/insights/data.ts';
import { formatPercent } from '../core/insights/stats.ts';
import { topSkills } from '../core/insights/top.ts';
import { denominatorNote, formatInterval, monthName } from './format.ts';
import { opt } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import type { CommandDef } from './types.ts';
import { noThreadFor } from './window.ts';

export const CATEGORIES = ['language', 'frontend', 'backend', 'data', 'infra', 'ai_ml', 'mobile', 'other'] as const;
/** How a category reads in a title: "Top AI/ML skills", not the option's id "ai_ml". */
export const CATEGORY_NAMES: Record<(typeof CATEGORIES)[number], string> = {
  language: 'language',
  frontend: 'frontend',
  backend: 'backend',
  data: 'data',
  infra: 'infrastructure',
  ai_ml: 'AI/ML',
  mobile: 'mobile',
  other: 'other',
};

function rankChange(rank: number, before: number | null): string {
  if (before === null) return 'new';
  if (before === rank) return '=';
  return before > rank ? `▲${before - rank}` : `▼${rank - before}`;
}

export const topCommand: CommandDef = {
  name: 'top',
  description: 'The most-mentioned skills of a month, overall or in one category',
  options: {
    category: opt.choice('Only this category', CATEGORIES, { positional: 0 }),
    month: opt.month('Which month (YYYY-MM; default: the latest thread)', { positional: 1 }),
  },
  examples: ['/top', '/top language', '/top infra 2024-05'],
  async run(ctx, args): Promise<Reply> {
    const category = args.category as string | undefined;
    const categoryOf = new Map(ctx.skills.skills.map((s) => [s.name, s.category]));
    const r = await topSkills(ctx.db, {
      version: ctx.classifierVersion,
      limit: 15,
      nowMs: ctx.nowMs,
      ...(args.month ? { month: String(args.month) } : {}),
      ...(category ? { keep: (s: string) => categoryOf.get(s) === category } : {}),
    });
    const what = category ? `${CATEGORY_NAMES[category as (typeof CATEGORIES)[number]] ?? category} skills` : 'skills';
    const title = `Top ${what}${r.month ? `, ${monthName(r.month)}` : ''}`;
    if (r.threadId === null) {
      return emptyReply(title, args.month ? noThreadFor(String(args.month), await monthlyThreads(ctx.db)) : 'No thread has been crawled yet.');
    }
    if (r.rows.length === 0) return emptyReply(title, `No ${what} found among the classified postings of ${monthName(r.month!)}.`);
    const leader = r.rows[0]!;
    return {
      kind: 'ok',
      title,
      summary:
        `${leader.skill} leads with ${formatPercent(leader.share.p)} of ${r.denominator} postings.` +
        (r.ageMatchedHours !== null ? ` Ranks a year before compared at the same age (first ${Math.round(r.ageMatchedHours)} h of each thread).` : ''),
      table: {
        columns: ['#', 'skill', 'share', '95% interval', 'vs year before'],
        align: ['right', 'left', 'right', 'right', 'right'],
        rows: r.rows.map((x) => [String(x.rank), x.skill, formatPercent(x.share.p), formatInterval(x.share), r.hasYearAgo ? rankChange(x.rank, x.rankYearAgo) : '—']),
      },
      chart: {
        kind: 'bar',
        title,
        subtitle: `Share of the ${r.denominator} postings mentioning each skill, with 95% intervals`,
        yFormat: 'percent',
        bars: r.rows.map((x) => ({ label: x.skill, value: x.share.p ?? 0, lo: x.share.lo ?? 0, hi: x.share.hi ?? 0 })),
      },
      footnote: await denominatorNote(ctx, `${r.denominator} postings in the ${monthName(r.month!)} thread`),
      data: r,
    };
  },
};
