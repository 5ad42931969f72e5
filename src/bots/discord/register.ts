import { REST, Routes } from 'discord.js';
import { commands } from '../../commands/index.ts';
import type { Db } from '../../core/db/connect.ts';
import { discordAgent } from './agent.ts';
import { definitionsHash, discordCommands } from './definitions.ts';

export interface DiscordTarget {
  token: string;
  appId: string;
  guildId?: string | undefined;
  apiUrl: string;
}

/**
 * Registers every slash command with one bulk overwrite: per guild when a guild id is given
 * (instant, for development), globally otherwise. Skipped when the definitions are unchanged
 * since the last registration for the same target, unless forced.
 */
export async function registerDiscordCommands(
  db: Db,
  target: DiscordTarget,
  opts: { force?: boolean; rest?: REST } = {},
): Promise<{ registered: boolean; count: number; scope: string }> {
  const body = discordCommands(commands);
  const scope = target.guildId ? `guild ${target.guildId}` : 'global';
  const key = `discord.commands.${target.appId}.${target.guildId ?? 'global'}`;
  const hash = definitionsHash(body);
  const prev = await db.kysely.selectFrom('bot_state').select('value').where('key', '=', key).executeTakeFirst();
  if (!opts.force && prev?.value === hash) return { registered: false, count: body.length, scope };
  // biome-ignore lint/suspicious/noExplicitAny: the agent's undici type is not the one TypeScript sees
  const rest = opts.rest ?? new REST({ api: target.apiUrl, agent: discordAgent() as any }).setToken(target.token);
  const route = target.guildId ? Routes.applicationGuildCommands(target.appId, target.guildId) : Routes.applicationCommands(target.appId);
  await rest.put(route, { body });
  await db.kysely
    .insertInto('bot_state')
    .values({ key, value: hash, updated_at: Date.now() })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: hash, updated_at: Date.now() }))
    .execute();
  return { registered: true, count: body.length, scope };
}
