import type { Reply } from './reply.ts';
import type { CommandContext, PostNeeds } from './types.ts';

/**
 * The answer when the bot could not post in the asker's channel, or null when it can (or the
 * platform cannot tell). Asked before a channel is chosen for digests or alerts: a choice the
 * first delivery then failed on was kept, and that failure turned deliveries off without a word
 * to anyone (outbox/worker.ts, ChannelGoneError).
 */
export async function cannotPostReply(ctx: CommandContext, title: string, retry: string, needs: PostNeeds): Promise<Reply | null> {
  const why = ctx.cannotPostHere ? await ctx.cannotPostHere(needs).catch(() => null) : null;
  return why ? { kind: 'error', title, summary: `I cannot post in this channel: ${why}. ${retry}` } : null;
}
