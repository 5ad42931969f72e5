import type { Db } from '../../src/core/db/connect.ts';

/** Puts due "thread is live" messages in the outbox for a Discord and a Slack channel each. */
export async function seedOutbox(db: Db, channels: number, firstChannel: number, tag = '1', now = Date.now()): Promise<void> {
  for (let i = 0; i < channels; i++) {
    for (const [platform, channel] of [
      ['discord', String(firstChannel + i)],
      ['slack', `C${firstChannel + i}`],
    ] as const) {
      await db.kysely
        .insertInto('outbox')
        .values({
          key: `${platform}:W:${channel}:thread_live:${tag}`,
          platform,
          workspace_id: 'W',
          channel_id: channel,
          kind: 'thread_live',
          thread_id: null,
          due_at: now,
          status: 'pending',
          next_attempt_at: now,
          claimed_at: null,
          message_id: null,
          last_error: null,
          created_at: now,
          sent_at: null,
        })
        .execute();
    }
  }
}
