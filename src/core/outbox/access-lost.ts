import type { Reply } from '../../commands/reply.ts';
import type { Db } from '../db/connect.ts';
import type { OutboxRow } from './worker.ts';

/** What an access_lost notice carries: the channel digests went to, and what the platform said. */
interface AccessLost {
  channel: string;
  reason: string;
}

/**
 * Queues a direct message to the admin who chose this channel for digests, when the platform
 * refused a message there and digests are about to be turned off: without it, a channel deleted
 * or a permission taken away stopped the digests with nothing but a log line, and nobody in the
 * workspace knew why they no longer came. Only for the workspace's enabled digest channel (once:
 * it is disabled right after); asked before that, by the worker's ChannelGoneError path.
 */
export async function queueAccessLostNotice(db: Db, row: OutboxRow, reason: string, now: number): Promise<void> {
  if (row.channel_id.startsWith('dm:')) return;
  const digests = await db.kysely
    .selectFrom('digest_channels')
    .select(['set_by', 'updated_at'])
    .where('platform', '=', row.platform)
    .where('workspace_id', '=', row.workspace_id)
    .where('channel_id', '=', row.channel_id)
    .where('enabled', '=', 1)
    .executeTakeFirst();
  // set_by is "discord:USER" or "slack:TEAM:USER" (context userKey): the DM goes to USER.
  const user = digests?.set_by.startsWith(`${row.platform}:`) ? digests.set_by.split(':').at(-1) : undefined;
  if (!user) return;
  const channel = `dm:${user}`;
  const payload: AccessLost = { channel: row.channel_id, reason: reason.slice(0, 300) };
  await db.kysely
    .insertInto('outbox')
    .values({
      // One notice per choice of the channel (its updated_at): two workers refused at once for
      // the same channel write the same key, and the second is dropped.
      key: `${row.platform}:${row.workspace_id}:${channel}:access_lost:${row.channel_id}:${digests!.updated_at}`,
      platform: row.platform,
      workspace_id: row.workspace_id,
      channel_id: channel,
      kind: 'access_lost',
      thread_id: null,
      payload: JSON.stringify(payload),
      due_at: now,
      status: 'pending',
      next_attempt_at: now,
      created_at: now,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** Where a channel opens in the platform's own client, for the notice's link. */
function channelUrl(row: OutboxRow, channel: string): string {
  return row.platform === 'discord' ? `https://discord.com/channels/${row.workspace_id}/${channel}` : `https://app.slack.com/client/${row.workspace_id}/${channel}`;
}

/** The notice itself: what happened, where, and what brings the digests back. */
export function accessLostReply(row: OutboxRow): Reply {
  const { channel, reason } = JSON.parse(row.payload) as AccessLost;
  const fix =
    row.platform === 'discord'
      ? 'give the bot View Channel, Send Messages, Embed Links and Attach Files there (or choose another channel)'
      : 'invite the bot there with /invite @hiring-radar (or choose another channel)';
  return {
    kind: 'ok',
    title: 'hiring-radar can no longer post digests',
    summary: `You chose the channel linked below for "Who is hiring?" digests, and ${row.platform === 'discord' ? 'Discord' : 'Slack'} refused the last message there (${reason}), so digests are turned off. To have them again, ${fix}, then run /digest-channel in that channel.`,
    links: [{ label: 'The digest channel', url: channelUrl(row, channel) }],
  };
}
