import { writeFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { renderTerminal } from '../bots/terminal/render.ts';
import { commands as chatCommands, runCommand } from '../commands/index.ts';
import { assignPositionals } from '../commands/options.ts';
import type { CommandDef } from '../commands/types.ts';
import { openApp } from '../core/app.ts';
import { loadConfig } from '../core/config.ts';
import { commandContext } from '../core/context.ts';
import { createLogger } from '../core/log.ts';
import { type CliCommand, EXIT, UsageError } from './types.ts';

/** The chat commands, runnable from a terminal: `hiring-radar trend rust --months 24 --vs go`. */
function toCli(def: CommandDef): CliCommand {
  const options: NonNullable<ParseArgsConfig['options']> = { json: { type: 'boolean' }, png: { type: 'string' } };
  const help: Record<string, string> = {};
  const positional = Object.entries(def.options)
    .filter(([, o]) => o.positional !== undefined)
    .sort((a, b) => (a[1].positional ?? 0) - (b[1].positional ?? 0));
  for (const [name, o] of Object.entries(def.options)) {
    options[name] = { type: 'string', ...(o.variadic ? { multiple: true } : {}) };
    help[name] = `${o.description}${o.choices ? ` (${o.choices.join(', ')})` : ''}${o.positional !== undefined ? `; may be given without --${name}` : ''}`;
  }
  help.json = 'print the structured result as JSON';
  help.png = 'write the chart to this PNG file';
  return {
    name: def.name,
    summary: def.description,
    usage: [...positional.map(([n, o]) => (o.required ? n.toUpperCase() : `[${n.toUpperCase()}]`)), '[options]'].join(' '),
    options,
    help,
    allowPositionals: true,
    async run({ values, positionals }, io) {
      const raw: Record<string, unknown> = {};
      for (const [name] of Object.entries(def.options)) if (values[name] !== undefined) raw[name] = values[name];
      const rest = assignPositionals(def, positionals, raw);
      if (rest.length) throw new UsageError(`unexpected argument "${rest[0]?.slice(0, 40)}"`);
      const config = loadConfig();
      const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
      const app = await openApp(config, { log });
      try {
        const reply = await runCommand(def.name, raw, await commandContext(app.db), (err) =>
          log.error({ err: (err as Error).message, command: def.name }, 'command failed'),
        );
        if (values.json) io.out(`${JSON.stringify(reply.data ?? reply, null, 2)}\n`);
        else io.out(renderTerminal(reply, TERMINAL_COMMANDS));
        if (typeof values.png === 'string') {
          if (!reply.chart) io.err('This reply has no chart; no PNG written.\n');
          else {
            const { renderPng } = await import('../core/charts/render.ts');
            const png = await renderPng(reply.chart);
            try {
              writeFileSync(values.png, png);
            } catch (err) {
              // A path that cannot be written (no such directory, a directory, too long): said plainly, the answer above stands.
              io.err(`cannot write the chart to "${values.png.slice(0, 200)}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
              return EXIT.failure;
            }
            io.err(`chart written to ${values.png}\n`);
          }
        }
        return reply.kind === 'error' ? EXIT.usage : EXIT.ok;
      } finally {
        await app.close();
      }
    },
  };
}

export const chatCliCommands: CliCommand[] = chatCommands.map(toCli);

/** Commands a terminal answers (not those of a chat channel or user), named "hiring-radar X" in its replies. */
const TERMINAL_COMMANDS = chatCommands.filter((c) => !c.adminOnly && !c.personal).map((c) => c.name);
