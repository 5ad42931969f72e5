import { sql } from 'kysely';
import { describe, ExpressionError, parseExpression, requiredAnyOf } from '../core/alerts/expression.ts';
import { ROLES } from '../core/classify/role-names.ts';
import { OptionError, opt, resolveSkill } from './options.ts';
import { cannotPostReply } from './post-check.ts';
import type { Reply } from './reply.ts';
import type { CommandContext, CommandDef } from './types.ts';

/** Subscriptions one person may hold: enough for real use, bounded for the matcher. */
export const MAX_SUBSCRIPTIONS_PER_USER = 20;

function chatOnly(ctx: CommandContext, title: string): Reply | null {
  if (ctx.place && ctx.userKey) return null;
  return { kind: 'error', title, summary: 'Alerts are delivered in chat: use this command from Discord or Slack.' };
}

function userId(ctx: CommandContext): string {
  return (ctx.userKey ?? '').split(':').at(-1) ?? '';
}

export const subscribeCommand: CommandDef = {
  name: 'subscribe',
  personal: true,
  description: 'Be alerted when postings matching a skill arrive (e.g. "rust or go", "python and not django")',
  options: {
    skill: opt.text('Skill or expression, e.g. "rust or go"', 200, { positional: 0, required: true, rest: true }),
    remote: opt.choice('Only this remote policy', ['remote', 'hybrid', 'onsite']),
    country: opt.country('Only this country code, e.g. US, DE'),
    visa: opt.choice('Only postings that sponsor visas', ['yes']),
    role: opt.choice('Only this role category', ROLES),
    where: opt.choice('dm (default) or channel (admins: alerts go to this channel)', ['dm', 'channel']),
  },
  examples: ['/subscribe rust', '/subscribe "python and not django" remote:remote', '/subscribe go where:channel'],
  async run(ctx, args): Promise<Reply> {
    const title = '/subscribe';
    const denied = chatOnly(ctx, title);
    if (denied) return denied;
    const place = ctx.place!;
    const where = String(args.where ?? 'dm');
    if (where === 'channel' && !ctx.isAdmin) {
      return { kind: 'error', title, summary: 'Only admins (Manage Server on Discord, workspace admins on Slack) can subscribe a channel; use where:dm for yourself.' };
    }
    let expr: ReturnType<typeof parseExpression>;
    try {
      expr = parseExpression(String(args.skill), (w) => resolveSkill(ctx, w).name);
    } catch (err) {
      if (err instanceof ExpressionError) throw new OptionError(`${err.message}.`);
      throw err;
    }
    const index = requiredAnyOf(expr);
    if (!index) throw new OptionError('An alert needs at least one skill that postings must have (not only "not ...").');
    if (where === 'channel') {
      const refused = await cannotPostReply(ctx, title, 'Fix that, then subscribe the channel again.', { files: false });
      if (refused) return refused;
    }
    const user = userId(ctx);
    const filters = Object.fromEntries(
      (['remote', 'country', 'visa', 'role'] as const).filter((k) => args[k] !== undefined).map((k) => [k, String(args[k])]),
    );
    const text = describe(expr);
    const id = await ctx.db.kysely.transaction().execute(async (tx) => {
      // Counted and written in one transaction, one at a time per person on PostgreSQL: five
      // /subscribe at once each counted 18 and all went in (SQLite writes one at a time anyway).
      if (ctx.db.dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`${place.platform}:${user}`}))`.execute(tx);
      const count = await tx
        .selectFrom('subscriptions')
        .select(sql<number>`count(*)`.as('n'))
        .where('platform', '=', place.platform)
        .where('user_id', '=', user)
        .executeTakeFirst();
      if (Number(count?.n ?? 0) >= MAX_SUBSCRIPTIONS_PER_USER) return null;
      const row = await tx
        .insertInto('subscriptions')
        .values({
          platform: place.platform,
          workspace_id: place.workspaceId,
          user_id: user,
          channel_id: where === 'channel' ? place.channelId : `dm:${user}`,
          expression: text,
          filters: JSON.stringify(filters),
          created_at: ctx.nowMs,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx.insertInto('subscription_skills').values([...index].map((skill) => ({ skill, subscription_id: row.id }))).execute();
      return row.id;
    });
    if (id === null) {
      return { kind: 'error', title, summary: `You have ${MAX_SUBSCRIPTIONS_PER_USER} alerts, the most one person can have. Remove one with /unsubscribe first (/subscriptions lists them).` };
    }
    const filterText = Object.entries(filters).map(([k, v]) => `${k} ${v}`).join(', ');
    return {
      kind: 'ok',
      title: `Alert #${id} created`,
      summary: `You will get ${where === 'channel' ? 'alerts in this channel' : 'a direct message'} when new postings match ${text}${filterText ? ` (${filterText})` : ''}: at most one message per crawl, never the same posting twice. Postings already in the thread are not sent.`,
    };
  },
};

/**
 * What to tell a person whose last alert by direct message the platform refused (a Discord user
 * who takes no DMs from the server's members, most often), or null. The bot cannot reach them by
 * DM to say so, and their alerts stay: this is where they look when none arrive.
 */
async function lastDmRefused(ctx: CommandContext): Promise<string | null> {
  const last = await ctx.db.kysely
    .selectFrom('outbox')
    .select(['status'])
    .where('platform', '=', ctx.place!.platform)
    .where('channel_id', '=', `dm:${userId(ctx)}`)
    .where('kind', '=', 'alert')
    .where('status', 'in', ['sent', 'disabled'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (last?.status !== 'disabled') return null;
  return ctx.place!.platform === 'discord'
    ? 'Your last alert could not be sent: Discord refused a direct message to you. Allow direct messages from this server\'s members (the server\'s Privacy Settings) and the next ones will arrive.'
    : 'Your last alert could not be sent: Slack refused a direct message to you. Ask a workspace admin whether the app may message you.';
}

export const subscriptionsCommand: CommandDef = {
  name: 'subscriptions',
  personal: true,
  description: 'List your alerts with their ids',
  options: {},
  examples: ['/subscriptions'],
  async run(ctx): Promise<Reply> {
    const denied = chatOnly(ctx, '/subscriptions');
    if (denied) return denied;
    const rows = await ctx.db.kysely
      .selectFrom('subscriptions')
      .selectAll()
      .where('platform', '=', ctx.place!.platform)
      .where('user_id', '=', userId(ctx))
      .orderBy('id')
      .execute();
    if (rows.length === 0) return { kind: 'empty', title: 'Your alerts', summary: 'You have no alerts. Create one with /subscribe rust.' };
    const undelivered = await lastDmRefused(ctx);
    return {
      kind: 'ok',
      title: 'Your alerts',
      summary: `${rows.length} alert${rows.length === 1 ? '' : 's'} (at most ${MAX_SUBSCRIPTIONS_PER_USER}). Remove one with /unsubscribe ID.${undelivered ? `\n\n${undelivered}` : ''}`,
      table: {
        columns: ['id', 'skills', 'filters', 'to'],
        rows: rows.map((r) => [String(r.id), r.expression, Object.entries(JSON.parse(r.filters) as Record<string, string>).map(([k, v]) => `${k} ${v}`).join(', ') || '—', r.channel_id.startsWith('dm:') ? 'DM' : 'channel']),
      },
    };
  },
};

export const unsubscribeCommand: CommandDef = {
  name: 'unsubscribe',
  personal: true,
  description: 'Stop an alert',
  options: { id: opt.integer('Alert id from /subscriptions', 1, 1_000_000_000, { positional: 0, required: true }) },
  examples: ['/unsubscribe 3'],
  async run(ctx, args): Promise<Reply> {
    const denied = chatOnly(ctx, '/unsubscribe');
    if (denied) return denied;
    const id = Number(args.id);
    const row = await ctx.db.kysely.selectFrom('subscriptions').selectAll().where('id', '=', id).where('platform', '=', ctx.place!.platform).executeTakeFirst();
    const mayRemove = row && (row.user_id === userId(ctx) || (!row.channel_id.startsWith('dm:') && ctx.isAdmin && row.workspace_id === ctx.place!.workspaceId));
    if (!row || !mayRemove) return { kind: 'error', title: '/unsubscribe', summary: `You have no alert #${id}. /subscriptions lists yours.` };
    await ctx.db.kysely.transaction().execute(async (tx) => {
      await tx.deleteFrom('subscription_skills').where('subscription_id', '=', id).execute();
      await tx.deleteFrom('subscriptions').where('id', '=', id).execute();
    });
    return { kind: 'ok', title: `Alert #${id} removed`, summary: `No more alerts for ${row.expression}.` };
  },
};
