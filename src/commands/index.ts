import { aboutCommand } from './about.ts';
import { subscribeCommand, subscriptionsCommand, unsubscribeCommand } from './alerts.ts';
import { compareCommand } from './compare.ts';
import { digestCommand } from './digest.ts';
import { digestChannelCommand } from './digest-channel.ts';
import { jobsCommand } from './jobs.ts';
import { moversCommand } from './movers.ts';
import { remoteCommand } from './remote.ts';
import { salaryCommand } from './salary.ts';
import { stackCommand } from './stack.ts';
import { whereCommand } from './where.ts';
import { makeHelpCommand } from './help.ts';
import { OptionError, validateArgs } from './options.ts';
import { errorReply, type Reply } from './reply.ts';
import { topCommand } from './top.ts';
import { trendCommand } from './trend.ts';
import type { CommandContext, CommandDef } from './types.ts';

/** Every chat command, in the order /help lists them. */
export const commands: CommandDef[] = [];
commands.push(
  trendCommand,
  topCommand,
  moversCommand,
  compareCommand,
  remoteCommand,
  salaryCommand,
  whereCommand,
  stackCommand,
  jobsCommand,
  digestCommand,
  digestChannelCommand,
  subscribeCommand,
  unsubscribeCommand,
  subscriptionsCommand,
  aboutCommand,
  makeHelpCommand(() => commands),
);

export function findCommand(name: string): CommandDef | undefined {
  return commands.find((c) => c.name === name);
}

/**
 * The one way every front end runs a command: validate, run, and turn any failure into an
 * error reply. Unexpected errors are reported to `onError` (logs) and the user gets a
 * generic message, never a stack trace or a secret.
 */
export async function runCommand(
  name: string,
  raw: Record<string, unknown>,
  ctx: CommandContext,
  onError?: (err: unknown) => void,
): Promise<Reply> {
  const def = findCommand(name);
  if (!def) return errorReply('Unknown command', `There is no /${name.slice(0, 30)} command.`, 'Try /help.');
  try {
    return await def.run(ctx, validateArgs(def, raw));
  } catch (err) {
    if (err instanceof OptionError) return errorReply(`/${def.name}`, err.message);
    onError?.(err);
    return errorReply(`/${def.name}`, 'Something went wrong on our side while answering.', 'It has been logged; please try again later.');
  }
}
