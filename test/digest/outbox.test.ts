import { App } from '@slack/bolt';
import { REST } from 'discord.js';
import { discordAgent } from '../../src/bots/discord/agent.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordSender } from '../../src/bots/discord/send.ts';
import { slackSender } from '../../src/bots/slack/send.ts';
import { runCommand } from '../../src/commands/index.ts';
import { commandContext } from '../../src/core/context.ts';
import { queueAccessLostNotice } from '../../src/core/outbox/access-lost.ts';
import { buildOutboxReply } from '../../src/core/outbox/build.ts';
import { scheduleDigests } from '../../src/core/outbox/schedule.ts';
import { deliverDue, type OutboxRow, RetryableSendError, type WorkerOptions } from '../../src/core/outbox/worker.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack.ts';
import { silentLog } from '../helpers/crawl.ts';
import { seedOutbox } from '../helpers/outbox.ts';
import { type Corpus, crawledCorpus } from '../helpers/corpus.ts';
import { openTestDb } from '../helpers/db.ts';

const HOUR = 3_600_000;

describe('digests through the outbox, delivered exactly once', () => {
  let corpus: Corpus;
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let worker: (now: number) => WorkerOptions;
  let opened: number;

  beforeAll(async () => {
    corpus = await crawledCorpus('2026-01');
    discord = await startFakeDiscord();
    slack = await startFakeSlack();
    const db = corpus.db.db;
    const rows = [
      { platform: 'discord' as const, workspace_id: 'G1', channel_id: '100' },
      { platform: 'discord' as const, workspace_id: 'G2', channel_id: '900' }, // deleted channel
      { platform: 'slack' as const, workspace_id: 'T1', channel_id: 'C1' },
      { platform: 'slack' as const, workspace_id: 'T2', channel_id: 'CGONE' }, // bot removed
    ];
    // The two channels that turn out gone were chosen by admins the bot can tell by DM.
    const setBy: Record<string, string> = { '900': 'discord:555', CGONE: 'slack:T2:UADMIN2' };
    for (const r of rows) await db.kysely.insertInto('digest_channels').values({ ...r, enabled: 1, set_by: setBy[r.channel_id] ?? 'test', updated_at: 0 }).execute();
    // biome-ignore lint/suspicious/noExplicitAny: the agent's undici type is not the one TypeScript sees
    const rest = new REST({ api: discord.apiUrl, offset: 0, agent: discordAgent() as any }).setToken('fake.token.value');
    const app = new App({ token: 'xoxb-fake', signingSecret: 'x', tokenVerificationEnabled: false, clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true } });
    worker = (now) => ({
      senders: { discord: discordSender(rest), slack: slackSender(app) },
      build: (row) => buildOutboxReply(db, row, now),
      log: silentLog,
      now: () => now,
      maxBackoffMs: 1,
    });
    const thread = await db.kysely.selectFrom('threads').select('time').where('id', '=', 47975571).executeTakeFirstOrThrow();
    opened = thread.time! * 1000;
  });
  afterAll(async () => {
    await discord?.close();
    await slack?.close();
    await corpus?.close();
  });

  /** The channels Slack charts were uploaded to, in order. */
  const chartUploads = () => slack.calls.filter((c) => c.path === '/api/files.completeUploadExternal').map((c) => (c.json as { channel_id?: string }).channel_id);
  /** Messages posted in each channel; on Slack, the chart uploads' file shares are not counted. */
  const count = () => ({
    discord: discord.channelMessages.get('100')?.length ?? 0,
    slack: slack.messages.get('C1')?.filter((m) => !m.files).length ?? 0,
  });

  it('a new thread: one "live" post per channel at once, dead channels disabled with a reason', async () => {
    const db = corpus.db.db;
    const now = opened + HOUR;
    expect(await scheduleDigests(db, now)).toBe(12); // 4 channels × live, digest, recap
    expect(await scheduleDigests(db, now)).toBe(0); // deciding again changes nothing
    const r = await deliverDue(db, worker(now));
    // Two "live" posts, and a DM each to the admins whose channels were refused.
    expect(r).toMatchObject({ sent: 4, disabled: 2 });
    expect(count()).toEqual({ discord: 1, slack: 1 });
    const disabled = await db.kysely.selectFrom('digest_channels').select(['channel_id', 'enabled']).where('enabled', '=', 0).orderBy('channel_id').execute();
    expect(disabled.map((d) => d.channel_id)).toEqual(['900', 'CGONE']);
    const gone = await db.kysely.selectFrom('outbox').select(['status', 'last_error']).where('channel_id', '=', '900').executeTakeFirstOrThrow();
    expect(gone).toMatchObject({ status: 'disabled', last_error: expect.stringContaining('Unknown Channel') });
    const toDiscordAdmin = discord.channelMessages.get('7555') ?? [];
    expect(toDiscordAdmin).toHaveLength(1);
    const notice = JSON.stringify(toDiscordAdmin[0]!.body);
    expect(notice).toContain('hiring-radar can no longer post digests');
    expect(notice).toContain('Unknown Channel');
    expect(notice).toContain('https://discord.com/channels/G2/900');
    const toSlackAdmin = slack.messages.get('DUADMIN2') ?? [];
    expect(toSlackAdmin).toHaveLength(1);
    expect(toSlackAdmin[0]!.text).toMatch(/Slack refused the last message there \(Slack channel CGONE: channel_not_found\).*\/invite @hiring-radar/);
    // Once: the channel is off now, so nothing more goes there to be refused, and no second DM.
    await deliverDue(db, worker(now + 1));
    expect(await db.kysely.selectFrom('outbox').selectAll().where('kind', '=', 'access_lost').execute()).toHaveLength(2);
    const live = discord.channelMessages.get('100')![0]!.body as { embeds: { title: string }[]; allowed_mentions: unknown; enforce_nonce: boolean };
    expect(live.embeds[0]?.title).toBe('The May 2026 "Who is hiring?" thread is live');
    expect(live.enforce_nonce).toBe(true);
  });

  it('the digest after the settle time, once, with the right numbers', async () => {
    const db = corpus.db.db;
    expect((await deliverDue(db, worker(opened + 23 * HOUR))).sent).toBe(0);
    const now = opened + 25 * HOUR;
    await scheduleDigests(db, now);
    const d = await deliverDue(db, worker(now));
    const rows = await db.kysely.selectFrom('outbox').select(['key', 'status', 'last_error', 'next_attempt_at']).execute();
    expect(d.sent, JSON.stringify(rows)).toBe(2);
    expect((await deliverDue(db, worker(now + HOUR))).sent).toBe(0);
    expect(count()).toEqual({ discord: 2, slack: 2 });
    const digest = discord.channelMessages.get('100')![1]!.body as { embeds: { title: string; description: string }[] };
    expect(digest.embeds[0]?.title).toBe('Who is hiring? May 2026');
    // The numbers: postings within the first 25 hours of the May thread, live job postings only.
    const expected = await db.kysely
      .selectFrom('postings as p')
      .innerJoin('posting_facts as f', 'f.posting_id', 'p.id')
      .select(db.kysely.fn.countAll<number>().as('n'))
      .where('p.thread_id', '=', 47975571)
      .where('p.status', '=', 'live')
      .where('f.is_job', '=', 1)
      .where('p.time', '<=', Math.floor((opened + 25 * HOUR) / 1000))
      .executeTakeFirstOrThrow();
    expect(digest.embeds[0]?.description).toContain(`${Number(expected.n)} postings after 25 h`);
    // Slack: the digest's chart follows it into the channel, as a command's does; the "live"
    // post before it had none.
    expect(chartUploads()).toEqual(['C1']);
  });

  it('a crash between sending and recording never posts twice (Discord nonce, Slack metadata)', async () => {
    const db = corpus.db.db;
    // As if the process died after the platform accepted the message but before it was recorded.
    await db.kysely.updateTable('outbox').set({ status: 'sending', claimed_at: 0, message_id: null }).where('status', '=', 'sent').execute();
    const now = opened + 26 * HOUR;
    const r = await deliverDue(db, worker(now));
    expect(r.sent).toBe(6); // two channels' live posts and digests, and the two admins' notices
    expect(count()).toEqual({ discord: 2, slack: 2 });
    expect([discord.channelMessages.get('7555')?.length, slack.messages.get('DUADMIN2')?.length]).toEqual([1, 1]);
    const ids = await db.kysely.selectFrom('outbox').select('message_id').where('status', '=', 'sent').execute();
    expect(ids.every((x) => x.message_id)).toBe(true);
    // The resend found the digest already posted, so its chart was not uploaded again.
    expect(chartUploads()).toEqual(['C1']);
  });

  it('a crash between a Slack digest and its chart: the resend uploads the chart, once', async () => {
    const db = corpus.db.db;
    // As if the process died after the digest was posted, before its chart was uploaded: the
    // channel has the message and no chart, and the row was never recorded as sent.
    const c1 = slack.messages.get('C1')!;
    const chartAt = c1.findIndex((m) => m.files);
    expect(chartAt).toBeGreaterThan(-1);
    c1.splice(chartAt, 1);
    const digestRow = () => db.kysely.selectFrom('outbox').where('channel_id', '=', 'C1').where('kind', '=', 'digest');
    await db.kysely.updateTable('outbox').set({ status: 'sending', claimed_at: 0, message_id: null }).where('channel_id', '=', 'C1').where('kind', '=', 'digest').execute();
    const now = opened + 27 * HOUR;
    expect((await deliverDue(db, worker(now))).sent).toBe(1);
    expect(count()).toEqual({ discord: 2, slack: 2 });
    expect(chartUploads()).toEqual(['C1', 'C1']);
    expect(c1.filter((m) => m.files)).toHaveLength(1);
    // The message found is the one recorded, and a second crash finds the chart there too.
    const digest = c1.find((m) => (m.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key?.includes(':digest:'));
    expect((await digestRow().select('message_id').executeTakeFirstOrThrow()).message_id).toBe(digest?.ts);
    await db.kysely.updateTable('outbox').set({ status: 'sending', claimed_at: 0, message_id: null }).where('channel_id', '=', 'C1').where('kind', '=', 'digest').execute();
    expect((await deliverDue(db, worker(now + HOUR))).sent).toBe(1);
    expect(chartUploads()).toEqual(['C1', 'C1']);
  });

  it('a 5xx is retried with backoff and a 429 waited out, still once', async () => {
    const db = corpus.db.db;
    const now = opened + 31 * 24 * HOUR; // the month-end recap is due
    slack.failNextPosts(1);
    discord.rateLimitNext('/channels/100/messages', 1);
    const postsBefore = slack.calls.filter((c) => c.path === '/api/chat.postMessage').length;
    const first = await deliverDue(db, worker(now));
    const second = await deliverDue(db, worker(now + HOUR));
    expect(first.sent + second.sent).toBe(2);
    expect(count()).toEqual({ discord: 3, slack: 3 });
    // The 500 was seen and retried; the 429 was waited out: one recap per channel all the same.
    expect(slack.calls.filter((c) => c.path === '/api/chat.postMessage').length - postsBefore).toBe(2);
    // live, digest, their two nonce-deduplicated resends, then the recap's 429 and its retry.
    expect(discord.requests.filter((r) => r.path === '/api/v10/channels/100/messages').length).toBe(6);
    expect(JSON.stringify(discord.channelMessages.get('100')![2]!.body)).toContain('Month-end recap');
  });

  it('a 429 storm and 5xx bursts: everything is delivered once they clear, nothing lost or doubled', async () => {
    const db = corpus.db.db;
    const now0 = opened + 40 * 24 * HOUR;
    const ids = Array.from({ length: 8 }, (_, i) => i);
    await seedOutbox(db, ids.length, 300, 'storm', now0);
    for (let k = 0; k < 3; k++) discord.rateLimitNext('/channels/30', 1);
    discord.failNextPosts(12);
    slack.failNextPosts(12);
    let now = now0;
    for (let round = 0; round < 20; round++) {
      await deliverDue(db, worker(now));
      const pending = await db.kysely.selectFrom('outbox').select('id').where('key', 'like', '%:storm').where('status', '!=', 'sent').execute();
      if (pending.length === 0) break;
      now += 2 * HOUR;
    }
    for (const i of ids) {
      expect(discord.channelMessages.get(String(300 + i))?.length, `discord ${300 + i}`).toBe(1);
      expect(slack.messages.get(`C${300 + i}`)?.length, `slack C${300 + i}`).toBe(1);
    }
  }, 120_000);

  it('a Slack app without the history scopes still delivers (without looking for an earlier copy first)', async () => {
    const app = new App({ token: 'xoxb-fake', signingSecret: 'x', tokenVerificationEnabled: false, clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } } });
    const row = { channel_id: 'CNOHISTORY' } as Parameters<ReturnType<typeof slackSender>>[0];
    const ts = await slackSender(app)(row, { kind: 'ok', title: 'x', summary: 'y' }, 'k:nohistory');
    expect(ts).toMatch(/^\d+\.\d+$/);
    expect(slack.messages.get('CNOHISTORY')?.length).toBe(1);
  });

  it("a Slack chart that cannot be uploaded leaves its digest posted, with a warning logged", async () => {
    const app = new App({ token: 'xoxb-fake', signingSecret: 'x', tokenVerificationEnabled: false, clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } } });
    const warnings: unknown[] = [];
    const log = Object.assign(Object.create(silentLog), { warn: (o: unknown) => warnings.push(o) }) as typeof silentLog;
    const row = { channel_id: 'CNOTIN' } as Parameters<ReturnType<typeof slackSender>>[0];
    const reply = { kind: 'ok' as const, title: 'Digest', summary: 'y', chart: { kind: 'bar' as const, title: 'Top skills', yFormat: 'percent' as const, bars: [{ label: 'Rust', value: 0.06 }] } };
    const ts = await slackSender(app, log)(row, reply, 'k:chart-refused');
    expect(ts).toMatch(/^\d+\.\d+$/);
    expect(slack.messages.get('CNOTIN')?.length).toBe(1);
    expect(warnings).toEqual([expect.objectContaining({ channel: 'CNOTIN', err: 'not_in_channel' })]);
  });
});

describe('a month HN posted two threads for', () => {
  it("gets its digests once, whichever thread stands for the month", async () => {
    const t = await openTestDb('sqlite');
    try {
      const db = t.db;
      const opened = Date.UTC(2026, 5, 1, 15);
      const thread = (id: number, kids: number) => ({ id, month: '2026-06', title: 'Ask HN: Who is hiring? (June 2026)', time: opened / 1000, author: 'whoishiring', kind: 'monthly' as const, kids_count: kids, first_seen_at: opened, last_crawled_at: opened + 3_600_000 });
      await db.kysely.insertInto('threads').values(thread(1, 100)).execute();
      await db.kysely.insertInto('digest_channels').values({ platform: 'discord', workspace_id: 'G1', channel_id: '100', enabled: 1, set_by: 'test', updated_at: 0 }).execute();
      const now = opened + 2 * 3_600_000;
      expect(await scheduleDigests(db, now)).toBe(3);
      // The repost grows larger and now stands for June.
      await db.kysely.insertInto('threads').values(thread(2, 300)).execute();
      expect(await scheduleDigests(db, now + 3_600_000)).toBe(0);
      expect(await db.kysely.selectFrom('outbox').select('thread_id').execute()).toEqual([{ thread_id: 1 }, { thread_id: 1 }, { thread_id: 1 }]);
      // Turned off when the digest came due (dropped), then on again: the month's digest is back.
      await db.kysely.updateTable('outbox').set({ status: 'dropped' }).execute();
      const admin = await commandContext(db, { nowMs: opened + 30 * 3_600_000, place: { platform: 'discord', workspaceId: 'G1', channelId: '100' }, isAdmin: true, userKey: 'discord:9' });
      expect((await runCommand('digest-channel', {}, admin)).kind).toBe('ok');
      expect(await db.kysely.selectFrom('outbox').select(['kind', 'status']).where('status', '=', 'pending').orderBy('kind').execute()).toEqual([
        { kind: 'digest', status: 'pending' },
        { kind: 'recap', status: 'pending' },
      ]);
    } finally {
      await t.cleanup();
    }
  });
});

describe('a digest due before its thread is read', () => {
  it('is tried again later, never sent saying "no postings"', async () => {
    const t = await openTestDb('sqlite');
    try {
      const db = t.db;
      const now = Date.UTC(2026, 5, 2);
      await db.kysely
        .insertInto('threads')
        .values({ id: 1, month: '2026-06', title: 'Ask HN: Who is hiring? (June 2026)', time: now / 1000 - 86_400, author: 'whoishiring', kind: 'monthly', kids_count: 400, first_seen_at: now, last_crawled_at: now })
        .execute();
      await db.kysely.insertInto('digest_channels').values({ platform: 'discord', workspace_id: 'G1', channel_id: '100', enabled: 1, set_by: 'test', updated_at: 0 }).execute();
      const row = { id: 1, key: 'k', platform: 'discord', workspace_id: 'G1', channel_id: '100', kind: 'digest', thread_id: 1, payload: '{}', due_at: now, status: 'sending', attempts: 0, next_attempt_at: now, claimed_at: now, message_id: null, last_error: null, created_at: now, sent_at: null } as OutboxRow;
      await expect(buildOutboxReply(db, row, now)).rejects.toThrow(RetryableSendError);
      await expect(buildOutboxReply(db, row, now)).rejects.toThrow(/the 2026-06 digest has nothing to show yet/);
    } finally {
      await t.cleanup();
    }
  });
});

describe('a platform not connected yet', () => {
  it('keeps its messages waiting without using their attempts, and they go out once it is', async () => {
    const t = await openTestDb('sqlite');
    try {
      const start = Date.UTC(2026, 5, 1);
      await seedOutbox(t.db, 1, 500, 'wait', start);
      const sent: string[] = [];
      const opts = (now: number, connected: boolean): WorkerOptions => ({
        senders: { slack: async () => 'ts', ...(connected
          ? {
              discord: async (row) => {
                sent.push(row.channel_id);
                return 'm1';
              },
            }
          : {}) },
        build: async () => ({ kind: 'ok', title: 'x', summary: 'y' }),
        log: silentLog,
        now: () => now,
      });
      // A day and a half of Discord not connecting, a try every eleven minutes: more than the 48 attempts a failing send gets.
      for (let k = 0; k < 200; k++) await deliverDue(t.db, opts(start + k * 11 * 60_000, false));
      const row = await t.db.kysely.selectFrom('outbox').select(['status', 'attempts']).where('platform', '=', 'discord').executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'pending', attempts: 0 });
      await deliverDue(t.db, opts(start + 201 * 11 * 60_000, true));
      expect(sent).toEqual(['500']);
      // A platform the service is no longer configured for: its messages are dropped, not kept waiting.
      await seedOutbox(t.db, 1, 600, 'gone', start);
      const r = await deliverDue(t.db, { ...opts(start + 202 * 11 * 60_000, false), configured: new Set(['slack'] as const) });
      expect(r.dropped).toBe(1);
      const gone = await t.db.kysely.selectFrom('outbox').select(['status', 'last_error']).where('channel_id', '=', '600').executeTakeFirstOrThrow();
      expect(gone).toEqual({ status: 'dropped', last_error: 'the bot no longer runs on Discord (no credentials configured)' });
      // Configured but never connected (a token it refused): given up two days after it was due, and said.
      await seedOutbox(t.db, 1, 700, 'late', start);
      await deliverDue(t.db, opts(start + 49 * 3_600_000, false));
      const late = await t.db.kysely.selectFrom('outbox').select(['status', 'last_error']).where('channel_id', '=', '700').executeTakeFirstOrThrow();
      expect(late).toEqual({ status: 'failed', last_error: 'no discord adapter running for two days after it was due' });
    } finally {
      await t.cleanup();
    }
  });
});

describe("the notice to the admin of a digest channel the platform refused", () => {
  it('is queued once, however many workers are refused there at once', async () => {
    const t = await openTestDb('sqlite');
    try {
      const now = Date.UTC(2026, 5, 1);
      await t.db.kysely.insertInto('digest_channels').values({ platform: 'discord', workspace_id: 'G1', channel_id: '100', enabled: 1, set_by: 'discord:555', updated_at: 7 }).execute();
      const row = (kind: string) => ({ platform: 'discord', workspace_id: 'G1', channel_id: '100', kind }) as OutboxRow;
      await queueAccessLostNotice(t.db, row('thread_live'), 'Missing Access', now);
      await queueAccessLostNotice(t.db, row('alert'), 'Missing Access', now + 5);
      const notices = await t.db.kysely.selectFrom('outbox').select(['channel_id', 'kind']).execute();
      expect(notices).toEqual([{ channel_id: 'dm:555', kind: 'access_lost' }]);
    } finally {
      await t.cleanup();
    }
  });
});
