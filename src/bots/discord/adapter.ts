import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  AttachmentBuilder,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import type { Logger } from 'pino';
import { findCommand, runCommand } from '../../commands/index.ts';
import { OptionError, resolveSkill, validateArgs } from '../../commands/options.ts';
import { renderPng } from '../../core/charts/render.ts';
import { commandContext } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { RepliesInFlight } from '../in-flight.ts';
import { discordAgent } from './agent.ts';
import type { PostNeeds } from '../../commands/types.ts';
import { argsFromDiscord } from './definitions.ts';
import { discordSender } from './send.ts';
import { renderDiscord } from './render.ts';

export interface DiscordAdapterOptions {
  token: string;
  apiUrl: string;
  db: Db;
  log: Logger;
  /** Added to every REST wait (tests use 0). */
  restOffset?: number;
}

const NO_PINGS = { parse: [], users: [], roles: [], repliedUser: false } as const;

/**
 * The Discord adapter: a discord.js gateway client that turns slash commands into command
 * calls and replies into embeds. It only translates; every answer comes from src/commands.
 */
export class DiscordAdapter {
  readonly client: Client;
  private readonly inFlight = new RepliesInFlight();

  constructor(private readonly opts: DiscordAdapterOptions) {
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      // A rate limit on posting to a channel or a DM is handed back to the outbox (which retries
      // that row when told) instead of waited out here, which held up every other delivery.
      // biome-ignore lint/suspicious/noExplicitAny: the agent's undici type is not the one TypeScript sees
      rest: { api: opts.apiUrl, agent: discordAgent() as any, rejectOnRateLimit: ['/channels', '/users/@me/channels'], ...(opts.restOffset !== undefined ? { offset: opts.restOffset } : {}) },
      allowedMentions: NO_PINGS,
    });
    this.client.on(Events.InteractionCreate, (interaction) => {
      const p = (async () => {
        if (this.inFlight.stopping) {
          if (interaction.isRepliable()) await interaction.reply({ content: 'hiring-radar is restarting: try again in a minute.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
          return;
        }
        if (interaction.isButton()) await this.button(interaction);
        else if (interaction.isAutocomplete()) await this.autocomplete(interaction);
        else if (interaction.isChatInputCommand()) await this.command(interaction);
      })().catch((err: Error) => opts.log.error({ err: err.message }, 'discord interaction failed'));
      void this.inFlight.track(p);
    });
  }

  async start(): Promise<void> {
    // The skill ranking counted before the first command needs it (context.ts), not while it waits.
    await commandContext(this.opts.db);
    await this.client.login(this.opts.token);
  }

  /** Posts outbox messages (digests) through this client's REST connection. */
  sender() {
    return discordSender(this.client.rest);
  }

  /**
   * Lets in-flight replies finish (RepliesInFlight), then disconnects. An interaction that
   * arrives meanwhile is told to try again, instead of starting work the closing database ends.
   */
  stop(): Promise<void> {
    return this.inFlight.stop(() => this.client.destroy());
  }

  /** A button on one of our messages: "unsubscribe:3" runs /unsubscribe 3 as the clicker. */
  private async button(i: ButtonInteraction): Promise<void> {
    const [name, arg] = i.customId.split(':');
    // Deferred first: the database work below must not cost Discord's 3 seconds.
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const ctx = await commandContext(this.opts.db, {
      userKey: `discord:${i.user.id}`,
      place: placeOf(i),
      isAdmin: Boolean(i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)),
    });
    const reply = name === 'unsubscribe' ? await runCommand('unsubscribe', { id: arg }, ctx) : { kind: 'error' as const, title: 'hiring-radar', summary: 'This button is no longer active.' };
    await i.editReply({ embeds: renderDiscord(reply).embeds, allowedMentions: NO_PINGS });
  }

  private async autocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const ctx = await commandContext(this.opts.db);
    const choices = ctx.skills.suggest(String(focused.value ?? ''), 25).map((s) => ({ name: s.name, value: s.name }));
    await i.respond(choices);
  }

  private async command(i: ChatInputCommandInteraction): Promise<void> {
    const def = findCommand(i.commandName);
    const ctx = await commandContext(this.opts.db, {
      userKey: `discord:${i.user.id}`,
      // In a DM too: alerts arrive there, and /subscriptions and /unsubscribe must work there.
      // Not for a server's settings (/digest-channel), which then says to use it in a server.
      ...(i.guildId || !def?.adminOnly ? { place: placeOf(i) } : {}),
      isAdmin: Boolean(i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)),
      cannotPostHere: async (needs) => missingPostPermissions(i, needs),
    });
    if (!def) {
      await i.reply({ content: 'Unknown command. Try /help.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const raw = argsFromDiscord(def, i.options.data.map((o) => ({ name: o.name, ...(o.value !== undefined && o.value !== null ? { value: o.value } : {}) })));
    // Mistakes are answered at once and only to the asker; everything else is deferred, since
    // a chart can take longer than Discord's 3 s.
    if (def.adminOnly && !ctx.isAdmin) {
      await i.reply({ embeds: renderDiscord(await runCommand(def.name, raw, ctx)).embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    try {
      const args = validateArgs(def, raw);
      for (const [name, o] of Object.entries(def.options)) if (o.type === 'skill' && args[name] !== undefined && !o.variadic) resolveSkill(ctx, String(args[name]));
    } catch (err) {
      if (err instanceof OptionError) {
        await i.reply({ embeds: renderDiscord({ kind: 'error', title: `/${def.name}`, summary: err.message }).embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
        return;
      }
      throw err;
    }
    await i.deferReply(def.personal ? { flags: MessageFlags.Ephemeral } : {});
    const reply = await runCommand(def.name, raw, ctx, (err) => this.opts.log.error({ err: (err as Error).message, command: def.name }, 'command failed'));
    if (reply.kind === 'error') {
      await i.deleteReply().catch(() => {});
      await i.followUp({ embeds: renderDiscord(reply).embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const png = reply.chart ? await renderPng(reply.chart).catch(() => undefined) : undefined;
    const msg = renderDiscord(reply, png);
    try {
      await i.editReply({
        embeds: msg.embeds,
        files: png ? [new AttachmentBuilder(png, { name: 'chart.png' })] : [],
        allowedMentions: NO_PINGS,
      });
    } catch (err) {
      // Refused (the chart, a field Discord will not take): the asker is not left "thinking"
      // until the token expires, but told, with the answer's text where it can go.
      this.opts.log.error({ err: (err as Error).message, command: def.name }, 'discord reply refused');
      await i
        .editReply({ embeds: renderDiscord({ kind: 'error', title: reply.title, summary: `${reply.summary.slice(0, 1500)}\n\n(Discord refused the full answer; the terminal and Slack show it.)` }).embeds, files: [], allowedMentions: NO_PINGS })
        .catch(() => {});
    }
  }
}

/** Where an interaction happened: its server and channel, or the user's DM with the bot ("dm"). */
function placeOf(i: ButtonInteraction | ChatInputCommandInteraction): { platform: 'discord'; workspaceId: string; channelId: string } {
  return { platform: 'discord', workspaceId: i.guildId ?? 'dm', channelId: i.channelId };
}

/**
 * The permissions the bot lacks to post in the interaction's channel, said for the asker, or null.
 * Discord sends the bot's own permissions there with every interaction in a server (overwrites
 * applied); a slash command works in a channel where the bot may not write, so this is the only
 * warning an admin gets before the first digest fails (Missing Permissions) and turns digests off.
 */
export function missingPostPermissions(i: Pick<ChatInputCommandInteraction, 'inGuild' | 'appPermissions' | 'channel'>, needs: PostNeeds = { files: true }): string | null {
  if (!i.inGuild() || !i.appPermissions) return null;
  // What a digest or an alert needs: to see the channel, write in it (a thread has its own
  // permission), embed, and attach the chart.
  const needed: [bigint, string][] = [
    [PermissionFlagsBits.ViewChannel, 'View Channel'],
    i.channel?.isThread() ? [PermissionFlagsBits.SendMessagesInThreads, 'Send Messages in Threads'] : [PermissionFlagsBits.SendMessages, 'Send Messages'],
    [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
    ...(needs.files ? [[PermissionFlagsBits.AttachFiles, 'Attach Files'] as [bigint, string]] : []),
  ];
  const missing = needed.filter(([bit]) => !i.appPermissions.has(bit)).map(([, name]) => name);
  if (missing.length === 0) return null;
  return `I lack the ${missing.join(', ')} permission${missing.length > 1 ? 's' : ''} here (a server admin can grant them in the channel's settings, under Permissions)`;
}
