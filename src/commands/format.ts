import { lastCrawl } from '../core/insights/data.ts';
import { type Change, formatPercent, type Share } from '../core/insights/stats.ts';
import type { CommandContext } from './types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-05" → "May 2026". */
export function monthName(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

export function formatInterval(s: Share): string {
  if (s.p === null) return 'no data';
  return `${formatPercent(s.lo)}–${formatPercent(s.hi)}`;
}

/** "+1.2 pts (within noise)" / "−3.0 pts" / "no data". */
export function formatChange(c: Change): string {
  if (c.points === null) return 'no data';
  const sign = c.points > 0 ? '+' : c.points < 0 ? '−' : '±';
  return `${sign}${Math.abs(c.points).toFixed(1)} pts${c.withinNoise ? ' (within noise)' : ''}`;
}

export function formatTime(ms: number | null): string {
  if (ms === null) return 'never';
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The footnote every number carries: what it is out of, and how fresh it is. */
export async function denominatorNote(ctx: CommandContext, what: string): Promise<string> {
  const crawled = await lastCrawl(ctx.db);
  return `Out of ${what} (live job postings: dead, deleted and non-job comments excluded). Last crawl ${formatTime(crawled)}; classifier ${ctx.classifierVersion}.`;
}
