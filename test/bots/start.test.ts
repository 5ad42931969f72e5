import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRefusal, type RunningAdapter, registerInBackground, startAdapters } from '../../src/bots/start.ts';
import { parseConfig } from '../../src/core/config.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

describe('starting the chat adapters', () => {
  let t: TestDb;
  let discordApi: Server;
  let discordUrl = '';
  let slack: FakeSlack;
  beforeAll(async () => {
    t = await openTestDb('sqlite');
    slack = await startFakeSlack();
    // A Discord API that rejects the token, as discord.com does a revoked one.
    discordApi = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: '401: Unauthorized', code: 0 }));
    });
    await new Promise<void>((r) => discordApi.listen(0, '127.0.0.1', () => r()));
    discordUrl = `http://127.0.0.1:${(discordApi.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => discordApi.close(() => r()));
    await slack?.close();
    await t?.cleanup();
  });

  it('a platform that fails to start is logged by name and leaves the other running', async () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: 'info' }, { write: (s: string) => lines.push(JSON.parse(s)) });
    const token = `revoked.${'x'.repeat(40)}`;
    const config = parseConfig({
      DISCORD_TOKEN: token,
      DISCORD_APP_ID: '111111111111111111',
      DISCORD_API_URL: discordUrl,
      SLACK_BOT_TOKEN: 'xoxb-1-2',
      SLACK_SIGNING_SECRET: 'signing-secret-1',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
    });
    let running: RunningAdapter[] = [];
    try {
      running = await startAdapters(config, t.db, log);
      expect(running.map((a) => a.name)).toEqual(['slack']);
      expect(lines).toContainEqual(expect.objectContaining({ platform: 'discord', msg: 'discord adapter not started' }));
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'slack adapter started' }));
      expect(JSON.stringify(lines)).not.toContain(token);
    } finally {
      for (const a of running) await a.stop();
    }
  });
});

describe('a platform that cannot start for a reason that may pass', () => {
  it('is tried again until it starts, and a refused token is not', async () => {
    const t = await openTestDb('sqlite');
    const slack = await startFakeSlack();
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: 'info' }, { write: (s: string) => lines.push(JSON.parse(s)) });
    const late: RunningAdapter[] = [];
    try {
      // Slack down at boot: two failed starts, then it answers.
      slack.failNextAuthTests(2);
      const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: slack.apiUrl, PORT: '0' });
      const running = await startAdapters(config, t.db, log, { onStarted: (a) => late.push(a), stopped: () => false, retryMs: [20] });
      expect(running).toEqual([]);
      for (let i = 0; i < 200 && late.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(late.map((a) => a.name)).toEqual(['slack']);
      expect(lines.filter((l) => l.msg === 'slack adapter not started')).toHaveLength(2);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'slack adapter started after a failed start', attempts: 3 }));
    } finally {
      for (const a of late) await a.stop();
      await slack.close();
      await t.cleanup();
    }
    expect(isRefusal(Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }))).toBe(true);
    expect(isRefusal(Object.assign(new Error('An API error occurred: invalid_auth'), { data: { error: 'invalid_auth' } }))).toBe(true);
    expect(isRefusal(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }))).toBe(true);
    expect(isRefusal(Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' }))).toBe(false);
    expect(isRefusal(new Error('A request error occurred: fetch failed'))).toBe(false);
  });
});

describe("registering Discord's commands after the gateway", () => {
  const failing = (statuses: number[]) => {
    let calls = 0;
    const register = async () => {
      const status = statuses[calls++];
      if (status !== undefined) throw Object.assign(new Error(`HTTP ${status}`), { status });
      return { registered: true };
    };
    return { register, calls: () => calls };
  };
  const quiet = pino({ level: 'silent' });

  it('retries a failure that may pass, and stops at a refusal', async () => {
    const passing = failing([502, 500]);
    await registerInBackground(passing.register, quiet, [1, 1, 1]);
    expect(passing.calls()).toBe(3);
    const refused = failing([401, 401]);
    await registerInBackground(refused.register, quiet, [1, 1, 1]);
    expect(refused.calls()).toBe(1);
    const down = failing([503, 503, 503, 503]);
    await registerInBackground(down.register, quiet, [1, 1]);
    expect(down.calls()).toBe(3);
  });
});
