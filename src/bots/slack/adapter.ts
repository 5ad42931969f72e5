import type { Server } from 'node:http';
import { App, type AppOptions, LogLevel, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { commands, runCommand } from '../../commands/index.ts';
import { commandContext } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { argsFromSlackText, renderSlack } from './render.ts';
import { postChart, slackSender } from './send.ts';
import { RepliesInFlight } from '../in-flight.ts';

/** Commands whose answer may depend on the asker being a workspace admin or owner. */
const MAY_NEED_ADMIN = new Set(['digest-channel', 'subscribe', 'unsubscribe']);

/** The workspace (and organisation, on Enterprise Grid) the app is installed in, from auth.test. */
export interface SlackHome {
  teamId?: string;
  enterpriseId?: string;
}

/**
 * Whether Slack says this user is an admin or owner of the workspace the bot serves; false when
 * it cannot say. In a Slack Connect channel, people of another organisation run its commands
 * too, and an admin of their own workspace is no admin of ours: their home (users.info's team,
 * or on Enterprise Grid their organisation) must be the bot's.
 */
export function isHomeAdmin(user: { is_admin?: boolean; is_owner?: boolean; team_id?: string; enterprise_user?: { enterprise_id?: string } } | undefined, home: SlackHome): boolean {
  if (!user || !(user.is_admin || user.is_owner)) return false;
  if (!user.team_id || !home.teamId || user.team_id === home.teamId) return true;
  return Boolean(home.enterpriseId && user.enterprise_user?.enterprise_id === home.enterpriseId);
}

async function isWorkspaceAdmin(client: App['client'], user: string, home: SlackHome): Promise<boolean> {
  return client.users
    .info({ user })
    .then((r) => isHomeAdmin(r.user, home))
    .catch(() => false);
}

const NOT_INVITED = 'I am not in it (invite me first: /invite @hiring-radar)';

/**
 * Why the bot could not post in this channel, or null. A slash command works in any channel, the
 * bot posts only in those it was invited to: Slack says is_member false of a public channel, and
 * cannot find a private one the bot is not in. An app installed from a manifest without the read
 * scopes cannot ask: it is not stopped for that.
 */
async function slackPostingProblem(client: App['client'], channel: string): Promise<string | null> {
  try {
    const c = (await client.conversations.info({ channel })).channel;
    return c && !c.is_im && c.is_member === false ? NOT_INVITED : null;
  } catch (err) {
    return (err as { data?: { error?: string } }).data?.error === 'channel_not_found' ? NOT_INVITED : null;
  }
}

export interface SlackAdapterOptions {
  botToken: string;
  /** HTTP mode (slash commands POSTed to /slack/events on `port`). */
  signingSecret?: string | undefined;
  /** Socket Mode (no public URL needed). */
  appToken?: string | undefined;
  apiUrl: string;
  db: Db;
  log: Logger;
  port?: number;
  host?: string;
}

/**
 * The Slack adapter: Bolt slash commands → command calls → Block Kit. Acknowledged at once
 * (Slack allows 3 s), answered through response_url; the chart goes up as a file in the channel.
 */
export class SlackAdapter {
  private built: App | null = null;
  private server: Server | null = null;
  private readonly inFlight = new RepliesInFlight();
  /** Where the app is installed (auth.test at start): whose admins are admins here. */
  private home: SlackHome = {};

  constructor(private readonly opts: SlackAdapterOptions) {}

  /** The Bolt app, once started. */
  get app(): App {
    if (!this.built) throw new Error('the Slack adapter is not started');
    return this.built;
  }

  /**
   * The Bolt app, told who the bot is. Given its ids, Bolt asks Slack nothing before acking a
   * command; without them (tokenVerificationEnabled false, as until 2026-12-07) it called
   * auth.test on every command and button before the ack, and a slow or failing answer lost the
   * command. start() asks once.
   */
  private build(botId: string, botUserId: string): App {
    const opts = this.opts;
    const base: AppOptions = {
      token: opts.botToken,
      botId,
      botUserId,
      // Fail fast and let the outbox retry with its own backoff (and 429 waits) instead of the
      // SDK holding a request for up to 30 minutes.
      clientOptions: { slackApiUrl: opts.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true },
      logLevel: LogLevel.ERROR,
    };
    const app = opts.appToken ? new App({ ...base, socketMode: true, appToken: opts.appToken }) : new App({ ...base, signingSecret: opts.signingSecret ?? '' });
    for (const def of commands) {
      app.command(`/${def.name}`, async ({ command, ack, respond, client }) => {
        await ack();
        if (this.inFlight.stopping) {
          await respond({ response_type: 'ephemeral', text: 'hiring-radar is restarting: try again in a minute.' }).catch(() => {});
          return;
        }
        const work = (async () => {
          const raw = argsFromSlackText(def, command.text ?? '');
          const extra = raw._extra;
          delete raw._extra;
          // Workspace settings and channel alerts need an admin or owner; ask Slack only for the commands that care.
          const isAdmin = MAY_NEED_ADMIN.has(def.name) ? await isWorkspaceAdmin(client, command.user_id, this.home) : false;
          // An org-wide (Enterprise Grid) install may send no team: the organisation stands for it.
          const workspace = command.team_id || command.enterprise_id || 'unknown';
          // A DM or a group DM is no place for a workspace's settings (/digest-channel then says to use a channel).
          const direct = command.channel_name === 'directmessage' || (command.channel_name ?? '').startsWith('mpdm-');
          const ctx = await commandContext(opts.db, {
            userKey: `slack:${workspace}:${command.user_id}`,
            ...(direct && def.adminOnly ? {} : { place: { platform: 'slack' as const, workspaceId: workspace, channelId: command.channel_id } }),
            isAdmin,
            cannotPostHere: () => slackPostingProblem(client, command.channel_id),
          });
          const reply =
            extra !== undefined
              ? { kind: 'error' as const, title: `/${def.name}`, summary: `I did not understand "${String(extra).slice(0, 40)}". Try /help.` }
              : await runCommand(def.name, raw, ctx, (err) => opts.log.error({ err: (err as Error).message, command: def.name }, 'command failed'));
          const msg = renderSlack(reply);
          await respond({ response_type: reply.kind === 'error' || def.personal ? 'ephemeral' : 'in_channel', ...msg });
          if (reply.kind === 'ok' && reply.chart) {
            await postChart(client, command.channel_id, reply.title, reply.chart).catch(async (err: Error & { data?: { error?: string } }) => {
              opts.log.warn({ err: err.message }, 'chart upload failed');
              // The answer went out without it: say why, to the asker (a channel the bot is not in, most often).
              const why = err.data?.error === 'not_in_channel' || err.data?.error === 'channel_not_found' ? 'invite hiring-radar to this channel to see charts here' : 'Slack did not take the upload';
              await respond({ response_type: 'ephemeral', replace_original: false, text: `The chart could not be posted: ${why}.` }).catch(() => {});
            });
          }
        })();
        await this.inFlight.track(work);
      });
    }
    // Buttons on our messages ("Stop alert #3") carry the command to run as their value.
    app.action(/^hr_action_\d+$/, async ({ ack, body, action, respond, client }) => {
      await ack();
      const value = (action as { value?: string }).value ?? '';
      const [name, arg] = value.split(':');
      // As for commands: an org-wide install may send no team, and the organisation stands for it.
      const team = body.team?.id || (body as { enterprise?: { id?: string } | null }).enterprise?.id || 'unknown';
      const ctx = await commandContext(opts.db, {
        userKey: `slack:${team}:${body.user.id}`,
        place: { platform: 'slack', workspaceId: team, channelId: (body as { channel?: { id?: string } }).channel?.id ?? '' },
        // An admin may stop a channel's alert from its message, as with /unsubscribe.
        isAdmin: name === 'unsubscribe' ? await isWorkspaceAdmin(client, body.user.id, this.home) : false,
      });
      const reply =
        name === 'unsubscribe' ? await runCommand('unsubscribe', { id: arg }, ctx) : { kind: 'error' as const, title: 'hiring-radar', summary: 'This button is no longer active.' };
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(reply) });
    });
    app.error(async (err) => {
      opts.log.error({ err: err.message }, 'slack error');
    });
    return app;
  }

  /** Posts outbox messages (digests) exactly once. */
  sender() {
    return slackSender(this.app, this.opts.log);
  }

  /** Posts a reply to a channel (digests and alerts use this); returns the message ts. */
  async postMessage(channel: string, reply: Parameters<typeof renderSlack>[0]): Promise<string | undefined> {
    const msg = renderSlack(reply);
    const r = await this.app.client.chat.postMessage({ channel, ...msg, unfurl_links: false, unfurl_media: false });
    return r.ts;
  }

  async start(): Promise<void> {
    const who = await new webApi.WebClient(this.opts.botToken, { slackApiUrl: this.opts.apiUrl, retryConfig: { retries: 2 }, logLevel: LogLevel.ERROR }).auth.test();
    if (!who.bot_id || !who.user_id) throw new Error('Slack auth.test named no bot: is SLACK_BOT_TOKEN a bot token?');
    this.home = { ...(who.team_id ? { teamId: who.team_id } : {}), ...(who.enterprise_id ? { enterpriseId: who.enterprise_id } : {}) };
    this.built = this.build(who.bot_id, who.user_id);
    if (this.opts.appToken) await this.app.start();
    else this.server = (await this.app.start({ port: this.opts.port ?? 3000, host: this.opts.host ?? '0.0.0.0' })) as unknown as Server;
  }

  /** The HTTP port actually bound (HTTP mode). */
  get port(): number | null {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a.port : null;
  }

  /**
   * Lets in-flight answers finish (RepliesInFlight: at most 10 s, since a response_url that never
   * answers must not hold a SIGTERM for ever), then stops. A command arriving meanwhile is told
   * to try again.
   */
  stop(): Promise<void> {
    return this.inFlight.stop(async () => {
      await this.built?.stop();
    });
  }
}
