import { monthlyThreads } from '../core/insights/data.ts';
import { threadFacts } from '../core/insights/cache.ts';
import { monthsBack } from '../core/insights/trend.ts';
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
    const count = Number(args.months ?? 12);
    const all = await monthlyThreads(ctx.db);
    const last = all.at(-1);
    const title = `Remote, hybrid, onsite: last ${count} months`;
    if (!last) return emptyReply(title, 'No classified postings yet.');
    // Calendar months ending with the latest thread's: a month without a thread is a gap (a row
    // that says so, a break in the chart), never zero and never skipped over to an older thread.
    const byMonth = new Map(all.map((t) => [t.month, t]));
    const months = monthsBack(last.month, count);
    const threads = months.flatMap((m) => byMonth.get(m) ?? []);
    const facts = await threadFacts(ctx.db, ctx.classifierVersion, threads);
    const rows = months.map((month) => {
      const t = byMonth.get(month);
      if (!t) return { month, n: 0, shares: null };
      const ps = facts.get(t.id) ?? [];
      return { month, n: ps.length, shares: Object.fromEntries(POLICIES.map((p) => [p, wilson(ps.filter((x) => x.remote === p).length, ps.length)])) };
    });
    const latest = rows.at(-1)!;
    if (latest.n === 0 || !latest.shares) return emptyReply(title, 'No classified postings yet.');
    const share = (r: (typeof rows)[number], p: (typeof POLICIES)[number], of: 'p' | 'lo' | 'hi') => (r.shares ? r.shares[p]![of] : null);
    return {
      kind: 'ok',
      title,
      summary: `In ${monthName(latest.month)}, ${formatPercent(latest.shares.remote!.p)} of postings offer remote work, ${formatPercent(latest.shares.hybrid!.p)} hybrid, ${formatPercent(latest.shares.onsite!.p)} onsite only (${formatPercent(latest.shares.unspecified!.p)} do not say).`,
      table: {
        columns: ['month', ...POLICIES, 'postings'],
        align: ['left', 'right', 'right', 'right', 'right', 'right'],
        rows: [...rows].reverse().map((r) => [r.month, ...POLICIES.map((p) => (r.shares ? formatPercent(r.shares[p]!.p) : '—')), r.shares ? String(r.n) : 'no thread']),
      },
      sparkline: `remote ${sparkline(rows.map((r) => share(r, 'remote', 'p')))}`,
      chart: {
        kind: 'line',
        title: 'Remote, hybrid, onsite',
        subtitle: `Share of live job postings, last ${count} months, with 95% intervals`,
        xLabels: rows.map((r) => r.month),
        yFormat: 'percent',
        series: POLICIES.slice(0, 3).map((p) => ({
          name: p,
          values: rows.map((r) => share(r, p, 'p')),
          lo: rows.map((r) => share(r, p, 'lo')),
          hi: rows.map((r) => share(r, p, 'hi')),
        })),
      },
      footnote: await denominatorNote(ctx, `${latest.n} postings in the ${monthName(latest.month)} thread`),
      data: rows,
    };
  },
};
