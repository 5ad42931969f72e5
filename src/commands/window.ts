import { threadFacts } from '../core/insights/cache.ts';
import type { PostingFacts } from '../core/insights/facets.ts';
import { monthlyThreads, type ThreadInfo } from '../core/insights/data.ts';
import type { CommandContext } from './types.ts';

/** The latest `months` monthly threads and their live job postings, for pooled questions. */
export async function recentPostings(
  ctx: CommandContext,
  months: number,
): Promise<{ threads: ThreadInfo[]; postings: PostingFacts[] }> {
  const all = await monthlyThreads(ctx.db);
  const threads = all.slice(-months);
  const facts = await threadFacts(ctx.db, ctx.classifierVersion, threads);
  return { threads, postings: threads.flatMap((t) => facts.get(t.id) ?? []) };
}

export function spanLabel(threads: readonly ThreadInfo[]): string {
  if (threads.length === 0) return 'no threads';
  const first = threads[0]!.month;
  const last = threads.at(-1)!.month;
  return first === last ? first : `${first} to ${last}`;
}

/**
 * "There is no thread for 2019-05", with the months on either side that have one: what to ask
 * instead, where the answer alone left the asker guessing which months are stored.
 */
export function noThreadFor(month: string, threads: readonly ThreadInfo[]): string {
  const before = threads.filter((t) => t.month < month).at(-1)?.month;
  const after = threads.find((t) => t.month > month)?.month;
  const near = [before, after].filter((m) => m !== undefined);
  return `There is no thread for ${month}${near.length ? `; the nearest ${near.length === 1 ? 'is' : 'are'} ${near.join(' and ')}` : ''}.`;
}
