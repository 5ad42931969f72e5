import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/core/config.ts';
import { withoutTrailingSlashes } from '../../src/core/hn/client.ts';
import { redactUrl } from '../../src/core/redact.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = parseConfig({});
    // In the checkout's data/, wherever the command runs.
    expect(c.DATABASE_URL).toBe(`sqlite:${join(fileURLToPath(new URL('../..', import.meta.url)), 'data', 'hiring-radar.db')}`);
    expect(c.HN_API_URL).toBe('https://hacker-news.firebaseio.com/v0');
    expect(c.CRAWL_CONCURRENCY).toBe(16);
    expect(c.EXTRA_THREAD_IDS).toEqual([]);
  });

  it('names each invalid variable and what it expects, without echoing values', () => {
    try {
      parseConfig({
        DATABASE_URL: 'mysql://root:hunter2@db/x',
        CRAWL_CONCURRENCY: 'lots',
        CRAWL_CRON_DEFAULT: 'every hour',
        EXTRA_THREAD_IDS: '1,abc',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      for (const name of ['DATABASE_URL', 'CRAWL_CONCURRENCY', 'CRAWL_CRON_DEFAULT', 'EXTRA_THREAD_IDS', 'LOG_LEVEL']) {
        expect(msg).toContain(name);
      }
      expect(msg).toContain('postgres://');
      expect(msg).not.toContain('hunter2');
    }
  });

  it.each([
    ['HN_API_URL', 'https://hnuser:HNSECRET@proxy.example/v0'],
    ['DISCORD_API_URL', 'https://:DISCORDSECRET@proxy.example/api'],
    ['SLACK_API_URL', 'http://proxyuser:SLACKSECRET@127.0.0.1:47111/slack/'],
  ])('refuses %s with a password in it, naming it without echoing the password', (name, value) => {
    // A request error would repeat the whole URL into logs and the outbox's stored errors.
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    try {
      parseConfig({ [name]: value });
    } catch (err) {
      expect((err as Error).message).toContain(name);
      expect((err as Error).message).toContain('without a user name or password');
      expect((err as Error).message).not.toMatch(/SECRET|hnuser|proxyuser/);
    }
  });

  it('refuses an API address that does not parse (a port out of range) at start-up, not at the first request', () => {
    expect(() => parseConfig({ HN_API_URL: 'https://proxy.example:99999/v0' })).toThrow(/HN_API_URL.*expected an http/s);
  });

  it.each([
    [{ DISCORD_TOKEN: 'x'.repeat(30) }, 'DISCORD_APP_ID'],
    [{ DISCORD_APP_ID: '123456789012' }, 'DISCORD_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1-2' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_APP_TOKEN: 'xapp-1-2' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_SIGNING_SECRET: 'abcdefgh1234' }, 'SLACK_BOT_TOKEN'],
  ])('stops on a platform with only some of its credentials, naming the missing one (%#)', (env, missing) => {
    expect(() => parseConfig(env)).toThrow(new RegExp(`${missing}: expected beside`));
    try {
      parseConfig(env);
    } catch (err) {
      expect((err as Error).message).not.toMatch(/xxxxx|xoxb-1|xapp-1|abcdefgh|123456789012/);
    }
  });

  it('starts with all of a platform\'s credentials, or none', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 'x'.repeat(30), DISCORD_APP_ID: '123456789012' })).not.toThrow();
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_APP_TOKEN: 'xapp-1-2' })).not.toThrow();
    expect(() => parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: 'abcdefgh1234' })).not.toThrow();
  });

  it('checks the time zone at start-up, not when the scheduler first needs it', () => {
    expect(parseConfig({ TZ_SCHEDULE: 'Europe/Berlin' }).TZ_SCHEDULE).toBe('Europe/Berlin');
    expect(() => parseConfig({ TZ_SCHEDULE: 'Not/AZone' })).toThrow(/TZ_SCHEDULE: expected an IANA time zone/);
  });

  it('turns digests off with DIGEST_KINDS=none; an empty value is unset and gives the default', () => {
    expect(parseConfig({ DIGEST_KINDS: 'none' }).DIGEST_KINDS).toEqual([]);
    expect(parseConfig({ DIGEST_KINDS: '' }).DIGEST_KINDS).toEqual(['thread_live', 'digest', 'recap']);
    expect(parseConfig({ DIGEST_KINDS: 'live, recap' }).DIGEST_KINDS).toEqual(['thread_live', 'recap']);
    expect(() => parseConfig({ DIGEST_KINDS: 'weekly' })).toThrow(/DIGEST_KINDS/);
  });

  it('refuses "sqlite://./x.db", which would put the database at the root of the file system', () => {
    expect(() => parseConfig({ DATABASE_URL: 'sqlite://./hr.db' })).toThrow(/DATABASE_URL: write "sqlite:PATH" without "\/\/"/);
    expect(parseConfig({ DATABASE_URL: 'sqlite:./hr.db' }).DATABASE_URL).toBe('sqlite:./hr.db');
    expect(parseConfig({ DATABASE_URL: 'sqlite:///var/lib/hr.db' }).DATABASE_URL).toBe('sqlite:///var/lib/hr.db');
  });

  it('reads a .env saved with a byte-order mark, its first variable included; the real environment wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-env-'));
    const saved = { ...process.env };
    try {
      writeFileSync(join(dir, '.env'), '\uFEFFLOG_LEVEL=warn\r\nexport PORT="3100"\r\nCRAWL_CONCURRENCY=4\r\n');
      delete process.env.LOG_LEVEL;
      delete process.env.PORT;
      process.env.CRAWL_CONCURRENCY = '8';
      const c = loadConfig(join(dir, '.env'));
      expect([c.LOG_LEVEL, c.PORT, c.CRAWL_CONCURRENCY]).toEqual(['warn', 3100, 8]);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses extra ids and treats empty strings as unset', () => {
    const c = parseConfig({ EXTRA_THREAD_IDS: '22665398, 3300290', LOG_LEVEL: '' });
    expect(c.EXTRA_THREAD_IDS).toEqual([22665398, 3300290]);
    expect(c.LOG_LEVEL).toBe('info');
  });

  it('redacts passwords in database URLs', () => {
    expect(redactUrl('postgres://u:secret@h:5432/db')).toBe('postgres://u:***@h:5432/db');
  });

  it.each([
    // An unescaped "@" belongs to the password: URL parsers, pg's included, split at the last one.
    ['postgres://u:p@ss@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgres://u:a/b?c#d@h/db', 'postgres://u:***@h/db'],
    ['postgres://:secret@h/db', 'postgres://:***@h/db'],
    ['postgres://u@h/db?sslmode=require&password=secret', 'postgres://u@h/db?sslmode=require&password=***'],
    ['postgres://u:secret@h/db?password=other#x', 'postgres://u:***@h/db?password=***#x'],
  ])('leaves no part of the password in %s', (url, redacted) => {
    expect(redactUrl(url)).toBe(redacted);
    expect(redactUrl(url)).not.toMatch(/secret|ss@|a\/b|other/);
  });

  it.each([
    ['http://127.0.0.1:8080/v0/', 'http://127.0.0.1:8080/v0'],
    ['http://127.0.0.1:8080/v0///', 'http://127.0.0.1:8080/v0'],
    ['http://127.0.0.1:8080/v0', 'http://127.0.0.1:8080/v0'],
    ['///', ''],
    [`http://h/${'/'.repeat(100_000)}x`, `http://h/${'/'.repeat(100_000)}x`],
  ])("takes the HN API address's trailing slashes off (%#)", (url, base) => {
    expect(withoutTrailingSlashes(url)).toBe(base);
  });

  it.each(['postgres://h:5432/db', 'postgres://u@h/db', 'sqlite:./data/x.db', 'https://hacker-news.firebaseio.com/v0'])('leaves %s, which has no password, as it is', (url) => {
    expect(redactUrl(url)).toBe(url);
  });

});
