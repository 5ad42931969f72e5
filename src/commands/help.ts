import type { Reply } from './reply.ts';
import type { CommandDef } from './types.ts';

/** /help lists every command with its options; built from the same definitions as everything else. */
export function makeHelpCommand(all: () => readonly CommandDef[]): CommandDef {
  return {
    name: 'help',
    description: 'What hiring-radar can answer, with examples',
    options: {},
    examples: ['/help'],
    async run(): Promise<Reply> {
      const commands = all();
      return {
        kind: 'ok',
        title: 'hiring-radar commands',
        summary: 'Hiring trends from Hacker News "Who is hiring?" threads. Skills accept aliases: golang, k8s, postgres, ...',
        fields: commands.map((c) => ({
          name: `/${c.name}${Object.entries(c.options)
            .map(([n, o]) => (o.required ? ` ${n}` : ` [${n}]`))
            .join('')}`,
          value: `${c.description}. e.g. ${c.examples.join(', ')}`,
        })),
      };
    },
  };
}
