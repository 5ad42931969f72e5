import type { ChartSpec } from '../core/charts/spec.ts';
import { jobCounts, monthlyThreads, skillCounts } from '../core/insights/data.ts';
import { type Change, compareShares, formatPercent, wilson } from '../core/insights/stats.ts';
import { fillingAgeHours, shiftMonth } from '../core/insights/trend.ts';
import { denominatorNote, formatChange, monthName } from './format.ts';
import { opt } from './options.ts';
import { emptyReply, type Reply } from './reply.ts';
import type { CommandDef } from './types.ts';
import { noThreadFor } from './window.ts';

/** A skill must appear in this many postings in either month to be a mover, not noise. */
const MIN_SUPPORT = 10;

/**
 * The skill whose share moved most, up or down: the largest change in points beyond noise (or
 * any change, with `withinNoise`), ties by name. Null when none qualifies.
 */
export function movedMost<T extends { skill: string; change: Change }>(rows: readonly T[], opts: { withinNoise?: boolean } = {}): T | null {
  let best: T | null = null;
  for (const r of rows) {
    if (r.change.points === null || (r.change.withinNoise && !opts.withinNoise)) continue;
    const d = Math.abs(r.change.points) - Math.abs(best?.change.points ?? -1);
    if (best === null || d > 0 || (d === 0 && r.skill.localeCompare(best.skill) < 0)) best = r;
  }
  return best;
}

/**
 * The chart: bars diverging around zero, rises on top and the largest fall at the bottom, each
 * labelled with its signed change ("+4.9 pts"); a move within noise is grey, so that the eye
 * goes to what moved beyond it.
 */
export function moversChart(title: string, rises: readonly { skill: string; change: Change }[], falls: readonly { skill: string; change: Change }[]): ChartSpec {
  return {
    kind: 'bar',
    title,
    subtitle: 'Change in share of postings, percentage points; grey: within noise',
    yFormat: 'points',
    bars: [...rises, ...[...falls].reverse()].map((r) => ({ label: r.skill, value: r.change.points ?? 0, muted: r.change.withinNoise })),
  };
}

export const moversCommand: CommandDef = {
  name: 'movers',
  description: 'Biggest rises and falls, year over year',
  options: { month: opt.month('Which month (YYYY-MM; default: the latest thread)', { positional: 0 }) },
  examples: ['/movers', '/movers 2024-05'],
  async run(ctx, args): Promise<Reply> {
    const threads = await monthlyThreads(ctx.db);
    const thread = args.month ? threads.find((t) => t.month === args.month) : threads.at(-1);
    const title = `Movers${thread ? `, ${monthName(thread.month)} vs a year before` : ''}`;
    if (!thread) return emptyReply(title, args.month ? noThreadFor(String(args.month), threads) : 'No thread has been crawled yet.');
    const before = threads.find((t) => t.month === shiftMonth(thread.month, -12));
    if (!before) {
      // The latest month that can be compared, so that the answer says what to ask instead.
      const months = new Set(threads.map((t) => t.month));
      const comparable = threads.findLast((t) => months.has(shiftMonth(t.month, -12)))?.month;
      return emptyReply(title, `There is no thread for ${shiftMonth(thread.month, -12)} to compare with.${comparable ? ` The latest month with a thread a year before it is ${comparable}: /movers ${comparable}.` : ''}`);
    }
    const ageHours = fillingAgeHours(thread, ctx.nowMs);
    const filling = ageHours !== null;
    const filter = { version: ctx.classifierVersion, threadIds: [thread.id, before.id], ...(filling ? { maxAgeHours: ageHours ?? 0 } : {}) };
    const n = await jobCounts(ctx.db, filter);
    const k = await skillCounts(ctx.db, filter);
    const rows = [...k.entries()]
      .map(([skill, m]) => {
        const now = wilson(m.get(thread.id) ?? 0, n.get(thread.id) ?? 0);
        const then = wilson(m.get(before.id) ?? 0, n.get(before.id) ?? 0);
        return { skill, now, then, change: compareShares(then, now) };
      })
      .filter((r) => Math.max(r.now.k, r.then.k) >= MIN_SUPPORT && r.change.points !== null);
    // Ties by name: equal changes would come out in whatever order the database returned them.
    const rises = rows.filter((r) => (r.change.points ?? 0) > 0).sort((a, b) => (b.change.points ?? 0) - (a.change.points ?? 0) || a.skill.localeCompare(b.skill)).slice(0, 8);
    const falls = rows.filter((r) => (r.change.points ?? 0) < 0).sort((a, b) => (a.change.points ?? 0) - (b.change.points ?? 0) || a.skill.localeCompare(b.skill)).slice(0, 8);
    if (rises.length + falls.length === 0) return emptyReply(title, 'No skill has enough postings in both months to compare.');
    const line = (r: (typeof rows)[number]) => [r.skill, formatPercent(r.then.p), formatPercent(r.now.p), formatChange(r.change)];
    const top = movedMost(rows);
    // The largest move beyond noise, a fall as well as a rise; when none is, the largest change, said to be noise.
    const noisy = top ? null : movedMost(rows, { withinNoise: true })!;
    const headline = top
      ? `${top.skill} moved most: ${formatPercent(top.then.p)} → ${formatPercent(top.now.p)} (${formatChange(top.change)})`
      : `No skill moved beyond noise; the largest change is ${noisy!.skill}'s: ${formatPercent(noisy!.then.p)} → ${formatPercent(noisy!.now.p)} (${formatChange({ ...noisy!.change, withinNoise: false })})`;
    return {
      kind: 'ok',
      title,
      summary: `${headline}${filling ? `, compared at the same age (first ${Math.round(ageHours ?? 0)} h)` : ''}.`,
      table: {
        columns: ['skill', monthName(before.month), monthName(thread.month), 'change'],
        align: ['left', 'right', 'right', 'right'],
        rows: [...rises.map(line), ...falls.map(line)],
      },
      chart: moversChart(title, rises, falls),
      footnote: await denominatorNote(ctx, `${n.get(thread.id) ?? 0} postings (${monthName(thread.month)}) and ${n.get(before.id) ?? 0} (${monthName(before.month)}); at least ${MIN_SUPPORT} postings per skill`),
      data: { rises, falls },
    };
  },
};
