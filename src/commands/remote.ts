import { monthlyThreads } from '../core/insights/data.ts';
import { threadFacts } from '../core/insights/cache.ts';
import { formatPercent, sparkline, wilson } from '../core/insights/stats.ts';
import { denominatorNote, monthName } from './format.ts';
import { opt } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import type { CommandDef } from './types.ts';

const POLICIES = ['remote', 'hybrid', 'onsite', 'unspecified'] as const;

export const remoteCommand: CommandDef = {
  name: 'remote',
  description: 'Remote, hybrid and onsite shares over the months',
  options: { months: opt.integer('How many months back (default 12)', 2, 180, { positional: 0 }) },
  examples: ['/remote', '/remote 36'],
  async run(ctx, args): Promise<Reply> {
    const months = Number(args.months ?? 12);
    const threads = (await monthlyThreads(ctx.db)).slice(-months);
    const title = `Remote, hybrid, onsite: last ${threads.length} threads`;
    const facts = await threadFacts(ctx.db, ctx.classifierVersion, threads);
    const rows = threads.map((t) => {
      const ps = facts.get(t.id) ?? [];
      return { month: t.month, n: ps.length, shares: Object.fromEntries(POLICIES.map((p) => [p, wilson(ps.filter((x) => x.remote === p).length, ps.length)])) };
    });
    const latest = rows.at(-1);
    if (!latest || latest.n === 0) return emptyReply(title, 'No classified postings yet.');
    return {
      kind: 'ok',
      title,
      summary: `In ${monthName(latest.month)}, ${formatPercent(latest.shares.remote!.p)} of postings offer remote work, ${formatPercent(latest.shares.hybrid!.p)} hybrid, ${formatPercent(latest.shares.onsite!.p)} onsite only (${formatPercent(latest.shares.unspecified!.p)} do not say).`,
      table: {
        columns: ['month', ...POLICIES, 'postings'],
        align: ['left', 'right', 'right', 'right', 'right', 'right'],
        rows: [...rows].reverse().map((r) => [r.month, ...POLICIES.map((p) => formatPercent(r.shares[p]!.p)), String(r.n)]),
      },
      sparkline: `remote ${sparkline(rows.map((r) => r.shares.remote!.p))}`,
      chart: {
        kind: 'line',
        title,
        subtitle: 'Share of live job postings, with 95% intervals',
        xLabels: rows.map((r) => r.month),
        yFormat: 'percent',
        series: POLICIES.slice(0, 3).map((p) => ({
          name: p,
          values: rows.map((r) => r.shares[p]!.p),
          lo: rows.map((r) => r.shares[p]!.lo),
          hi: rows.map((r) => r.shares[p]!.hi),
        })),
      },
      footnote: await denominatorNote(ctx, `${latest.n} postings in the ${monthName(latest.month)} thread`),
      data: rows,
    };
  },
};
