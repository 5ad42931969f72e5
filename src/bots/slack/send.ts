import type { App } from '@slack/bolt';
import type { Reply } from '../../commands/reply.ts';
import { ChannelGoneError, type OutboxRow, RetryableSendError } from '../../core/outbox/worker.ts';
import { renderSlack } from './render.ts';

const EVENT_TYPE = 'hiring_radar_outbox';
/** Slack errors that mean the channel is gone or the bot may not post there. */
const GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'restricted_action', 'team_access_not_granted']);

/**
 * The ts of the message with this outbox key among the channel's last 100, if one is there. An
 * app installed before the manifest asked for the history scopes cannot read them: it posts
 * without looking (a crash between posting and recording could then post twice) rather than
 * never delivering, which is what failing on `missing_scope` did, retried every hour for ever.
 */
async function postedBefore(app: App, channel: string, key: string): Promise<string | null> {
  let messages: unknown[] | undefined;
  try {
    messages = (await app.client.conversations.history({ channel, limit: 100, include_all_metadata: true })).messages;
  } catch (err) {
    if ((err as { data?: { error?: string } }).data?.error === 'missing_scope') return null;
    throw err;
  }
  const already = messages?.find((m) => {
    const meta = (m as { metadata?: { event_type?: string; event_payload?: { key?: string } } }).metadata;
    return meta?.event_type === EVENT_TYPE && meta.event_payload?.key === key;
  });
  return (already as { ts?: string } | undefined)?.ts ?? null;
}

/**
 * Posts an outbox message to a channel, exactly once: each message carries its outbox key as
 * message metadata, and before sending, the channel's recent history is searched for it, so a
 * resend after a crash finds the message instead of duplicating it.
 */
export function slackSender(app: App) {
  return async (row: OutboxRow, reply: Reply, key: string): Promise<string> => {
    try {
      // Alerts to a person: their DM conversation with the bot.
      const channel = row.channel_id.startsWith('dm:')
        ? ((await app.client.conversations.open({ users: row.channel_id.slice(3) })).channel?.id ?? row.channel_id.slice(3))
        : row.channel_id;
      const already = await postedBefore(app, channel, key);
      if (already) return already;
      const msg = renderSlack(reply);
      const r = await app.client.chat.postMessage({
        channel,
        ...msg,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: EVENT_TYPE, event_payload: { key } },
      });
      if (!r.ts) throw new RetryableSendError('Slack returned no message ts');
      return r.ts;
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error;
      if (code && GONE.has(code)) throw new ChannelGoneError(`Slack channel ${row.channel_id}: ${code}`);
      if (err instanceof RetryableSendError) throw err;
      const retryAfter = (err as { retryAfter?: number }).retryAfter;
      throw new RetryableSendError(`Slack: ${code ?? (err as Error).message}`, retryAfter !== undefined ? retryAfter * 1000 : undefined);
    }
  };
}
