import type { Db } from '../core/db/connect.ts';
import { monthlyThreads, threadIdsOfMonth } from '../core/insights/data.ts';
import { opt } from './options.ts';
import { cannotPostReply } from './post-check.ts';
import type { Reply } from './reply.ts';
import type { CommandDef } from './types.ts';

export const digestChannelCommand: CommandDef = {
  name: 'digest-channel',
  description: 'Post digests of new threads in this channel, or turn them off (admins only)',
  options: { state: opt.choice('on (this channel) or off', ['on', 'off'], { positional: 0 }) },
  examples: ['/digest-channel', '/digest-channel off'],
  adminOnly: true,
  async run(ctx, args): Promise<Reply> {
    const title = '/digest-channel';
    if (!ctx.place) return { kind: 'error', title, summary: 'This setting belongs to a Discord server or Slack workspace: use it from a chat channel.' };
    if (!ctx.isAdmin) {
      return {
        kind: 'error',
        title,
        summary: 'Only members with the Manage Server permission (Discord) or workspace admins (Slack) can choose where digests go. Your own alerts need no permission: see /subscribe.',
      };
    }
    const on = (args.state ?? 'on') === 'on';
    if (on) {
      const refused = await cannotPostReply(ctx, title, 'Fix that, then run /digest-channel again.', { files: true });
      if (refused) return refused;
    }
    const { platform, workspaceId, channelId } = ctx.place;
    const now = ctx.nowMs;
    await ctx.db.kysely
      .insertInto('digest_channels')
      .values({ platform, workspace_id: workspaceId, channel_id: channelId, enabled: on ? 1 : 0, set_by: ctx.userKey ?? 'unknown', updated_at: now })
      .onConflict((oc) => oc.columns(['platform', 'workspace_id']).doUpdateSet({ channel_id: channelId, enabled: on ? 1 : 0, set_by: ctx.userKey ?? 'unknown', updated_at: now }))
      .execute();
    if (on) await reviveDigests(ctx.db, platform, workspaceId, channelId, now);
    return {
      kind: 'ok',
      title: on ? 'Digests will be posted here' : 'Digests turned off',
      summary: on
        ? 'When a new month\'s "Who is hiring?" thread appears, this channel gets a short "the thread is live" post and, once it has settled, the digest.'
        : 'This workspace will not receive digests until an admin runs /digest-channel again.',
    };
  },
};

/**
 * The latest thread's digest and recap for this channel, when they were given up (the bot had
 * lost access, or digests were turned off when they came due): due again, since an admin has just
 * chosen the channel. The scheduler would not queue them anew (one row per channel, thread and
 * kind). Older threads' rows stay as they are: a channel is never sent last year's digests.
 */
async function reviveDigests(db: Db, platform: 'discord' | 'slack', workspaceId: string, channelId: string, now: number): Promise<void> {
  const latest = (await monthlyThreads(db)).at(-1);
  if (!latest) return;
  // Rows of HN's other thread for the month too, if it has two: its rows stand for the month
  // (schedule.ts queues nothing again under the other's id).
  const month = await threadIdsOfMonth(db, latest.month);
  const givenUp = () =>
    db.kysely
      .updateTable('outbox')
      .where('platform', '=', platform)
      .where('workspace_id', '=', workspaceId)
      .where('channel_id', '=', channelId)
      .where('thread_id', 'in', month)
      .where('kind', 'in', ['digest', 'recap'])
      .where('status', 'in', ['disabled', 'dropped']);
  // Those already due go now; a recap not due yet waits for its time.
  await givenUp().where('due_at', '<=', now).set({ status: 'pending', attempts: 0, next_attempt_at: now, claimed_at: null }).execute();
  await givenUp()
    .where('due_at', '>', now)
    .set((eb) => ({ status: 'pending', attempts: 0, next_attempt_at: eb.ref('due_at'), claimed_at: null }))
    .execute();
}
