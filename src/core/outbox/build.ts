import { digestCommand } from '../../commands/digest.ts';
import { monthName } from '../../commands/format.ts';
import type { Reply } from '../../commands/reply.ts';
import { commandContext } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { headerLine, hnItemUrl } from '../text.ts';
import { accessLostReply } from './access-lost.ts';
import { type Dropped, type OutboxRow, RetryableSendError } from './worker.ts';

/** The message of an outbox row, built when it is sent so a digest shows the data of that moment. */
const ALERT_SHOWN = 10;

/**
 * An alert as it stands when sent: only the alerts not removed since (/unsubscribe), only the
 * postings still live, counted as shown. Nothing left: dropped, not an empty message.
 */
async function alertReply(db: Db, row: OutboxRow): Promise<Reply | Dropped> {
  const queued = (JSON.parse(row.payload) as { alerts: { subscriptionId: number; postingIds: number[] }[] }).alerts;
  const subs = await db.kysely.selectFrom('subscriptions').select(['id', 'expression']).where('id', 'in', queued.map((a) => a.subscriptionId)).execute();
  const alerts = queued.filter((a) => subs.some((s) => s.id === a.subscriptionId));
  if (alerts.length === 0) return { dropped: 'its alerts were removed before it was sent' };
  const expression = (id: number) => subs.find((s) => s.id === id)!.expression;
  // Newest first across the alerts; a posting matching two alerts is listed once.
  const matched = [...new Set(alerts.flatMap((a) => a.postingIds))];
  const live = await db.kysely.selectFrom('postings').select('id').where('id', 'in', matched).where('status', '=', 'live').execute();
  const ids = live.map((p) => p.id).sort((a, b) => b - a);
  if (ids.length === 0) return { dropped: 'its postings were deleted or died before it was sent' };
  const postings = await db.kysely
    .selectFrom('postings')
    .leftJoin('posting_facts', 'posting_facts.posting_id', 'postings.id')
    .select(['postings.id', 'postings.text', 'posting_facts.company'])
    .where('postings.id', 'in', ids.slice(0, ALERT_SHOWN))
    .execute();
  const shown = ids.slice(0, ALERT_SHOWN).map((id) => postings.find((p) => p.id === id)).filter((p) => p !== undefined);
  const more = ids.length - shown.length;
  return {
    kind: 'ok',
    title: `${ids.length} new posting${ids.length === 1 ? '' : 's'} for ${alerts.map((a) => expression(a.subscriptionId)).join(', ')}`,
    summary: `${more > 0 ? `The ${shown.length} newest below, and ${more} more. ` : ''}Stop an alert with ${alerts.map((a) => `/unsubscribe ${a.subscriptionId}`).join(' or ')}.`,
    fields: shown.map((p) => ({ name: p.company ?? `Posting ${p.id}`, value: `${headerLine(p.text, 180) || '(no header line)'}\n${hnItemUrl(p.id)}` })),
    actions: alerts.slice(0, 5).map((a) => ({ label: `Stop alert #${a.subscriptionId}`, id: `unsubscribe:${a.subscriptionId}` })),
  };
}

/** Whether the row's channel is still where its workspace's digests go: turned off or moved, its digests are not sent. */
async function stillDigestChannel(db: Db, row: OutboxRow): Promise<boolean> {
  const c = await db.kysely
    .selectFrom('digest_channels')
    .select(['channel_id', 'enabled'])
    .where('platform', '=', row.platform)
    .where('workspace_id', '=', row.workspace_id)
    .executeTakeFirst();
  return c?.enabled === 1 && c.channel_id === row.channel_id;
}

export async function buildOutboxReply(db: Db, row: OutboxRow, nowMs: number = Date.now()): Promise<Reply | Dropped> {
  if (row.kind === 'alert') return alertReply(db, row);
  if (row.kind === 'access_lost') return accessLostReply(row);
  if (!(await stillDigestChannel(db, row))) return { dropped: 'digests were turned off or moved to another channel before it was sent' };
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
  // Not yet: the thread's postings are not read (a crawl in progress, HN down when it came due).
  // Tried again later; a digest sent now would say "no postings" for good.
  if (reply.kind !== 'ok') throw new RetryableSendError(`the ${thread.month} digest has nothing to show yet: ${reply.summary.slice(0, 120)}`);
  return row.kind === 'recap' ? { ...reply, title: `Month-end recap: ${reply.title}` } : reply;
}
