import { parseArgs } from 'node:util';
import { ConfigError } from '../core/config.ts';
import { DatabaseOpenError } from '../core/db/connect.ts';
import { MigrationError } from '../core/db/migrate.ts';
import { HnError } from '../core/hn/client.ts';
import { DiscoveryError } from '../core/hn/discover.ts';
import { ThreadNotFoundError } from '../core/hn/crawl.ts';
import { chatCliCommands } from './chat.ts';
import { classifyCommand, reclassifyCommand } from './classify.ts';
import { crawlCommand } from './crawl.ts';
import { discordCommand } from './discord.ts';
import { migrateCommand } from './migrate.ts';
import { threadsCommand } from './threads.ts';
import { type CliCommand, type CliIo, EXIT, UsageError } from './types.ts';

export const commands: CliCommand[] = [
  crawlCommand,
  threadsCommand,
  classifyCommand,
  reclassifyCommand,
  migrateCommand,
  discordCommand,
  ...chatCliCommands,
];

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'hiring-radar: hiring insights from Hacker News "Who is hiring?" threads',
    '',
    'Usage: hiring-radar <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "hiring-radar <command> --help" for a command\'s options.',
    'Configuration comes from environment variables or .env (see README.md).',
    '',
  ].join('\n');
}

export function commandHelp(c: CliCommand): string {
  const lines = [`hiring-radar ${c.name}: ${c.summary}`, '', `Usage: hiring-radar ${c.name} ${c.usage}`.trimEnd(), ''];
  const entries = Object.entries(c.help);
  if (entries.length) {
    lines.push('Options:');
    const names = entries.map(([n]) => (n.startsWith('(') ? n : `--${n}`));
    const width = Math.max(...names.map((n) => n.length));
    entries.forEach(([, text], i) => {
      lines.push(`  ${(names[i] ?? '').padEnd(width)}  ${text}`);
    });
  }
  lines.push(`  ${'--help'.padEnd(Math.max(6, ...entries.map(([n]) => n.length + 2)))}  show this help`, '');
  return lines.join('\n');
}

/** Runs the CLI with argv (without node and script); returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? commandHelp(topic) : mainHelp());
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`hiring-radar: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true,
      });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    return await command.run(
      { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals },
      io,
    );
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`hiring-radar ${name}: ${err.message}\nRun "hiring-radar ${name} --help" for usage.\n`);
      return EXIT.usage;
    }
    if (
      err instanceof ConfigError ||
      err instanceof DatabaseOpenError ||
      err instanceof MigrationError ||
      err instanceof DiscoveryError ||
      err instanceof ThreadNotFoundError ||
      // HN that keeps failing, a database that cannot be written: said plainly, without a stack.
      err instanceof HnError ||
      (err as Error | null)?.name === 'SqliteError'
    ) {
      io.err(`hiring-radar ${name}: ${(err as Error).message}\n`);
      return EXIT.failure;
    }
    io.err(`hiring-radar ${name}: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.failure;
  }
}
