import { createHash } from 'node:crypto';
import type { CommandDef, OptionSpec } from '../../commands/types.ts';

/** Discord application command option types. */
const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;

export interface DiscordOption {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
  min_value?: number;
  max_value?: number;
  max_length?: number;
}

export interface DiscordCommand {
  name: string;
  description: string;
  type: 1;
  options: DiscordOption[];
}

function option(name: string, o: OptionSpec): DiscordOption {
  const base = { name, description: o.description.slice(0, 100), ...(o.required ? { required: true } : {}) };
  switch (o.type) {
    case 'integer':
      return { ...base, type: INTEGER, ...(o.min !== undefined ? { min_value: o.min } : {}), ...(o.max !== undefined ? { max_value: o.max } : {}) };
    case 'boolean':
      return { ...base, type: BOOLEAN };
    case 'choice':
      // Choices when the set is small (Discord allows 25); autocomplete and choices exclude each other.
      return { ...base, type: STRING, choices: (o.choices ?? []).slice(0, 25).map((c) => ({ name: c, value: c })) };
    case 'skill':
      return { ...base, type: STRING, autocomplete: true, max_length: 60 };
    default:
      return { ...base, type: STRING, max_length: 100 };
  }
}

/**
 * Slash commands generated from the command definitions. A variadic option becomes several
 * numbered options (skill1..skill5); required options come first, as Discord demands.
 */
export function discordCommands(defs: readonly CommandDef[]): DiscordCommand[] {
  return defs.map((d) => {
    const options: DiscordOption[] = [];
    for (const [name, o] of Object.entries(d.options)) {
      if (o.variadic) {
        for (let i = 1; i <= 5; i++) options.push(option(`${name.replace(/s$/, '')}${i}`, { ...o, required: Boolean(o.required) && i <= 2 }));
      } else options.push(option(name, o));
    }
    options.sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
    return { name: d.name, description: d.description.slice(0, 100), type: 1, options };
  });
}

/** Options as Discord sends them → the raw arguments commands validate. */
export function argsFromDiscord(def: CommandDef, opts: readonly { name: string; value?: string | number | boolean }[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(def.options)) {
    if (o.variadic) {
      const prefix = name.replace(/s$/, '');
      raw[name] = opts.filter((x) => x.name.startsWith(prefix) && /\d$/.test(x.name)).map((x) => String(x.value));
    } else {
      const found = opts.find((x) => x.name === name);
      if (found?.value !== undefined) raw[name] = found.value;
    }
  }
  return raw;
}

/** Fingerprint of the definitions: registration is skipped when it has not changed. */
export function definitionsHash(cmds: readonly DiscordCommand[]): string {
  return createHash('sha256').update(JSON.stringify(cmds)).digest('hex').slice(0, 16);
}
