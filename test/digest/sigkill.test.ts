import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { seedOutbox } from '../helpers/outbox.ts';

const CHILD = fileURLToPath(new URL('../fixtures/deliver-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHANNELS = 15;

describe('delivery killed with SIGKILL at random points', () => {
  let t: TestDb;
  let discord: FakeDiscord;
  let slack: FakeSlack;

  beforeAll(async () => {
    t = await openTestDb('sqlite');
    discord = await startFakeDiscord();
    slack = await startFakeSlack();
    discord.setLatency(40);
    slack.setLatency(40);
    await seedOutbox(t.db, CHANNELS, 100);
  });
  afterAll(async () => {
    await discord?.close();
    await slack?.close();
    await t?.cleanup();
  });

  const traffic = () => discord.requests.length + slack.calls.length;

  /** Runs a worker; with `kill`, SIGKILLs it a random moment after it has started talking to the platforms. */
  async function run(kill = false): Promise<number | null> {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.url, DISCORD_API_URL: discord.apiUrl, SLACK_API_URL: slack.apiUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    if (kill) {
      const before = traffic();
      let done = false;
      void exited.then(() => {
        done = true;
      });
      while (!done && traffic() < before + 2 + Math.floor(Math.random() * 6)) await new Promise((r) => setTimeout(r, 5));
      // Somewhere inside the 40 ms the platform takes to answer: often sent but not yet recorded.
      await new Promise((r) => setTimeout(r, Math.random() * 60));
      child.kill('SIGKILL');
    }
    return exited;
  }

  it('every due message is delivered exactly once', async () => {
    for (let i = 0; i < 6; i++) await run(true);
    expect(await run()).toBe(0);
    const rows = await t.db.kysely.selectFrom('outbox').select(['status', 'message_id']).execute();
    expect(rows.every((r) => r.status === 'sent' && r.message_id)).toBe(true);
    for (let i = 0; i < CHANNELS; i++) {
      expect(discord.channelMessages.get(String(100 + i))?.length, `discord ${100 + i}`).toBe(1);
      expect(slack.messages.get(`C${100 + i}`)?.length, `slack C${100 + i}`).toBe(1);
    }
    // The kills did interrupt deliveries: some channels were asked more than once.
    const discordPosts = discord.requests.filter((r) => r.method === 'POST' && r.path.includes('/channels/')).length;
    const slackLookups = slack.calls.filter((c) => c.path === '/api/conversations.history').length;
    expect(discordPosts + slackLookups).toBeGreaterThan(CHANNELS * 2);
  }, 120_000);
});
