import { z } from 'zod';
import { COUNTRY_CODES } from '../core/classify/gazetteer.ts';
import type { SkillInfo } from './types.ts';
import type { CommandContext, CommandDef, OptionSpec } from './types.ts';

/** Builders for the few option kinds commands use; each carries its zod schema. */
export const opt = {
  skill(description: string, extra: Partial<OptionSpec> = {}): OptionSpec {
    return { schema: z.string().trim().min(1, 'a skill name').max(60, 'at most 60 characters'), description, type: 'skill', ...extra };
  },
  integer(description: string, min: number, max: number, extra: Partial<OptionSpec> = {}): OptionSpec {
    const msg = `a whole number from ${min} to ${max}`;
    return {
      // Written in decimal digits: Number() would also read "0x10", "1e1" or "0b101", so
      // "/unsubscribe 0x10" removed alert #16.
      schema: z
        .union([z.number(), z.string().trim().regex(/^[-+]?\d+$/, msg)], { message: msg })
        .transform(Number)
        .pipe(z.number({ message: msg }).int(msg).min(min, msg).max(max, msg)),
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
  /** An ISO country code the classifier can output ("uk" is read as GB): a filter by any other could never match. */
  country(description: string, extra: Partial<OptionSpec> = {}): OptionSpec {
    const msg = 'a two-letter country code such as US, DE or GB';
    return {
      schema: z
        .string()
        .trim()
        .toUpperCase()
        .transform((c) => (c === 'UK' ? 'GB' : c))
        .refine((c) => COUNTRY_CODES.has(c), msg),
      description,
      type: 'string',
      ...extra,
    };
  },
  text(description: string, max = 100, extra: Partial<OptionSpec> = {}): OptionSpec {
    return { schema: z.string().trim().min(1, 'some text').max(max, `at most ${max} characters`), description, type: 'string', ...extra };
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
    // Own options only: "constructor" or "__proto__" is on every object, and is no option either.
    if (!Object.hasOwn(def.options, name)) throw new OptionError(`/${def.name} has no option "${name.slice(0, 30)}"`);
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

/**
 * Words given without an option name → the positional options still unset, in order; returns
 * the words none takes. A word the next option cannot take goes to a later one that can:
 * "/top 2024-09" is a month without a category, not a category called 2024-09. A variadic option
 * takes every word left, a `rest` one all of them as one text.
 */
export function assignPositionals(def: CommandDef, words: readonly string[], raw: Record<string, unknown>): string[] {
  const open = Object.entries(def.options)
    .filter(([name, o]) => o.positional !== undefined && raw[name] === undefined)
    .sort((a, b) => (a[1].positional ?? 0) - (b[1].positional ?? 0));
  const rest = [...words];
  while (rest.length > 0 && open.length > 0) {
    const [name, o] = open[0]!;
    if (o.variadic || o.rest) {
      raw[name] = o.variadic ? rest.splice(0) : rest.splice(0).join(' ');
      break;
    }
    const word = rest[0]!;
    const later = o.schema.safeParse(word).success ? -1 : open.findIndex(([, l], k) => k > 0 && !l.variadic && !l.rest && l.schema.safeParse(word).success);
    const [taker] = open.splice(Math.max(later, 0), 1)[0]!;
    raw[taker] = rest.shift();
  }
  return rest;
}
