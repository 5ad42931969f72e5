import { sql } from 'kysely';
import { lastCrawl } from '../core/insights/data.ts';
import { formatTime } from './format.ts';
import type { Reply } from './reply.ts';
import type { CommandDef } from './types.ts';

export const aboutCommand: CommandDef = {
  name: 'about',
  description: 'What counts as a posting, where the data comes from, and how fresh it is',
  options: {},
  examples: ['/about'],
  async run(ctx): Promise<Reply> {
    const crawled = await lastCrawl(ctx.db);
    const threads = await ctx.db.kysely.selectFrom('threads').select(sql<number>`count(*)`.as('n')).executeTakeFirst();
    const live = await ctx.db.kysely
      .selectFrom('postings')
      .select(sql<number>`count(*)`.as('n'))
      .where('status', '=', 'live')
      .executeTakeFirst();
    return {
      kind: 'ok',
      title: 'About hiring-radar',
      summary:
        'Numbers from the monthly "Ask HN: Who is hiring?" threads on Hacker News. A posting is a top-level comment of a thread that advertises a job; replies, dead, deleted and removed comments are not counted.',
      fields: [
        { name: 'Threads', value: String(Number(threads?.n ?? 0)), inline: true },
        { name: 'Live comments', value: String(Number(live?.n ?? 0)), inline: true },
        { name: 'Last crawl', value: formatTime(crawled), inline: true },
        { name: 'Classifier', value: ctx.classifierVersion, inline: true },
        { name: 'Data source', value: 'HN Firebase API (hacker-news.firebaseio.com), re-read to catch edits and deletions', inline: false },
        {
          name: 'How sure',
          value: 'Shares come with 95% Wilson intervals; a change whose intervals overlap is marked "within noise". A thread still filling is compared with earlier threads at the same age.',
          inline: false,
        },
      ],
      links: [{ label: 'Who is hiring? threads', url: 'https://news.ycombinator.com/submitted?id=whoishiring' }],
    };
  },
};
