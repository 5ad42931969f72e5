import type { z } from 'zod';
import type { Db } from '../core/db/connect.ts';
import type { SkillLookup } from '../core/skills/lookup.ts';
import type { Reply } from './reply.ts';

import type { ChartSpec } from '../core/charts/spec.ts';

/** A chart spec as commands produce it (pure data, rendered to PNG by src/core/charts). */
export type ChartSpecLike = ChartSpec;

export interface SkillInfo {
  name: string;
  category: string;
  aliases: string[];
}

/** What a command may use. No chat platform types: adapters build this from their events. */
export interface CommandContext {
  db: Db;
  /** Classifier version whose results are read. */
  classifierVersion: string;
  skills: SkillLookup;
  nowMs: number;
  /** Who asked, as "platform:id", for subscriptions. */
  userKey?: string;
  /** Where the command was typed (chat platforms only). */
  place?: { platform: 'discord' | 'slack'; workspaceId: string; channelId: string };
  /** Whether the asker may change workspace settings (Discord: Manage Server; Slack: admin or owner). */
  isAdmin?: boolean;
  /**
   * Why the bot could not post in the asker's channel (a permission it lacks, not invited), or
   * null when it can or the platform cannot tell. Adapters give it; commands that choose a
   * channel for later messages ask it (post-check.ts).
   */
  cannotPostHere?: (needs: PostNeeds) => Promise<string | null>;
}

/** What the messages to be posted in a channel need: digests attach a chart, alerts do not. */
export interface PostNeeds {
  files: boolean;
}

/**
 * One option of a command. The zod schema validates (and coerces text input from the terminal
 * and Slack); the description becomes help text and the chat platforms' option descriptions.
 */
export interface OptionSpec {
  schema: z.ZodType;
  description: string;
  /** How chat platforms offer it: free text, an integer, one of a few choices, or a skill with autocomplete. */
  type: 'string' | 'integer' | 'boolean' | 'choice' | 'skill';
  required?: boolean;
  choices?: readonly string[];
  min?: number;
  max?: number;
  /** Position when given without a name: `/trend rust 24`, `hiring-radar trend rust`. */
  positional?: number;
  /** Takes the rest of the positional words (e.g. `/compare rust go python`). */
  variadic?: boolean;
  /** Takes the rest of the positional words as one text: an expression typed without quotes (`/subscribe rust or go`). */
  rest?: boolean;
}

export interface CommandDef {
  name: string;
  description: string;
  options: Record<string, OptionSpec>;
  /** Usage examples shown by /help. */
  examples: string[];
  /** A workspace setting: only admins may run it (adapters check before deferring). */
  adminOnly?: boolean;
  /** About the asker alone (their alerts): answered to them only, never shown to the channel. */
  personal?: boolean;
  run(ctx: CommandContext, args: Record<string, unknown>): Promise<Reply>;
}
