import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, type REST, Routes } from 'discord.js';
import type { Reply } from '../../commands/reply.ts';
import { renderPng } from '../../core/charts/render.ts';
import { ChannelGoneError, type OutboxRow, RetryableSendError } from '../../core/outbox/worker.ts';
import { renderDiscord } from './render.ts';

/** Discord's "this channel is gone / we cannot post there" error codes. */
const GONE = new Set([10003, 50001, 50013, 10004]);

/**
 * Posts an outbox message to a channel. The nonce (derived from the outbox key) with
 * enforce_nonce makes Discord return the message already created instead of a duplicate when
 * a crash between sending and recording makes us send again.
 */
export function discordSender(rest: REST) {
  return async (row: OutboxRow, reply: Reply, key: string): Promise<string> => {
    const png = reply.chart ? await renderPng(reply.chart).catch(() => undefined) : undefined;
    const msg = renderDiscord(reply, png);
    const nonce = createHash('sha256').update(key).digest('hex').slice(0, 25);
    try {
      // Alerts to a person: open (or reuse) the DM channel first.
      const channelId = row.channel_id.startsWith('dm:')
        ? ((await rest.post(Routes.userChannels(), { body: { recipient_id: row.channel_id.slice(3) } })) as { id: string }).id
        : row.channel_id;
      const res = (await rest.post(Routes.channelMessages(channelId), {
        body: { embeds: msg.embeds, ...(msg.components ? { components: msg.components } : {}), allowed_mentions: msg.allowed_mentions, nonce, enforce_nonce: true },
        ...(png ? { files: [{ name: 'chart.png', data: png, contentType: 'image/png' }] } : {}),
      })) as { id: string };
      return res.id;
    } catch (err) {
      if (err instanceof DiscordAPIError && (GONE.has(Number(err.code)) || err.status === 404 || err.status === 403)) {
        throw new ChannelGoneError(`Discord channel ${row.channel_id}: ${err.message}`);
      }
      if (err instanceof RateLimitError) throw new RetryableSendError(`rate limited on ${err.route}`, err.retryAfter);
      if (err instanceof HTTPError || err instanceof DiscordAPIError) throw new RetryableSendError(`Discord ${err.status}: ${err.message}`);
      throw new RetryableSendError(`Discord: ${(err as Error).message}`);
    }
  };
}
