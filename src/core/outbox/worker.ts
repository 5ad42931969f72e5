import type { Logger } from 'pino';
import { queueAccessLostNotice } from './access-lost.ts';
import type { Reply } from '../../commands/reply.ts';
import type { Db } from '../db/connect.ts';
import type { OutboxTable } from '../db/schema.ts';
import type { Selectable } from 'kysely';

export type OutboxRow = Selectable<OutboxTable>;

/** How long a row waits for its platform's adapter to be running, without using an attempt. */
const NO_ADAPTER_WAIT_MS = 10 * 60_000;
/** How long after it was due a row waiting for its platform's adapter is given up. */
const NO_ADAPTER_GIVE_UP_MS = 48 * 3_600_000;

/** A failure worth retrying (5xx, network, 429 with its wait). */
export class RetryableSendError extends Error {
  override name = 'RetryableSendError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A failure retrying cannot fix: the channel is gone or the bot lost access. */
export class ChannelGoneError extends Error {
  override name = 'ChannelGoneError';
}

/**
 * Delivers one message to one channel. `key` is the outbox key: senders use it to make a
 * resend after a crash a no-op (Discord nonce with enforce_nonce, Slack message metadata).
 */
export type Sender = (row: OutboxRow, reply: Reply, key: string) => Promise<string>;

/** What a row's message builder answers when nothing is left to send, and why. */
export interface Dropped {
  dropped: string;
}

export interface WorkerOptions {
  senders: Partial<Record<'discord' | 'slack', Sender>>;
  /**
   * Builds the message when it is due (a digest reflects the data at that moment), or says why
   * there is nothing left to send (Dropped: the row is then dropped, the reason in `last_error`).
   */
  build: (row: OutboxRow) => Promise<Reply | Dropped>;
  log: Logger;
  now?: () => number;
  /** A row left "sending" longer than this by a dead worker is taken over. */
  leaseMs?: number;
  maxBackoffMs?: number;
  /** Asked before each row is claimed: true ends the run after the row in hand (shutting down). */
  shouldStop?: () => boolean;
  /**
   * The platforms this service is configured for. A row for another (its credentials removed
   * since) is dropped, not kept waiting for an adapter that will never start.
   */
  configured?: ReadonlySet<'discord' | 'slack'>;
}

/**
 * Failed sends of one row before it is given up ("failed", logged as an error): with the backoff
 * doubling from 5 s to an hour and jittered to half or more, 20 to 39 hours, about a day. A message that late has lost its point (an alert of new
 * postings, the "thread is live" post), and retrying it for ever hid the failure.
 */
const MAX_ATTEMPTS = 48;

/** Claims one due row. PostgreSQL: FOR UPDATE SKIP LOCKED, so several processes never share one. */
async function claim(db: Db, now: number, leaseMs: number): Promise<OutboxRow | null> {
  return db.kysely.transaction().execute(async (tx) => {
    let q = tx
      .selectFrom('outbox')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', now - leaseMs)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .limit(1);
    if (db.dialect === 'postgres') q = q.forUpdate().skipLocked();
    const row = await q.executeTakeFirst();
    if (!row) return null;
    await tx.updateTable('outbox').set({ status: 'sending', claimed_at: now }).where('id', '=', row.id).execute();
    return { ...row, status: 'sending', claimed_at: now };
  });
}

/**
 * Sends every due outbox row once. Success records the platform's message id; a retryable
 * failure backs off (or waits as told by a 429); a channel that is gone or forbidden is
 * disabled with the reason, in the outbox and in digest_channels, instead of retried forever.
 */
export async function deliverDue(db: Db, opts: WorkerOptions): Promise<{ sent: number; retried: number; disabled: number; dropped: number; failed: number }> {
  const now = opts.now ?? Date.now;
  const leaseMs = opts.leaseMs ?? 120_000;
  const out = { sent: 0, retried: 0, disabled: 0, dropped: 0, failed: 0 };
  const next = () => (opts.shouldStop?.() ? Promise.resolve(null) : claim(db, now(), leaseMs));
  for (let row = await next(); row; row = await next()) {
    const sender = opts.senders[row.platform];
    // Only while this worker's claim holds: a send that outlasted the lease was taken over by
    // another worker, whose outcome must not be overwritten (a "sent" put back to "pending"
    // would be sent once more).
    const claimed = row.claimed_at;
    const mine = () =>
      db.kysely
        .updateTable('outbox')
        .where('id', '=', row!.id)
        .where('status', '=', 'sending')
        .where('claimed_at', '=', claimed);
    /** Nothing left to send, or no one to send it: the row is dropped with the reason. */
    const drop = async (reason: string) => {
      await mine().set({ status: 'dropped', last_error: reason, claimed_at: null }).execute();
      out.dropped++;
      opts.log.info({ key: row!.key, reason }, 'outbox message dropped');
    };
    try {
      if (!sender) {
        if (opts.configured && !opts.configured.has(row.platform)) {
          // No adapter will ever send it: the service is no longer configured for the platform.
          await drop(`the bot no longer runs on ${row.platform === 'discord' ? 'Discord' : 'Slack'} (no credentials configured)`);
        } else if (now() - row.due_at > NO_ADAPTER_GIVE_UP_MS) {
          // Two days without the platform (a token it refused, never fixed): a "thread is live" of
          // last month is no news. Given up, and said, where it waited silently and went out late.
          const reason = `no ${row.platform} adapter running for two days after it was due`;
          await mine().set({ status: 'failed', last_error: reason, claimed_at: null }).execute();
          out.failed++;
          opts.log.error({ key: row.key, platform: row.platform }, 'outbox message given up: its platform is not connected');
        } else {
          // Not an attempt: the platform is not connected (yet: its start is being retried). Counted,
          // a day's outage at boot used up the 48 attempts and the digest was never sent.
          await mine().set({ status: 'pending', next_attempt_at: now() + NO_ADAPTER_WAIT_MS, last_error: `no ${row.platform} adapter running`, claimed_at: null }).execute();
          out.retried++;
        }
        continue;
      }
      const reply = await opts.build(row);
      if ('dropped' in reply) {
        await drop(reply.dropped);
        continue;
      }
      const messageId = await sender(row, reply, row.key);
      const recorded = await mine().set({ status: 'sent', message_id: messageId, sent_at: now(), last_error: null }).executeTakeFirst();
      if (Number(recorded.numUpdatedRows) === 0) opts.log.warn({ key: row.key, messageId }, 'outbox message sent after its claim was taken over');
      out.sent++;
      opts.log.info({ key: row.key, messageId }, 'outbox message sent');
    } catch (err) {
      const message = (err as Error).message.slice(0, 500);
      if (err instanceof ChannelGoneError) {
        // Told first, while the channel is still the enabled digest channel: its admin, by DM.
        await queueAccessLostNotice(db, row, message, now());
        // Every message still due to that channel goes with it.
        await db.kysely
          .updateTable('outbox')
          .set({ status: 'disabled', last_error: message })
          .where('platform', '=', row.platform)
          .where('channel_id', '=', row.channel_id)
          .where('status', 'in', ['pending', 'sending'])
          .execute();
        await db.kysely
          .updateTable('digest_channels')
          .set({ enabled: 0, updated_at: now() })
          .where('platform', '=', row.platform)
          .where('workspace_id', '=', row.workspace_id)
          .where('channel_id', '=', row.channel_id)
          .execute();
        out.disabled++;
        opts.log.warn({ key: row.key, reason: message }, 'channel disabled: it is gone or the bot lost access');
        continue;
      }
      const attempts = row.attempts + 1;
      if (attempts >= MAX_ATTEMPTS) {
        await mine().set({ status: 'failed', attempts, last_error: message, claimed_at: null }).execute();
        out.failed++;
        opts.log.error({ key: row.key, attempts, err: message }, 'outbox delivery given up after repeated failures');
        continue;
      }
      const backoff = Math.min(opts.maxBackoffMs ?? 3_600_000, 5_000 * 2 ** Math.min(attempts, 12));
      const wait = Math.ceil(err instanceof RetryableSendError && err.retryAfterMs !== undefined ? err.retryAfterMs : backoff * (0.5 + Math.random() / 2));
      await mine().set({ status: 'pending', attempts, next_attempt_at: now() + wait, last_error: message, claimed_at: null }).execute();
      out.retried++;
      opts.log.warn({ key: row.key, attempts, waitMs: Math.round(wait), err: message }, 'outbox delivery failed; will retry');
    }
  }
  return out;
}
