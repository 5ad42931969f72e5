import { registerDiscordCommands } from '../bots/discord/register.ts';
import { openApp } from '../core/app.ts';
import { loadConfig } from '../core/config.ts';
import { createLogger } from '../core/log.ts';
import { type CliCommand, EXIT, UsageError } from './types.ts';

export const discordCommand: CliCommand = {
  name: 'discord',
  summary: 'Discord tasks: "discord register" registers the slash commands',
  usage: 'register [--force]',
  options: { force: { type: 'boolean' } },
  help: { force: 'register even if the definitions did not change since the last registration' },
  allowPositionals: true,
  async run({ values, positionals }, io) {
    if (positionals[0] !== 'register' || positionals.length > 1) throw new UsageError('expected "discord register"');
    const config = loadConfig();
    if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
      throw new UsageError('set DISCORD_TOKEN and DISCORD_APP_ID (and DISCORD_GUILD_ID for one server) first');
    }
    const app = await openApp(config, { log: createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL) });
    try {
      const r = await registerDiscordCommands(
        app.db,
        { token: config.DISCORD_TOKEN, appId: config.DISCORD_APP_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL },
        { force: Boolean(values.force) },
      );
      io.out(r.registered ? `${r.count} commands registered (${r.scope})\n` : `definitions unchanged since the last registration (${r.scope}); use --force to register anyway\n`);
      return EXIT.ok;
    } finally {
      await app.close();
    }
  },
};
