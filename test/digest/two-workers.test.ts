import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { seedOutbox } from '../helpers/outbox.ts';

const CHILD = fileURLToPath(new URL('../fixtures/deliver-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHANNELS = 20;

describe('two delivery workers on one PostgreSQL outbox', () => {
  let t: TestDb;
  let discord: FakeDiscord;
  let slack: FakeSlack;
  beforeAll(async () => {
    t = await openTestDb('postgres');
    discord = await startFakeDiscord();
    slack = await startFakeSlack();
    discord.setLatency(30);
    slack.setLatency(30);
    await seedOutbox(t.db, CHANNELS, 200);
  });
  afterAll(async () => {
    await discord?.close();
    await slack?.close();
    await t?.cleanup();
  });

  function worker(): Promise<{ sent: number }> {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `${t.url}?schema=${t.pgSchema}`, DISCORD_API_URL: discord.apiUrl, SLACK_API_URL: slack.apiUrl, LEASE_MS: '60000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    return new Promise((resolve) => child.on('exit', () => resolve(JSON.parse(out.trim() || '{"sent":0}'))));
  }

  it('claims rows with FOR UPDATE SKIP LOCKED: run together, nothing is sent twice', async () => {
    const [a, b] = await Promise.all([worker(), worker()]);
    expect(a.sent + b.sent).toBe(CHANNELS * 2);
    for (let i = 0; i < CHANNELS; i++) {
      expect(discord.channelMessages.get(String(200 + i))?.length).toBe(1);
      expect(slack.messages.get(`C${200 + i}`)?.length).toBe(1);
    }
    // Each platform was asked once per channel: no row was claimed by both workers.
    expect(discord.requests.filter((r) => r.path.includes('/channels/')).length).toBe(CHANNELS);
  }, 120_000);
});
