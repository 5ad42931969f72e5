import { App } from '@slack/bolt';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordAgent } from '../../src/bots/discord/agent.ts';
import { discordSender } from '../../src/bots/discord/send.ts';
import { slackSender } from '../../src/bots/slack/send.ts';
import { runCommand } from '../../src/commands/index.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { describe as describeExpression, evaluate, parseExpression } from '../../src/core/alerts/expression.ts';
import { defaultClassifier } from '../../src/core/classifier.ts';
import { commandContext } from '../../src/core/context.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { buildOutboxReply } from '../../src/core/outbox/build.ts';
import { deliverDue, type OutboxRow } from '../../src/core/outbox/worker.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack.ts';
import { silentLog, testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const MAY = 47975571;
const SUBSCRIBED_AT = Date.UTC(2026, 4, 3, 11); // when the 2026-05-03 snapshot was recorded

describe('expressions', () => {
  const id = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  it.each([
    ['rust', ['Rust'], true],
    ['rust or go', ['Go'], true],
    ['python and not django', ['Python', 'Django'], false],
    ['python and not django', ['Python'], true],
    ['(rust or go) and kubernetes', ['Go', 'Kubernetes'], true],
    ['(rust or go) and kubernetes', ['Go'], false],
  ])('%s on %j → %s', (expr, skills, expected) => {
    expect(evaluate(parseExpression(expr, id), new Set(skills))).toBe(expected);
  });
  it('refuses malformed expressions clearly', () => {
    for (const bad of ['rust or', '(rust', 'and go', '']) expect(() => parseExpression(bad, id)).toThrow(/skill|parenthesis|expression/);
  });

  it.each([
    ['rust or go or python', 'Rust or Go or Python'],
    ['(rust or go) and not java', '(Rust or Go) and not Java'],
    ['rust and (go or python)', 'Rust and (Go or Python)'],
    ['not (rust or go) and python', 'not (Rust or Go) and Python'],
    ['rust or (go and python)', 'Rust or Go and Python'],
  ])('writes %s back with only the parentheses it needs: %s', (expr, written) => {
    expect(describeExpression(parseExpression(expr, id))).toBe(written);
  });

  it('reads back what it writes to the same matches, within the words a user may type', () => {
    // Random expressions over four skills, each checked on every set of them.
    const names = ['rust', 'go', 'python', 'java'];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const gen = (depth: number): string => {
      const k = depth > 3 ? 0 : rnd(4);
      if (k === 0) return names[rnd(4)]!;
      if (k === 1) return `not ${gen(depth + 1)}`;
      return `(${gen(depth + 1)} ${k === 2 ? 'and' : 'or'} ${gen(depth + 1)})`;
    };
    for (let n = 0; n < 300; n++) {
      const e = parseExpression(gen(0), id);
      const back = parseExpression(describeExpression(e), (w) => w, Number.POSITIVE_INFINITY);
      for (let mask = 0; mask < 16; mask++) {
        const skills = new Set(names.filter((_, b) => mask & (1 << b)).map(id));
        expect(evaluate(back, skills)).toBe(evaluate(e, skills));
      }
    }
    // Eleven skills joined by "or" (21 words) were written back as 59 with parentheses, over the limit.
    const eleven = 'rust or go or python or java or ruby or elixir or scala or kotlin or swift or haskell or ocaml';
    expect(() => parseExpression(describeExpression(parseExpression(eleven, id)), (w) => w)).not.toThrow();
  });
});

describe('alerts: new postings matched once, delivered as one message per subscription', () => {
  let replay: HnReplay;
  let t: TestDb;
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let discordCtx: CommandContext;
  let slackCtx: CommandContext;
  let deletedId: number;

  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
    discord = await startFakeDiscord();
    slack = await startFakeSlack();
    replay.useSnapshot(MAY, '2026-05-03');
    await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => SUBSCRIBED_AT });
    const base = await commandContext(t.db, { nowMs: SUBSCRIBED_AT });
    discordCtx = { ...base, userKey: 'discord:444', place: { platform: 'discord', workspaceId: 'G1', channelId: '100' }, isAdmin: false };
    slackCtx = { ...base, userKey: 'slack:T1:U9', place: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, isAdmin: true };
  });
  afterAll(async () => {
    await discord?.close();
    await slack?.close();
    await t?.cleanup();
    await replay?.close();
  });

  it('/subscribe, /subscriptions and /unsubscribe, with a clear limit and permission', async () => {
    expect((await runCommand('subscribe', { skill: 'python or typescript' }, discordCtx)).title).toBe('Alert #1 created');
    expect((await runCommand('subscribe', { skill: 'rust and not go', remote: 'remote' }, slackCtx)).kind).toBe('ok');
    expect((await runCommand('subscribe', { skill: 'go', where: 'channel' }, discordCtx)).summary).toMatch(/Only admins/);
    expect((await runCommand('subscribe', { skill: 'not java' }, discordCtx)).summary).toMatch(/at least one skill/);
    expect((await runCommand('subscribe', { skill: 'pyhton or go' }, discordCtx)).summary).toMatch(/Did you mean Python/);
    const temp = await runCommand('subscribe', { skill: 'cobol' }, discordCtx);
    const list = await runCommand('subscriptions', {}, discordCtx);
    expect(list.table?.rows.map((r) => r[1])).toEqual(['Python or TypeScript', 'COBOL']);
    const tempId = temp.title.match(/#(\d+)/)![1]!;
    expect((await runCommand('unsubscribe', { id: tempId }, slackCtx)).kind).toBe('error'); // not theirs
    expect((await runCommand('unsubscribe', { id: tempId }, discordCtx)).kind).toBe('ok');
    // A second alert of the same person: their matches still arrive as one message per crawl.
    expect((await runCommand('subscribe', { skill: 'rust' }, discordCtx)).kind).toBe('ok');
    // A stored expression that cannot be read (an older version's, edited by hand) must never stop
    // the others' alerts: the crawl below still matches every other subscription.
    await t.db.kysely
      .insertInto('subscriptions')
      .values({ platform: 'discord', workspace_id: 'G1', user_id: 'discord:555', channel_id: 'dm:555', expression: 'Rust or (', filters: '{}', created_at: SUBSCRIBED_AT })
      .execute();
  });

  it('after the next crawl, only postings that arrived after the subscription are alerted, once', async () => {
    const db = t.db;
    replay.useSnapshot(MAY, 'final');
    // One new posting is deleted before we ever see it: it must not be alerted.
    const final = await (await fetch(`${replay.baseUrl}/item/${MAY}.json`)).json() as { kids: number[] };
    const known = new Set((await db.kysely.selectFrom('postings').select('id').execute()).map((r) => r.id));
    deletedId = final.kids.find((k) => !known.has(k))!;
    replay.setItem(deletedId, { id: deletedId, deleted: true, parent: MAY, time: Math.floor(SUBSCRIBED_AT / 1000) + 3600, type: 'comment' });
    const now = Date.UTC(2026, 4, 5, 21);
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => now });

    // The independent check: scan the stored classifications of live postings made after the subscription.
    const rows = await db.kysely
      .selectFrom('postings as p')
      .innerJoin('classifications as c', 'c.posting_id', 'p.id')
      .select(['p.id', 'p.time', 'p.status', 'c.result'])
      .where('c.classifier_version', '=', defaultClassifier.version)
      .execute();
    const expected = rows
      .filter((r) => r.status === 'live' && (r.time ?? 0) >= SUBSCRIBED_AT / 1000)
      .filter((r) => {
        const res = JSON.parse(r.result) as { is_job_posting: boolean; skills: string[] };
        return res.is_job_posting && (res.skills.includes('Python') || res.skills.includes('TypeScript'));
      })
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const matched = (await db.kysely.selectFrom('alert_matches').select('posting_id').where('subscription_id', '=', 1).execute()).map((r) => r.posting_id).sort();
    expect(matched).toEqual(expected);
    expect(matched).not.toContain(deletedId);
    const alerts = await db.kysely.selectFrom('outbox').selectAll().where('kind', '=', 'alert').execute();
    // The Slack subscription: "rust and not go", remote only, checked the same independent way.
    const remoteOf = new Map((await db.kysely.selectFrom('posting_facts').select(['posting_id', 'remote']).execute()).map((r) => [r.posting_id, r.remote]));
    const expectedSlack = rows
      .filter((r) => r.status === 'live' && (r.time ?? 0) >= SUBSCRIBED_AT / 1000 && remoteOf.get(r.id) === 'remote')
      .filter((r) => {
        const res = JSON.parse(r.result) as { is_job_posting: boolean; skills: string[] };
        return res.is_job_posting && res.skills.includes('Rust') && !res.skills.includes('Go');
      })
      .map((r) => r.id)
      .sort();
    const matchedSlack = (await db.kysely.selectFrom('alert_matches').select('posting_id').where('subscription_id', '=', 2).execute()).map((r) => r.posting_id).sort();
    expect(matchedSlack).toEqual(expectedSlack);
    const dm = alerts.filter((a) => a.channel_id === 'dm:444');
    expect(dm).toHaveLength(1);
    expect((JSON.parse(dm[0]!.payload) as { alerts: unknown[] }).alerts).toHaveLength(2);

    // The same crawl again: nothing new to alert.
    await runCrawl(testApp(db, testClient(replay.baseUrl)), { kind: 'thread', id: MAY }, { now: () => now + 3600_000 }, );
    expect(await db.kysely.selectFrom('outbox').selectAll().where('kind', '=', 'alert').execute()).toHaveLength(alerts.length);
  });

  it('alerts go out by DM, one message listing the matches', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the agent's undici type is not the one TypeScript sees
    const rest = new REST({ api: discord.apiUrl, offset: 0, agent: discordAgent() as any }).setToken('fake.token.value');
    const app = new App({ token: 'xoxb-fake', signingSecret: 'x', tokenVerificationEnabled: false, clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true } });
    const r = await deliverDue(t.db, { senders: { discord: discordSender(rest), slack: slackSender(app) }, build: (row) => buildOutboxReply(t.db, row), log: silentLog });
    expect(r.sent).toBeGreaterThanOrEqual(1);
    expect(discord.requests.some((q) => q.path === '/api/v10/users/@me/channels' && (q.json as { recipient_id: string }).recipient_id === '444')).toBe(true);
    const dm = discord.channelMessages.get('7444')!;
    expect(dm).toHaveLength(1);
    expect(JSON.stringify(dm[0]!.body)).toMatch(/new postings? for Python or TypeScript/);
    // Each alert message carries a button that stops the alert.
    expect(JSON.stringify((dm[0]!.body as { components: unknown }).components)).toContain('"custom_id":"unsubscribe:1"');
    expect((await deliverDue(t.db, { senders: { discord: discordSender(rest), slack: slackSender(app) }, build: (row) => buildOutboxReply(t.db, row), log: silentLog })).sent).toBe(0);
  });

  it('a person whose last alert by DM was refused is told so by /subscriptions', async () => {
    expect((await runCommand('subscriptions', {}, discordCtx)).summary).not.toMatch(/could not be sent/);
    const last = await t.db.kysely.selectFrom('outbox').select('id').where('channel_id', '=', 'dm:444').orderBy('id', 'desc').executeTakeFirstOrThrow();
    // As the worker leaves it when Discord answers "Cannot send messages to this user" (50007).
    await t.db.kysely.updateTable('outbox').set({ status: 'disabled', last_error: 'Discord channel dm:444: Cannot send messages to this user' }).where('id', '=', last.id).execute();
    expect((await runCommand('subscriptions', {}, discordCtx)).summary).toMatch(/Your last alert could not be sent: Discord refused a direct message to you\. Allow direct messages/);
    await t.db.kysely.updateTable('outbox').set({ status: 'sent', last_error: null }).where('id', '=', last.id).execute();
  });

  it('an alert removed, or whose postings all died, before it is sent is dropped, not sent empty', async () => {
    const row = (alerts: unknown) => ({ kind: 'alert', payload: JSON.stringify({ alerts }) }) as OutboxRow;
    expect(await buildOutboxReply(t.db, row([{ subscriptionId: 999, postingIds: [1] }]))).toEqual({ dropped: expect.stringContaining('removed') });
    expect(await buildOutboxReply(t.db, row([{ subscriptionId: 1, postingIds: [deletedId] }]))).toEqual({ dropped: expect.stringContaining('deleted or died') });
    // A dead posting beside live ones: counted and listed as the live ones alone.
    const live = (await t.db.kysely.selectFrom('alert_matches').select('posting_id').where('subscription_id', '=', 1).execute()).map((r) => r.posting_id);
    const reply = await buildOutboxReply(t.db, row([{ subscriptionId: 1, postingIds: [deletedId, live[0]!] }]));
    expect(reply).toMatchObject({ title: '1 new posting for Python or TypeScript' });
  });
});
