import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import cron from 'node-cron';

/**
 * The service's whole configuration, read from the environment (and an optional `.env`).
 * Validated once at start-up so a typo fails fast with the variable's name, instead of
 * surfacing hours later as a crawl that silently never runs.
 */

const cronExpr = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((v) => cron.validate(v), { message: 'expected a cron expression such as "*/5 10-13 1-3 * *"' });

const intIn = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ message: `expected an integer between ${min} and ${max}` })
    .int(`expected an integer between ${min} and ${max}`)
    .min(min, `expected an integer between ${min} and ${max}`)
    .max(max, `expected an integer between ${min} and ${max}`)
    .default(fallback);

/**
 * An API's base address: http(s), one that parses (a port out of range would otherwise fail at
 * the first request, hours later), and without a user name or password. None of these APIs takes
 * them there (fetch refuses such a URL outright), and a request error would repeat the whole URL,
 * password included, into logs and the outbox's stored errors.
 */
const url = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine((v) => /^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v), { message: 'expected an http:// or https:// URL' })
    .refine((v) => !URL.canParse(v) || (new URL(v).username === '' && new URL(v).password === ''), {
      message: 'expected a URL without a user name or password (these APIs take none in the address)',
    });

/** Whether the scheduler can run in this time zone (an IANA name the runtime knows). */
function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const idList = z
  .string()
  .default('')
  .refine((v) => v.trim() === '' || /^\s*\d+(\s*,\s*\d+)*\s*$/.test(v), {
    message: 'expected a comma-separated list of HN item ids, e.g. "22665398,3300290"',
  })
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(Number),
  );

/** The checkout (or installed package): where the default database and a fallback `.env` live. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_SQLITE_PATH = join(PACKAGE_ROOT, 'data', 'hiring-radar.db');

/** HN requests in flight at once: CRAWL_CONCURRENCY's range, and `crawl --concurrency`'s. */
export const CRAWL_CONCURRENCY_RANGE = { min: 1, max: 256 } as const;

export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    // In the checkout, wherever the command runs: `npx hiring-radar threads` from a subdirectory
    // opened a new, empty database there and answered "No threads stored yet".
    .default(`sqlite:${DEFAULT_SQLITE_PATH}`)
    .refine((v) => /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v), {
      message: 'expected "sqlite:PATH" (e.g. sqlite:./data/hiring-radar.db) or a postgres://... URL',
    })
    // "sqlite://./x.db" reads as the path "/./x.db", at the file system's root: written as a URL by
    // habit, it put the database where nobody looked. "sqlite:///abs/x.db" is an absolute path.
    .refine((v) => !/^sqlite:\/\/(?!\/)/.test(v), { message: 'write "sqlite:PATH" without "//" (e.g. sqlite:./data/hiring-radar.db; an absolute path: sqlite:/var/lib/x.db)' }),
  HN_API_URL: url('https://hacker-news.firebaseio.com/v0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TZ_SCHEDULE: z
    .string()
    .default('America/New_York')
    .refine(isTimeZone, { message: 'expected an IANA time zone such as "America/New_York" or "UTC"' }),
  /** Around a new thread's arrival: first weekdays of the month, late morning New York time. */
  CRAWL_CRON_ARRIVAL: cronExpr('*/5 10-13 1-3 * *'),
  /** While a thread is young (its first days), postings arrive fast. */
  CRAWL_CRON_YOUNG: cronExpr('*/15 * 1-6 * *'),
  /** The rest of the month: edits and deletions trickle in. */
  CRAWL_CRON_DEFAULT: cronExpr('7 * * * *'),
  CRAWL_CONCURRENCY: intIn(CRAWL_CONCURRENCY_RANGE.min, CRAWL_CONCURRENCY_RANGE.max, 16),
  HN_TIMEOUT_MS: intIn(100, 120_000, 10_000),
  HN_RETRIES: intIn(0, 20, 5),
  EXTRA_THREAD_IDS: idList,
  /**
   * The service's crawls also fetch, once, the monthly threads of this many months back that were
   * never crawled: a new database otherwise held the latest thread alone, and /trend, /movers and
   * the digests' comparisons with the year before had nothing to compare. 0 turns it off.
   */
  BACKFILL_MONTHS: intIn(0, 240, 25),
  // Chat platforms: an adapter starts when its credentials are present.
  DISCORD_TOKEN: z.string().min(20, 'expected a Discord bot token').optional(),
  DISCORD_APP_ID: z.string().regex(/^\d{5,25}$/, 'expected the numeric application id').optional(),
  DISCORD_GUILD_ID: z.string().regex(/^\d{5,25}$/, 'expected a numeric server (guild) id').optional(),
  DISCORD_API_URL: url('https://discord.com/api'),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'expected a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: z.string().min(8, 'expected the app\'s signing secret').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'expected an app-level token starting with xapp- (Socket Mode)').optional(),
  SLACK_API_URL: url('https://slack.com/api/'),
  PORT: intIn(0, 65535, 3000),
  /** Hours after a thread opens before its digest is posted. */
  DIGEST_SETTLE_HOURS: intIn(1, 24 * 14, 24),
  /**
   * Which digest posts are made: any of live, digest, recap, or "none". Not an empty value: an
   * empty variable means unset (see parseConfig), which gives the default.
   */
  DIGEST_KINDS: z
    .string()
    .default('live,digest,recap')
    .refine((v) => v.trim() === 'none' || v.split(',').every((k) => ['live', 'digest', 'recap', ''].includes(k.trim())), {
      message: 'expected a comma-separated subset of live,digest,recap, or none',
    })
    .transform((v) =>
      (v.trim() === 'none' ? '' : v)
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
        .map((k) => (k === 'live' ? 'thread_live' : k) as 'thread_live' | 'digest' | 'recap'),
    ),
  })
  .superRefine((c, ctx) => {
    for (const [name, message] of halfSetCredentials(c)) ctx.addIssue({ code: 'custom', path: [name], message });
  });

/**
 * A chat platform with only some of its credentials: a typo or a forgotten variable, which stops
 * start-up naming the variable, where a platform with none stays off. Each entry: the variable
 * to set, and why.
 */
function halfSetCredentials(c: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  if (c.DISCORD_TOKEN && !c.DISCORD_APP_ID) out.push(['DISCORD_APP_ID', 'expected beside DISCORD_TOKEN (Discord needs both)']);
  if (!c.DISCORD_TOKEN && c.DISCORD_APP_ID) out.push(['DISCORD_TOKEN', 'expected beside DISCORD_APP_ID (Discord needs both)']);
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    out.push(['SLACK_SIGNING_SECRET', 'expected beside SLACK_BOT_TOKEN: SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)']);
  }
  if (!c.SLACK_BOT_TOKEN && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN)) out.push(['SLACK_BOT_TOKEN', 'expected beside SLACK_SIGNING_SECRET or SLACK_APP_TOKEN (Slack needs the bot token)']);
  return out;
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the given environment; throws ConfigError naming each bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings mean "unset" (docker-compose and .env files often leave `FOO=`).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    // Never echo the value: a misplaced secret must not reach a log.
    return `${name}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** `.env` of the working directory, or else the checkout's (a command run from a subdirectory). */
function defaultEnvFile(): string {
  return existsSync('.env') ? '.env' : join(PACKAGE_ROOT, '.env');
}

/**
 * Loads `.env` (if present, without overriding real environment variables) and parses. A
 * byte-order mark some editors write is no part of the first name: read with it, the first
 * variable was silently dropped.
 */
export function loadConfig(envFile = defaultEnvFile()): Config {
  if (existsSync(envFile)) {
    const text = readFileSync(envFile, 'utf8').replace(/^\uFEFF/, '');
    for (const [name, value] of Object.entries(parseEnv(text))) if (process.env[name] === undefined) process.env[name] = value;
  }
  return parseConfig(process.env);
}
