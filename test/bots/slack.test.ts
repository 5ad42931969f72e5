import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHomeAdmin, SlackAdapter } from '../../src/bots/slack/adapter.ts';
import { argsFromSlackText, linksLine, plainSlackText, renderSlack } from '../../src/bots/slack/render.ts';
import { findCommand } from '../../src/commands/index.ts';
import { defaultClassifier } from '../../src/core/classifier.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { reclassifyAll } from '../../src/core/db/classifications.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { type FakeSlack, slackSignature, slashBody, startFakeSlack } from '../fakes/slack.ts';
import { silentLog, testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const SECRET = 'test-signing-secret';

describe('Slack over HTTP, with the real @slack/bolt against a local fake', () => {
  let replay: HnReplay;
  let t: TestDb;
  let slack: FakeSlack;
  let adapter: SlackAdapter;
  let url: string;
  let n = 0;

  async function post(text: string, command: string, opts: { secret?: string; ts?: number; user?: string; channel?: Record<string, string> } = {}) {
    const responseUrl = `${slack.base}/commands/${++n}`;
    const fields = new URLSearchParams(slashBody(command, text, responseUrl, opts.user));
    for (const [k, v] of Object.entries(opts.channel ?? {})) fields.set(k, v);
    const body = fields.toString();
    const ts = opts.ts ?? Math.floor(Date.now() / 1000);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSignature(opts.secret ?? SECRET, ts, body),
      },
      body,
    });
    return { res, responsePath: `/commands/${n}` };
  }

  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
    await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'since', month: '2026-01' });
    const victim = await t.db.kysely.selectFrom('postings').select('id').where('thread_id', '=', 47975571).orderBy('time', 'desc').executeTakeFirstOrThrow();
    await t.db.kysely
      .updateTable('postings')
      .set({ text: 'Pingers Inc | &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; @everyone | Remote<p>Rust engineers' })
      .where('id', '=', victim.id)
      .execute();
    await reclassifyAll(t.db, defaultClassifier, { force: true });
    slack = await startFakeSlack();
    adapter = new SlackAdapter({ botToken: 'xoxb-fake', signingSecret: SECRET, apiUrl: slack.apiUrl, db: t.db, log: silentLog, port: 0, host: '127.0.0.1' });
    await adapter.start();
    url = `http://127.0.0.1:${adapter.port}/slack/events`;
  });
  afterAll(async () => {
    await adapter?.stop();
    await slack?.close();
    await t?.cleanup();
    await replay?.close();
  });

  it('a signed /trend is acknowledged and answered with Block Kit through response_url, chart uploaded', async () => {
    const started = Date.now();
    const { res, responsePath } = await post('rust 12 vs:go', '/trend');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const answer = await slack.waitFor((c) => c.path === responsePath);
    const body = answer.json as { response_type: string; blocks: { type: string; text?: { text: string } }[] };
    expect(body.response_type).toBe('in_channel');
    expect(body.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Rust vs Go: share of postings, last 12 months' } });
    expect(body.blocks.some((b) => b.type === 'section' && /Rust is in/.test(b.text?.text ?? ''))).toBe(true);
    expect(body.blocks.at(-1)?.type).toBe('context');
    await slack.waitFor((c) => c.path === '/api/files.completeUploadExternal');
    expect(slack.calls.some((c) => c.path === '/upload/F1')).toBe(true);
    expect(slack.calls.find((c) => c.path === '/api/files.getUploadURLExternal')?.headers.authorization).toBe('Bearer xoxb-fake');
  });

  it('asks Slack who the bot is once, at start, never before acking a command', async () => {
    const before = slack.calls.filter((c) => c.path.startsWith('/api/auth.test')).length;
    for (let k = 0; k < 3; k++) {
      const { responsePath } = await post('', '/about');
      await slack.waitFor((c) => c.path === responsePath);
    }
    expect(before).toBe(1);
    expect(slack.calls.filter((c) => c.path.startsWith('/api/auth.test')).length).toBe(1);
  });

  it('a wrong signature and a timestamp older than 5 minutes get 401 and run nothing', async () => {
    const before = slack.calls.length;
    const bad = await post('rust', '/trend', { secret: 'wrong' });
    expect(bad.res.status).toBe(401);
    const stale = await post('rust', '/trend', { ts: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.calls.length).toBe(before);
  });

  it('mentions inside postings are escaped and never notify', async () => {
    const { responsePath } = await post('rust', '/jobs');
    const answer = await slack.waitFor((c) => c.path === responsePath);
    const text = JSON.stringify(answer.json);
    expect(text).toContain('Pingers');
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toMatch(/<!channel>|<!here>|<@U123>/);
  });

  it('choosing the digest channel needs a workspace admin', async () => {
    const denied = await post('', '/digest-channel');
    expect(JSON.stringify((await slack.waitFor((c) => c.path === denied.responsePath)).json)).toMatch(/workspace admins/);
    const allowed = await post('', '/digest-channel', { user: 'UADMIN' });
    await slack.waitFor((c) => c.path === allowed.responsePath);
    const row = await t.db.kysely.selectFrom('digest_channels').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ platform: 'slack', workspace_id: 'T1', channel_id: 'C1', enabled: 1, set_by: 'slack:T1:UADMIN' });
  });

  it("in a Slack Connect channel, another organisation's admin is no admin here", async () => {
    const before = await t.db.kysely.selectFrom('digest_channels').selectAll().execute();
    const outsider = await post('', '/digest-channel', { user: 'UEXTADMIN', channel: { team_id: 'T9', channel_id: 'CSHARED' } });
    expect(JSON.stringify((await slack.waitFor((c) => c.path === outsider.responsePath)).json)).toMatch(/workspace admins/);
    expect(await t.db.kysely.selectFrom('digest_channels').selectAll().execute()).toEqual(before);
    // On Enterprise Grid, an admin of another workspace of the same organisation is one of ours.
    const home = { teamId: 'T1', enterpriseId: 'E1' };
    expect(isHomeAdmin({ is_admin: true, team_id: 'T2', enterprise_user: { enterprise_id: 'E1' } }, home)).toBe(true);
    expect(isHomeAdmin({ is_admin: true, team_id: 'T2', enterprise_user: { enterprise_id: 'E2' } }, home)).toBe(false);
    expect(isHomeAdmin({ is_owner: true, team_id: 'T1' }, { teamId: 'T1' })).toBe(true);
    expect(isHomeAdmin({ is_admin: false, team_id: 'T1' }, { teamId: 'T1' })).toBe(false);
  });

  it('a channel the bot is not in is refused for digests and channel alerts, with how to invite it', async () => {
    const before = await t.db.kysely.selectFrom('digest_channels').selectAll().execute();
    for (const channel_id of ['CNOTIN', 'CPRIVATE']) {
      const { responsePath } = await post('', '/digest-channel', { user: 'UADMIN', channel: { channel_id } });
      const answer = (await slack.waitFor((c) => c.path === responsePath)).json as { response_type: string };
      expect(answer.response_type).toBe('ephemeral');
      expect(JSON.stringify(answer)).toContain('I cannot post in this channel: I am not in it (invite me first: /invite @hiring-radar)');
    }
    const alert = await post('rust where:channel', '/subscribe', { user: 'UADMIN', channel: { channel_id: 'CNOTIN' } });
    expect(JSON.stringify((await slack.waitFor((c) => c.path === alert.responsePath)).json)).toContain('/invite @hiring-radar');
    expect(await t.db.kysely.selectFrom('digest_channels').selectAll().execute()).toEqual(before);
    expect(await t.db.kysely.selectFrom('subscriptions').selectAll().where('channel_id', '=', 'CNOTIN').execute()).toEqual([]);
    // An app installed without the read scopes cannot tell: the choice is taken, as before.
    const unsure = await post('', '/digest-channel', { user: 'UADMIN', channel: { channel_id: 'CNOSCOPE' } });
    expect(JSON.stringify((await slack.waitFor((c) => c.path === unsure.responsePath)).json)).toContain('Digests will be posted here');
    await t.db.kysely.updateTable('digest_channels').set({ channel_id: 'C1' }).where('workspace_id', '=', 'T1').execute();
  });

  it('in a DM, the digest channel is refused as a setting for a channel', async () => {
    const dm = await post('', '/digest-channel', { user: 'UADMIN', channel: { channel_id: 'D1', channel_name: 'directmessage' } });
    const answer = await slack.waitFor((c) => c.path === dm.responsePath);
    expect(JSON.stringify(answer.json)).toMatch(/belongs to a Discord server or Slack workspace/);
  });

  it("a person's alerts are answered to them alone; a chart that cannot be posted is said to be missing", async () => {
    const list = await post('', '/subscriptions');
    expect((await slack.waitFor((c) => c.path === list.responsePath)).json).toMatchObject({ response_type: 'ephemeral' });
    const notIn = await post('rust', '/trend', { channel: { channel_id: 'CNOTIN' } });
    const answers = () => slack.calls.filter((c) => c.path === notIn.responsePath);
    await slack.waitFor((c) => c.path === notIn.responsePath && JSON.stringify(c.json).includes('could not be posted'));
    expect(answers()).toHaveLength(2);
    expect(answers()[1]!.json).toMatchObject({ response_type: 'ephemeral', text: 'The chart could not be posted: invite hiring-radar to this channel to see charts here.' });
  });

  it('a channel alert needs a workspace admin, and Slack is asked', async () => {
    const denied = await post('rust where:channel', '/subscribe');
    expect(JSON.stringify((await slack.waitFor((c) => c.path === denied.responsePath)).json)).toMatch(/Only admins/);
    const allowed = await post('rust or go where:channel', '/subscribe', { user: 'UADMIN' });
    expect(JSON.stringify((await slack.waitFor((c) => c.path === allowed.responsePath)).json)).toMatch(/Alert #\d+ created/);
    const row = await t.db.kysely.selectFrom('subscriptions').selectAll().where('user_id', '=', 'UADMIN').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ channel_id: 'C1', expression: 'Rust or Go' });
    await t.db.kysely.deleteFrom('subscription_skills').where('subscription_id', '=', row.id).execute();
    await t.db.kysely.deleteFrom('subscriptions').where('id', '=', row.id).execute();
  });

  /**
   * Clicks "Stop alert" on a new subscription (`sub`'s columns), as `from` (the payload's team,
   * enterprise, user and channel); the alert must be removed, answered through response_url.
   */
  async function clickStop(n: number, sub: { workspace_id: string; user_id: string; channel_id: string }, from: Record<string, unknown>) {
    const row = await t.db.kysely
      .insertInto('subscriptions')
      .values({ platform: 'slack', ...sub, expression: 'Rust', filters: '{}', created_at: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const payload = {
      type: 'block_actions',
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: `1.2.${n}`,
      response_url: `${slack.base}/actions/${n}`,
      actions: [{ type: 'button', action_id: 'hr_action_0', block_id: 'b1', value: `unsubscribe:${row.id}`, text: { type: 'plain_text', text: 'Stop' }, action_ts: '1' }],
      ...from,
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': slackSignature(SECRET, ts, body) },
      body,
    });
    expect(res.status).toBe(200);
    const answer = await slack.waitFor((c) => c.path === `/actions/${n}`);
    expect(JSON.stringify(answer.json)).toContain(`Alert #${row.id} removed`);
    expect(await t.db.kysely.selectFrom('subscriptions').selectAll().where('id', '=', row.id).executeTakeFirst()).toBeUndefined();
  }

  it('the "Stop alert" button removes the clicker\'s alert', async () => {
    await clickStop(1, { workspace_id: 'T1', user_id: 'U1', channel_id: 'dm:U1' }, {
      team: { id: 'T1', domain: 'acme' },
      user: { id: 'U1', username: 'asker', team_id: 'T1' },
      channel: { id: 'D1', name: 'directmessage' },
    });
  });

  it("in an org-wide install (no team, an enterprise), an admin's button stops a channel alert of the organisation", async () => {
    await clickStop(2, { workspace_id: 'E1', user_id: 'U7', channel_id: 'C1' }, {
      team: null,
      enterprise: { id: 'E1', name: 'Acme Org' },
      is_enterprise_install: true,
      user: { id: 'UADMIN', username: 'admin', team_id: 'T1' },
      channel: { id: 'C1', name: 'jobs' },
    });
  });

  it('mistakes are answered ephemerally', async () => {
    const { responsePath } = await post('rustt', '/trend');
    const answer = await slack.waitFor((c) => c.path === responsePath);
    expect(answer.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(answer.json)).toMatch(/Did you mean Rust/);
  });

  // Last in this block: it stops the adapter.
  it('while stopping: a reply in flight finishes, a new command is told to try again', async () => {
    // The first reply's answer is held 1.5 s by Slack, so it is in flight when the stop begins.
    slack.setResponseLatency(1500);
    try {
      const first = await post('go', '/trend');
      expect(first.res.status).toBe(200);
      await slack.waitFor((c) => c.path === first.responsePath);
      const stopped = adapter.stop();
      const second = await post('rust', '/trend');
      expect(second.res.status).toBe(200);
      const told = await slack.waitFor((c) => c.path === second.responsePath);
      expect(told.json).toMatchObject({ response_type: 'ephemeral', text: 'hiring-radar is restarting: try again in a minute.' });
      await stopped;
      const answered = slack.calls.filter((c) => c.path === first.responsePath);
      expect(answered).toHaveLength(1);
      expect(JSON.stringify(answered[0]!.json)).toContain('Go: share of postings');
    } finally {
      slack.setResponseLatency(0);
    }
  });
});

describe('Slack text arguments and rendering', () => {
  it('parses positional, named and quoted arguments', () => {
    const trend = findCommand('trend')!;
    expect(argsFromSlackText(trend, 'rust 24 vs:go')).toEqual({ skill: 'rust', months: '24', vs: 'go' });
    expect(argsFromSlackText(findCommand('compare')!, 'rust go zig')).toEqual({ skills: ['rust', 'go', 'zig'] });
    expect(argsFromSlackText(findCommand('jobs')!, 'python remote:remote country:DE')).toEqual({ skill: 'python', remote: 'remote', country: 'DE' });
    // An expression without quotes, or in the curly quotes phones type.
    expect(argsFromSlackText(findCommand('subscribe')!, 'rust or go remote:remote')).toEqual({ skill: 'rust or go', remote: 'remote' });
    expect(argsFromSlackText(findCommand('subscribe')!, '“python and not django” where:channel')).toEqual({ skill: 'python and not django', where: 'channel' });
    // A month where the category could be; a name every object has is no option.
    expect(argsFromSlackText(findCommand('top')!, '2024-09')).toEqual({ month: '2024-09' });
    expect(Object.hasOwn(argsFromSlackText(findCommand('trend')!, 'rust constructor:x'), 'constructor')).toBe(false);
  });
  it("reads Slack's escaping back to what was typed: & < >, links, channels and mentions", () => {
    expect(plainSlackText('weights &amp; biases')).toBe('weights & biases');
    expect(plainSlackText('a &lt;b&gt; <https://x.io|x.io> <#C1|general> <@U1> <mailto:a@b.c|a@b.c>')).toBe('a <b> x.io general @U1 a@b.c');
    expect(argsFromSlackText(findCommand('trend')!, '"weights &amp; biases" 24')).toEqual({ skill: 'weights & biases', months: '24' });
  });

  it('never cuts an escape in half when a text is too long', () => {
    const r = renderSlack({ kind: 'ok', title: 'x', summary: '&'.repeat(2000), table: { columns: ['a'], rows: Array.from({ length: 30 }, () => ['&'.repeat(100)]) } });
    for (const b of r.blocks) {
      const text = (b as { text?: { text?: string } }).text?.text ?? '';
      expect(text.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
    }
  });

  it('renders actions as buttons carrying the command to run', () => {
    const r = renderSlack({ kind: 'ok', title: 'x', summary: 'y', actions: [{ label: 'Stop alert #3', id: 'unsubscribe:3' }] });
    expect(r.blocks.find((b) => b.type === 'actions')).toMatchObject({ elements: [{ type: 'button', value: 'unsubscribe:3', action_id: 'hr_action_0' }] });
  });

  it('stays within 50 blocks and escapes & < >', () => {
    const r = renderSlack({
      kind: 'ok',
      title: 'x',
      summary: 'a & b <!channel>',
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `<@U${i}>`, value: 'v' })),
    });
    expect(r.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(r.blocks)).not.toMatch(/<!channel>|<@U\d/);
  });

  it('defuses a bare @here, @channel or @everyone, and leaves addresses as written', () => {
    const r = renderSlack({ kind: 'ok', title: 'x', summary: '@here Acme | @Channel | (@everyone) jobs@here.com', fields: [{ name: '@here', value: 'x' }] });
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/(?<![\w.+-])@(here|channel|everyone)/i);
    expect(r.blocks[1]).toMatchObject({ text: { text: '@\u200bhere Acme | @\u200bChannel | (@\u200beveryone) jobs@here.com' } });
  });

  it('keeps every link whole: labels shortened, links that do not fit left out, never a cut "<url|label"', () => {
    const links = Array.from({ length: 10 }, (_, i) => ({ url: `https://news.ycombinator.com/item?id=${i}`, label: `Acme & ${i} `.repeat(60) }));
    const line = linksLine(links);
    expect(line.length).toBeLessThanOrEqual(3000);
    const parts = line.split('  ·  ');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.length).toBeLessThan(10);
    for (const part of parts) expect(part).toMatch(/^<https:\/\/news\.ycombinator\.com\/item\?id=\d\|[^<>]{1,1000}…>$/);
    const r = renderSlack({ kind: 'ok', title: 'x', summary: 'y', links });
    expect(r.blocks.at(-1)).toMatchObject({ text: { text: line } });
  });
});

describe('Slack in Socket Mode and through the Web API', () => {
  let replay: HnReplay;
  let t: TestDb;
  let slack: FakeSlack;
  let adapter: SlackAdapter;

  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
    await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'thread', id: 47975571 });
    slack = await startFakeSlack();
    adapter = new SlackAdapter({ botToken: 'xoxb-fake', appToken: 'xapp-fake', apiUrl: slack.apiUrl, db: t.db, log: silentLog });
    await adapter.start();
    await slack.socketConnected;
  });
  afterAll(async () => {
    await adapter?.stop();
    await slack?.close();
    await t?.cleanup();
    await replay?.close();
  });

  it('a slash-command envelope over the socket is acknowledged and answered', async () => {
    slack.sendEnvelope({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: Object.fromEntries(new URLSearchParams(slashBody('/top', '', `${slack.base}/commands/socket-1`))),
    });
    const answer = await slack.waitFor((c) => c.path === '/commands/socket-1');
    expect(slack.acks.map((a) => a.envelope_id)).toContain('env-1');
    expect(slack.calls.find((c) => c.path === '/api/apps.connections.open')?.headers.authorization).toBe('Bearer xapp-fake');
    expect((answer.json as { blocks: { type: string }[] }).blocks[0]?.type).toBe('header');
  });

  it('chat.postMessage reaches the Web API with the blocks and no unfurling', async () => {
    const ts = await adapter.postMessage('C42', { kind: 'ok', title: 'Digest', summary: 'a <!here> b' });
    expect(ts).toBeTruthy();
    const call = slack.calls.find((c) => c.path === '/api/chat.postMessage')!;
    const body = call.json as Record<string, string>;
    expect(body.channel).toBe('C42');
    expect(body.blocks).toContain('a &lt;!here&gt; b');
    expect(body.unfurl_links).toBe('false');
  });
});
