import { createHash } from 'node:crypto';
import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Reply } from '../../commands/reply.ts';
import { renderPng } from '../../core/charts/render.ts';
import { ChannelGoneError, type OutboxRow, RetryableSendError } from '../../core/outbox/worker.ts';
import { renderSlack } from './render.ts';

const EVENT_TYPE = 'hiring_radar_outbox';
/** Slack errors that mean the channel is gone or the bot may not post there. */
const GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'restricted_action', 'team_access_not_granted']);

/** What a channel's recent history says of an outbox message: its ts, and whether its chart followed it. */
interface Posted {
  ts: string;
  chartPosted: boolean;
}

/**
 * The message with this outbox key among the channel's last 100, if one is there, and whether
 * the file named `chartName` is among them too. An app installed before the manifest asked for
 * the history scopes cannot read them: it posts without looking (a crash between posting and
 * recording could then post twice) rather than never delivering, which is what failing on
 * `missing_scope` did, retried every hour for ever.
 */
async function postedBefore(app: App, channel: string, key: string, chartName: string): Promise<Posted | null> {
  let messages: unknown[] | undefined;
  try {
    messages = (await app.client.conversations.history({ channel, limit: 100, include_all_metadata: true })).messages;
  } catch (err) {
    if ((err as { data?: { error?: string } }).data?.error === 'missing_scope') return null;
    throw err;
  }
  type Message = { ts?: string; metadata?: { event_type?: string; event_payload?: { key?: string } }; files?: { name?: string }[] };
  const list = (messages ?? []) as Message[];
  const already = list.find((m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload?.key === key);
  if (!already?.ts) return null;
  return { ts: already.ts, chartPosted: list.some((m) => m.files?.some((f) => f.name === chartName)) };
}

/**
 * The file name of an outbox message's chart: it carries a digest of the message's key, so a
 * resend can tell from the channel's history whether the chart was uploaded (postedBefore).
 */
function chartFileName(key: string): string {
  return `chart-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.png`;
}

/**
 * A reply's chart as a PNG file in a channel (Slack's three-step upload). Throws as Slack does:
 * each caller says in its own way that the chart is missing. For commands (adapter.ts) and
 * digests (uploadChart).
 */
export async function postChart(client: App['client'], channel: string, title: string, chart: NonNullable<Reply['chart']>, filename = 'chart.png'): Promise<void> {
  const png = await renderPng(chart);
  await client.filesUploadV2({ channel_id: channel, file: png, filename, title: title.slice(0, 150) });
}

/**
 * A digest's chart, uploaded to the channel just after its message, as a command's chart is.
 * Slack cannot attach a file to a message it posts with blocks, so this is a second step: it
 * runs only once the message is posted, and its failure is logged and leaves the message
 * standing (the outbox row is sent; the text carries every number the chart shows). The file
 * is named after the outbox key (chartFileName): a resend after a crash uploads the chart only
 * if the channel's history lacks it, so it is neither posted twice nor lost when the crash fell
 * between the message and its chart.
 */
async function uploadChart(app: App, channel: string, reply: Reply, filename: string, log?: Logger): Promise<void> {
  if (reply.kind !== 'ok' || !reply.chart) return;
  try {
    await postChart(app.client, channel, reply.title, reply.chart, filename);
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    log?.warn({ channel, err: code ?? (err as Error).message }, 'digest chart upload failed; the digest was posted without it');
  }
}

/**
 * Posts an outbox message to a channel, exactly once: each message carries its outbox key as
 * message metadata, and before sending, the channel's recent history is searched for it, so a
 * resend after a crash finds the message instead of duplicating it. A digest's chart follows the
 * message (uploadChart); alerts and notices carry none.
 */
export function slackSender(app: App, log?: Logger) {
  return async (row: OutboxRow, reply: Reply, key: string): Promise<string> => {
    try {
      // Alerts to a person: their DM conversation with the bot.
      const channel = row.channel_id.startsWith('dm:')
        ? ((await app.client.conversations.open({ users: row.channel_id.slice(3) })).channel?.id ?? row.channel_id.slice(3))
        : row.channel_id;
      // Alerts and notices to a person carry no chart.
      const withChart = !row.channel_id.startsWith('dm:');
      const chartName = chartFileName(key);
      const already = await postedBefore(app, channel, key, chartName);
      if (already) {
        if (withChart && !already.chartPosted) await uploadChart(app, channel, reply, chartName, log);
        return already.ts;
      }
      const msg = renderSlack(reply);
      const r = await app.client.chat.postMessage({
        channel,
        ...msg,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: EVENT_TYPE, event_payload: { key } },
      });
      if (!r.ts) throw new RetryableSendError('Slack returned no message ts');
      if (withChart) await uploadChart(app, channel, reply, chartName, log);
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
