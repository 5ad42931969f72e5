import type { Logger } from 'pino';
import type { Config } from '../core/config.ts';
import type { Db } from '../core/db/connect.ts';
import type { Sender } from '../core/outbox/worker.ts';
import { DiscordAdapter } from './discord/adapter.ts';
import { registerDiscordCommands } from './discord/register.ts';
import { SlackAdapter } from './slack/adapter.ts';
import { retrying } from '../core/wait.ts';

export interface RunningAdapter {
  name: 'discord' | 'slack';
  stop(): Promise<void>;
  sender: Sender;
}

/** Which variables enable which platform: said at start-up when a platform stays off. */
export const PLATFORM_HELP = {
  discord: 'Discord: set DISCORD_TOKEN and DISCORD_APP_ID (optionally DISCORD_GUILD_ID for instant per-server commands)',
  slack: 'Slack: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP on PORT) or SLACK_APP_TOKEN (Socket Mode)',
};

/** For a platform that could not start for a reason that may pass: when it starts later, and whether to keep trying. */
export interface LateStart {
  onStarted(adapter: RunningAdapter): void;
  /** True once the service is stopping: no more attempts. */
  stopped(): boolean;
  /** Waits between attempts (the last one repeats). */
  retryMs?: readonly number[];
}

/** A minute, doubling to a quarter of an hour, then every quarter of an hour. */
const START_RETRY_MS = [60_000, 120_000, 240_000, 480_000, 900_000];

/** Slack's answers that no retry changes: the token itself is refused. */
const SLACK_REFUSALS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission']);

/**
 * Whether a start failure is the configuration's (a token refused, a port taken or forbidden),
 * which only the operator can fix, rather than the network's or the platform's (DNS, a refused
 * connection, a 5xx), which may pass.
 */
export function isRefusal(err: unknown): boolean {
  const e = err as { code?: unknown; data?: { error?: unknown }; message?: unknown };
  if (typeof e.code === 'string' && ['TokenInvalid', 'DisallowedIntents', 'EADDRINUSE', 'EACCES'].includes(e.code)) return true;
  if (typeof e.data?.error === 'string' && SLACK_REFUSALS.has(e.data.error)) return true;
  return typeof e.message === 'string' && /is SLACK_BOT_TOKEN a bot token/.test(e.message);
}

/**
 * Starts every adapter whose credentials are present (config.ts has already refused a platform
 * with only some of them). Each platform on its own: one that fails to start (a token Discord
 * rejects, a port taken) is logged by name and leaves the other running, as it leaves crawling.
 * With `late`, a platform that failed for a reason that may pass (no network at boot, the
 * platform down) is tried again in the background until it starts: it was dropped for good.
 */
export async function startAdapters(config: Config, db: Db, log: Logger, late?: LateStart): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  const start = async (name: RunningAdapter['name'], go: () => Promise<RunningAdapter>) => {
    try {
      running.push(await go());
    } catch (err) {
      const retry = late && !isRefusal(err);
      const waits = late?.retryMs ?? START_RETRY_MS;
      log.error({ platform: name, err: (err as Error).message, ...(retry ? { retryInMs: waits[0] } : {}) }, `${name} adapter not started`);
      if (retry) void retryStart(name, go, late, waits, log);
    }
  };
  if (config.DISCORD_TOKEN && config.DISCORD_APP_ID) {
    const token = config.DISCORD_TOKEN;
    const target = { token, appId: config.DISCORD_APP_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL };
    await start('discord', async () => {
      const discord = new DiscordAdapter({ token, apiUrl: config.DISCORD_API_URL, db, log });
      await discord.start();
      log.info('discord adapter started');
      // After the gateway, and on its own: a Discord error or a long rate limit on registering
      // must neither keep the bot offline nor hold up Slack's start.
      void registerInBackground(() => registerDiscordCommands(db, target), log);
      return { name: 'discord', stop: () => discord.stop(), sender: discord.sender() };
    });
  } else log.info(PLATFORM_HELP.discord);

  if (config.SLACK_BOT_TOKEN) {
    const botToken = config.SLACK_BOT_TOKEN;
    await start('slack', async () => {
      const slack = new SlackAdapter({
        botToken,
        signingSecret: config.SLACK_SIGNING_SECRET,
        appToken: config.SLACK_APP_TOKEN,
        apiUrl: config.SLACK_API_URL,
        db,
        log,
        port: config.PORT,
      });
      await slack.start();
      log.info({ mode: config.SLACK_APP_TOKEN ? 'socket' : `http :${slack.port}` }, 'slack adapter started');
      return { name: 'slack', stop: () => slack.stop(), sender: slack.sender() };
    });
  } else log.info(PLATFORM_HELP.slack);
  return running;
}

/** Starts a platform again after each wait, until it starts, is refused, or the service stops. */
async function retryStart(name: RunningAdapter['name'], go: () => Promise<RunningAdapter>, late: LateStart, waits: readonly number[], log: Logger): Promise<void> {
  const started = await retrying(go, {
    waits,
    forever: true,
    failuresBefore: 1,
    refused: isRefusal,
    stopped: () => late.stopped(),
    failed: (err, retryInMs) => log.error({ platform: name, err: (err as Error).message, ...(retryInMs !== undefined ? { retryInMs } : {}) }, `${name} adapter not started`),
  });
  if (!started) return;
  log.info({ platform: name, attempts: started.attempts }, `${name} adapter started after a failed start`);
  late.onStarted(started.value);
}

/** Waits between attempts to register Discord's commands: a minute, doubling, five tries. */
const REGISTER_RETRY_MS = [60_000, 120_000, 240_000, 480_000, 960_000];

/**
 * Registers the slash commands, retrying a failure that may pass (a 5xx, a network error) a few
 * times; a refusal (401, 403: a token or a DISCORD_GUILD_ID the bot is not in) is logged once.
 * The commands registered before stay in place meanwhile.
 */
export async function registerInBackground(register: () => Promise<{ registered: boolean }>, log: Logger, retryMs: readonly number[] = REGISTER_RETRY_MS): Promise<void> {
  const done = await retrying(register, {
    waits: retryMs,
    refused: (err) => [401, 403].includes((err as { status?: number }).status ?? 0),
    failed: (err, retryInMs) =>
      log.error({ err: (err as Error).message, ...(retryInMs !== undefined ? { retryInMs } : {}) }, retryInMs === undefined ? 'discord commands not registered' : 'discord commands not registered yet; will retry'),
  });
  if (done) log.info({ ...done.value }, done.value.registered ? 'discord commands registered' : 'discord commands unchanged');
}
