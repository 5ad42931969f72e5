import type { Logger } from 'pino';
import type { Config } from '../core/config.ts';
import type { Db } from '../core/db/connect.ts';
import type { Sender } from '../core/outbox/worker.ts';
import { DiscordAdapter } from './discord/adapter.ts';
import { registerDiscordCommands } from './discord/register.ts';
import { SlackAdapter } from './slack/adapter.ts';

export interface RunningAdapter {
  name: 'discord' | 'slack';
  stop(): Promise<void>;
  sender: Sender;
}

export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

/** Which variables enable which platform: said at start-up when a platform stays off. */
export const PLATFORM_HELP = {
  discord: 'Discord: set DISCORD_TOKEN and DISCORD_APP_ID (optionally DISCORD_GUILD_ID for instant per-server commands)',
  slack: 'Slack: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP on PORT) or SLACK_APP_TOKEN (Socket Mode)',
};

/** Starts every adapter whose credentials are present; a half-configured platform is an error. */
export async function startAdapters(config: Config, db: Db, log: Logger): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  const discordSet = [config.DISCORD_TOKEN, config.DISCORD_APP_ID].filter(Boolean).length;
  if (discordSet === 1) throw new CredentialsError(`Discord needs both DISCORD_TOKEN and DISCORD_APP_ID (only ${config.DISCORD_TOKEN ? 'DISCORD_TOKEN' : 'DISCORD_APP_ID'} is set)`);
  if (config.DISCORD_TOKEN && config.DISCORD_APP_ID) {
    const target = { token: config.DISCORD_TOKEN, appId: config.DISCORD_APP_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL };
    const r = await registerDiscordCommands(db, target);
    log.info({ ...r }, r.registered ? 'discord commands registered' : 'discord commands unchanged');
    const discord = new DiscordAdapter({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, db, log });
    await discord.start();
    log.info('discord adapter started');
    running.push({ name: 'discord', stop: () => discord.stop(), sender: discord.sender() });
  } else log.info(PLATFORM_HELP.discord);

  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    throw new CredentialsError('Slack needs SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) besides SLACK_BOT_TOKEN');
  }
  if (!config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    throw new CredentialsError('Slack needs SLACK_BOT_TOKEN besides SLACK_SIGNING_SECRET or SLACK_APP_TOKEN');
  }
  if (config.SLACK_BOT_TOKEN) {
    const slack = new SlackAdapter({
      botToken: config.SLACK_BOT_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      apiUrl: config.SLACK_API_URL,
      db,
      log,
      port: config.PORT,
    });
    await slack.start();
    log.info({ mode: config.SLACK_APP_TOKEN ? 'socket' : `http :${slack.port}` }, 'slack adapter started');
    running.push({ name: 'slack', stop: () => slack.stop(), sender: slack.sender() });
  } else log.info(PLATFORM_HELP.slack);
  return running;
}
