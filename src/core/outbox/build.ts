import { digestCommand } from '../../commands/digest.ts';
import { monthName } from '../../commands/format.ts';
import type { Reply } from '../../commands/reply.ts';
import { commandContext } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { hnItemUrl } from '../text.ts';
import type { OutboxRow } from './worker.ts';

/** The message of an outbox row, built when it is sent so a digest shows the data of that moment. */
export async function buildOutboxReply(db: Db, row: OutboxRow, nowMs: number = Date.now()): Promise<Reply> {
  const thread = row.thread_id === null ? undefined : await db.kysely.selectFrom('threads').selectAll().where('id', '=', row.thread_id).executeTakeFirst();
  if (!thread) return { kind: 'error', title: 'hiring-radar', summary: 'The thread of this message is no longer stored.' };
  const month = monthName(thread.month);
  if (row.kind === 'thread_live') {
    return {
      kind: 'ok',
      title: `The ${month} "Who is hiring?" thread is live`,
      summary: `New postings arrive fast in the first days; the digest follows once the thread has settled. ${hnItemUrl(thread.id)}`,
      links: [{ label: thread.title, url: hnItemUrl(thread.id) }],
    };
  }
  const ctx = await commandContext(db, { nowMs });
  const reply = await digestCommand.run(ctx, { month: thread.month });
  return row.kind === 'recap' ? { ...reply, title: `Month-end recap: ${reply.title}` } : reply;
}
