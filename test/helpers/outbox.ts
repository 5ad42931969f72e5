import type { Db } from '../../src/core/db/connect.ts';

/**
 * Puts due "thread is live" messages in the outbox for a Discord and a Slack channel each, each
 * channel its workspace's digest channel (a digest whose channel is not is dropped when due).
 */
export async function seedOutbox(db: Db, channels: number, firstChannel: number, tag = '1', now = Date.now()): Promise<void> {
  for (let i = 0; i < channels; i++) {
    for (const [platform, channel] of [
      ['discord', String(firstChannel + i)],
      ['slack', `C${firstChannel + i}`],
    ] as const) {
      const workspace = `W${channel}`;
      await db.kysely
        .insertInto('digest_channels')
        .values({ platform, workspace_id: workspace, channel_id: channel, enabled: 1, set_by: 'test', updated_at: now })
        .onConflict((oc) => oc.columns(['platform', 'workspace_id']).doNothing())
        .execute();
      await db.kysely
        .insertInto('outbox')
        .values({
          key: `${platform}:${workspace}:${channel}:thread_live:${tag}`,
          platform,
          workspace_id: workspace,
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
