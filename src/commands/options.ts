import { z } from 'zod';
import type { SkillInfo } from './types.ts';
import type { CommandContext, CommandDef, OptionSpec } from './types.ts';

/** Builders for the few option kinds commands use; each carries its zod schema. */
export const opt = {
  skill(description: string, extra: Partial<OptionSpec> = {}): OptionSpec {
    return { schema: z.string().trim().min(1, 'a skill name is needed').max(60, 'at most 60 characters'), description, type: 'skill', ...extra };
  },
  integer(description: string, min: number, max: number, extra: Partial<OptionSpec> = {}): OptionSpec {
    const msg = `a whole number from ${min} to ${max}`;
    return {
      schema: z.coerce.number({ message: msg }).int(msg).min(min, msg).max(max, msg),
      description,
      type: 'integer',
      min,
      max,
      ...extra,
    };
  },
  choice(description: string, choices: readonly string[], extra: Partial<OptionSpec> = {}): OptionSpec {
    return {
      schema: z.string().trim().toLowerCase().pipe(z.enum(choices as [string, ...string[]], { message: `one of ${choices.join(', ')}` })),
      description,
      type: 'choice',
      choices,
      ...extra,
    };
  },
  month(description: string, extra: Partial<OptionSpec> = {}): OptionSpec {
    return { schema: z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM, e.g. 2024-05'), description, type: 'string', ...extra };
  },
  text(description: string, max = 100, extra: Partial<OptionSpec> = {}): OptionSpec {
    return { schema: z.string().trim().min(1).max(max, `at most ${max} characters`), description, type: 'string', ...extra };
  },
};

export class OptionError extends Error {
  override name = 'OptionError';
}

/**
 * Validates raw option values (strings from a terminal or Slack, typed values from Discord)
 * against the command's specs. Unknown options and missing required ones are errors that
 * name the option; values are never echoed back in full (they may be long or hostile).
 */
export function validateArgs(def: CommandDef, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(raw)) {
    if (!(name in def.options)) throw new OptionError(`/${def.name} has no option "${name.slice(0, 30)}"`);
  }
  for (const [name, spec] of Object.entries(def.options)) {
    const value = raw[name];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      if (spec.required) throw new OptionError(`/${def.name} needs ${name}: ${spec.description}`);
      continue;
    }
    const values = spec.variadic ? (Array.isArray(value) ? value : String(value).split(/[\s,]+/).filter(Boolean)) : [value];
    const parsed = values.map((v) => {
      const r = spec.schema.safeParse(v);
      if (!r.success) throw new OptionError(`${name} must be ${r.error.issues[0]?.message ?? 'valid'}`);
      return r.data;
    });
    out[name] = spec.variadic ? parsed : parsed[0];
  }
  return out;
}

/** Resolves a typed skill name, or explains with suggestions. */
export function resolveSkill(ctx: CommandContext, input: string): SkillInfo {
  const found = ctx.skills.resolve(input);
  if (found) return found;
  const suggestions = ctx.skills.suggest(input, 3).map((s) => s.name);
  const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
  throw new OptionError(
    `I don't know the skill "${shown}".${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''} /help lists what you can ask.`,
  );
}
