import { type ChatInputCommandInteraction, PermissionsBitField, REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAdapter, missingPostPermissions } from '../../src/bots/discord/adapter.ts';
import { discordCommands } from '../../src/bots/discord/definitions.ts';
import { discordLinksLine, renderDiscord } from '../../src/bots/discord/render.ts';
import { deliverDue } from '../../src/core/outbox/worker.ts';
import { seedOutbox } from '../helpers/outbox.ts';
import { registerDiscordCommands } from '../../src/bots/discord/register.ts';
import { commands } from '../../src/commands/index.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { APP_ID, type FakeDiscord, slashInteraction, startFakeDiscord } from '../fakes/discord.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { silentLog, testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const NO_PINGS = { parse: [], users: [], roles: [], replied_user: false };

describe("a reply's links on Discord", () => {
  it('are markdown links after the text, whole ones only, labels that cannot break out of the link', () => {
    const msg = renderDiscord({ kind: 'ok', title: 't', summary: 'Sum.', links: [{ label: 'The May thread', url: 'https://news.ycombinator.com/item?id=1' }] });
    expect(msg.embeds[0]!.description).toBe('Sum.\n\n[The May thread](https://news.ycombinator.com/item?id=1)');
    const odd = discordLinksLine([{ label: 'Acme [remote] @everyone', url: 'https://x.test/a_(b)' }], 500);
    expect(odd).toBe('[Acme remote @\u200beveryone](https://x.test/a_%28b%29)');
    const many = Array.from({ length: 10 }, (_, i) => ({ label: `link ${i}`, url: `https://news.ycombinator.com/item?id=${i}` }));
    const cut = discordLinksLine(many, 120);
    expect(cut.length).toBeLessThanOrEqual(120);
    expect(cut.split(' · ').every((l) => /^\[link \d\]\(https:\/\/news\.ycombinator\.com\/item\?id=\d\)$/.test(l))).toBe(true);
  });
});

describe('the permissions a digest channel needs on Discord', () => {
  const asked = (bits: bigint, opts: { thread?: boolean; guild?: boolean } = {}) =>
    missingPostPermissions({
      inGuild: () => opts.guild !== false,
      appPermissions: new PermissionsBitField(bits),
      channel: { isThread: () => Boolean(opts.thread) },
    } as unknown as ChatInputCommandInteraction);
  const F = PermissionsBitField.Flags;

  it('names each one missing; a thread needs Send Messages in Threads; Administrator has them all', () => {
    expect(asked(F.ViewChannel | F.SendMessages | F.EmbedLinks | F.AttachFiles)).toBeNull();
    expect(asked(F.ViewChannel | F.EmbedLinks | F.AttachFiles)).toMatch(/^I lack the Send Messages permission here/);
    expect(asked(F.ViewChannel | F.SendMessages | F.EmbedLinks | F.AttachFiles, { thread: true })).toMatch(/^I lack the Send Messages in Threads permission here/);
    expect(asked(0n)).toMatch(/^I lack the View Channel, Send Messages, Embed Links, Attach Files permissions here/);
    expect(asked(F.Administrator)).toBeNull();
    // Alerts attach no chart: a channel where the bot may not attach files takes them.
    expect(missingPostPermissions({ inGuild: () => true, appPermissions: new PermissionsBitField(F.ViewChannel | F.SendMessages | F.EmbedLinks), channel: null } as unknown as ChatInputCommandInteraction, { files: false })).toBeNull();
    expect(asked(0n, { guild: false })).toBeNull();
  });
});

describe('Discord, with the real discord.js against a local fake', () => {
  let replay: HnReplay;
  let t: TestDb;
  let discord: FakeDiscord;
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
    await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'since', month: '2026-01' });
    // A posting that tries to ping everyone.
    await t.db.kysely
      .updateTable('postings')
      .set({ text: 'Pingers Inc | @everyone @here &lt;@123456789012345678&gt; | Remote<p>Rust engineers' })
      .where('id', '=', (await t.db.kysely.selectFrom('postings').select('id').where('thread_id', '=', 47975571).orderBy('time', 'desc').executeTakeFirstOrThrow()).id)
      .execute();
    const { reclassifyAll } = await import('../../src/core/db/classifications.ts');
    const { defaultClassifier } = await import('../../src/core/classifier.ts');
    await reclassifyAll(t.db, defaultClassifier, { force: true });
    discord = await startFakeDiscord();
    adapter = new DiscordAdapter({ token: 'fake.token.value', apiUrl: discord.apiUrl, db: t.db, log: silentLog, restOffset: 0 });
    await adapter.start();
    await discord.identified;
  });
  afterAll(async () => {
    await adapter?.stop();
    await discord?.close();
    await t?.cleanup();
    await replay?.close();
  });

  it('/trend rust: deferral, then an edit with an embed, the PNG and allowed_mentions that allow nothing', async () => {
    discord.sendInteraction(slashInteraction('trend', [{ name: 'skill', type: 3, value: 'rust' }], '900000000000000010'));
    const callback = await discord.waitFor((r) => r.path.includes('/interactions/900000000000000010/'));
    expect(callback.json).toMatchObject({ type: 5 });
    const edit = await discord.waitFor((r) => r.method === 'PATCH' && r.path.includes('token-900000000000000010'));
    const body = edit.json as { embeds: { title: string; description: string; image?: { url: string } }[]; allowed_mentions: unknown };
    expect(body.embeds[0]?.title).toMatch(/^Rust: share of postings/);
    expect(body.embeds[0]?.description).toMatch(/Rust is in/);
    expect(body.embeds[0]?.image?.url).toBe('attachment://chart.png');
    expect(edit.files).toEqual(['files[0]']);
    expect(edit.body).toContain('PNG');
    expect(body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('quoted @everyone, @here and <@id> from HN cannot ping', async () => {
    discord.sendInteraction(slashInteraction('jobs', [{ name: 'skill', type: 3, value: 'rust' }], '900000000000000011'));
    const edit = await discord.waitFor((r) => r.method === 'PATCH' && r.path.includes('token-900000000000000011'));
    expect(edit.body).toContain('Pingers');
    expect(edit.body).not.toMatch(/(?<!\u200b)@everyone|(?<!@\u200b)@here(?!\u200b)/);
    expect((edit.json as { allowed_mentions: unknown }).allowed_mentions).toEqual(NO_PINGS);
    expect(JSON.stringify(edit.json)).not.toMatch(/<@\d+>/);
  });

  it('skill options autocomplete from the taxonomy, most-mentioned first', async () => {
    const i = slashInteraction('trend', [], '900000000000000013');
    discord.sendInteraction({ ...i, type: 4, data: { ...i.data, options: [{ name: 'skill', type: 3, value: 'ru', focused: true }] } });
    const callback = await discord.waitFor((r) => r.path.includes('/interactions/900000000000000013/'));
    const body = callback.json as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.map((c) => c.name)).toContain('Rust');
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('choosing the digest channel needs the Manage Server permission', async () => {
    discord.sendInteraction(slashInteraction('digest-channel', [], '900000000000000014', '0'));
    const denied = await discord.waitFor((r) => r.path.includes('/interactions/900000000000000014/'));
    expect(JSON.stringify(denied.json)).toMatch(/Manage Server/);
    expect((denied.json as { data: { flags: number } }).data.flags & 64).toBe(64);
    discord.sendInteraction(slashInteraction('digest-channel', [], '900000000000000015', String(1 << 5)));
    await discord.waitFor((r) => r.method === 'PATCH' && r.path.includes('token-900000000000000015'));
    const row = await t.db.kysely.selectFrom('digest_channels').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ platform: 'discord', workspace_id: '222222222222222222', channel_id: '333333333333333333', enabled: 1 });
  });

  it('a channel where the bot may not post is refused for digests, naming the permissions it lacks', async () => {
    await t.db.kysely.deleteFrom('digest_channels').execute();
    // View Channel and Embed Links only: no Send Messages, no Attach Files.
    discord.sendInteraction(slashInteraction('digest-channel', [], '900000000000000030', String(1 << 5), String((1n << 10n) | (1n << 14n))));
    const told = await discord.waitFor((r) => r.method === 'POST' && r.path.includes('token-900000000000000030') && JSON.stringify(r.json).includes('I cannot post'));
    expect(JSON.stringify(told.json)).toContain('I lack the Send Messages, Attach Files permissions here');
    expect((told.json as { flags: number }).flags & 64).toBe(64);
    expect(await t.db.kysely.selectFrom('digest_channels').selectAll().execute()).toEqual([]);
  });

  it('the "Stop alert" button on an alert removes the clicker\'s own alert', async () => {
    const sub = await t.db.kysely
      .insertInto('subscriptions')
      .values({ platform: 'discord', workspace_id: '222222222222222222', user_id: '444444444444444444', channel_id: 'dm:444444444444444444', expression: 'Rust', filters: '{}', created_at: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const base = slashInteraction('x', [], '900000000000000016');
    discord.sendInteraction({ ...base, type: 3, message: { id: '1', channel_id: '333333333333333333', content: '', embeds: [], components: [], author: { id: APP_ID, username: 'hr', discriminator: '0', avatar: null }, timestamp: new Date().toISOString(), type: 0, attachments: [] }, data: { custom_id: `unsubscribe:${sub.id}`, component_type: 2 } });
    // Deferred at once (ephemeral), then the answer: the database work never costs the 3 seconds.
    const callback = await discord.waitFor((r) => r.path.includes('/interactions/900000000000000016/'));
    expect(callback.json).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await discord.waitFor((r) => r.method === 'PATCH' && r.path.includes('token-900000000000000016'));
    expect(JSON.stringify(edit.json)).toContain(`Alert #${sub.id} removed`);
    expect(await t.db.kysely.selectFrom('subscriptions').selectAll().where('id', '=', sub.id).executeTakeFirst()).toBeUndefined();
  });

  it('a rate limit on one channel is handed back to the outbox, not waited out while others wait', async () => {
    await seedOutbox(t.db, 2, 801, 'limit');
    discord.rateLimitNext('/channels/801/messages', 20);
    const started = performance.now();
    const r = await deliverDue(t.db, { senders: { discord: adapter.sender(), slack: async () => 'ts' }, build: async () => ({ kind: 'ok', title: 'x', summary: 'y' }), log: silentLog });
    // The 20 s wait is the row's own: the other channel's message went out at once.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r).toMatchObject({ sent: 3, retried: 1 });
    const row = await t.db.kysely.selectFrom('outbox').select(['status', 'next_attempt_at', 'last_error']).where('channel_id', '=', '801').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', last_error: expect.stringContaining('rate limited') });
    expect(row.next_attempt_at - Date.now()).toBeGreaterThan(15_000);
  });

  it('an answer Discord refuses is replaced by a short one, never left "thinking"', async () => {
    discord.refuseNextEdits(1);
    discord.sendInteraction(slashInteraction('trend', [{ name: 'skill', type: 3, value: 'rust' }], '900000000000000024'));
    const edits = async () => discord.requests.filter((r) => r.method === 'PATCH' && r.path.includes('token-900000000000000024'));
    await discord.waitFor((r) => r.method === 'PATCH' && r.path.includes('token-900000000000000024') && JSON.stringify(r.json).includes('Discord refused the full answer'));
    expect((await edits()).length).toBe(2);
  });

  it("a person's alerts are answered to them alone", async () => {
    discord.sendInteraction(slashInteraction('subscriptions', [], '900000000000000031'));
    const callback = await discord.waitFor((r) => r.path.includes('/interactions/900000000000000031/'));
    expect(callback.json).toMatchObject({ type: 5, data: { flags: 64 } });
  });

  it('in a DM with the bot, alerts can be made, listed and stopped; server settings say to use a server', async () => {
    const dm = (name: string, options: { name: string; type: number; value: string }[], id: string) => {
      const { guild_id, member, channel, ...rest } = slashInteraction(name, options, id);
      return { ...rest, channel_id: '777777777777777777', channel: { id: '777777777777777777', type: 1 }, user: member.user, context: 1 };
    };
    const answer = async (id: string) => JSON.stringify((await discord.waitFor((r) => (r.method === 'PATCH' && r.path.includes(`token-${id}`)) || (r.path.includes(`/interactions/${id}/`) && (r.json as { type: number }).type === 4))).json);
    discord.sendInteraction(dm('subscribe', [{ name: 'skill', type: 3, value: 'rust or go' }], '900000000000000021'));
    expect(await answer('900000000000000021')).toMatch(/Alert #\d+ created/);
    discord.sendInteraction(dm('subscriptions', [], '900000000000000022'));
    expect(await answer('900000000000000022')).toMatch(/Rust or Go/);
    discord.sendInteraction(dm('digest-channel', [], '900000000000000023'));
    expect(await answer('900000000000000023')).toMatch(/belongs to a Discord server or Slack workspace/);
    const row = await t.db.kysely.selectFrom('subscriptions').selectAll().where('expression', '=', 'Rust or Go').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ workspace_id: 'dm', channel_id: 'dm:444444444444444444' });
    await t.db.kysely.deleteFrom('subscription_skills').where('subscription_id', '=', row.id).execute();
    await t.db.kysely.deleteFrom('subscriptions').where('id', '=', row.id).execute();
  });

  it('a mistake is answered at once, ephemerally, with what to do', async () => {
    discord.sendInteraction(slashInteraction('trend', [{ name: 'skill', type: 3, value: 'rustt' }], '900000000000000012'));
    const callback = await discord.waitFor((r) => r.path.includes('/interactions/900000000000000012/'));
    const body = callback.json as { type: number; data: { flags: number; embeds: { description: string }[] } };
    expect(body.type).toBe(4);
    expect(body.data.flags & 64).toBe(64);
    expect(body.data.embeds[0]?.description).toMatch(/Did you mean Rust/);
  });

  it('registers every command with a bulk overwrite, only when the definitions changed, waiting out a 429', async () => {
    const target = { token: 'fake.token.value', appId: APP_ID, guildId: '222222222222222222', apiUrl: discord.apiUrl };
    const rest = new REST({ api: discord.apiUrl, offset: 0 }).setToken(target.token);
    discord.rateLimitNext('/commands', 1);
    const started = Date.now();
    const first = await registerDiscordCommands(t.db, target, { rest });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(first).toMatchObject({ registered: true, scope: 'guild 222222222222222222' });
    const puts = discord.requests.filter((r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APP_ID}/guilds/222222222222222222/commands`);
    expect(puts.length).toBe(2); // the 429, then the retry
    expect(puts.at(-1)?.headers.authorization).toBe('Bot fake.token.value');
    expect(puts.at(-1)?.json).toEqual(discordCommands(commands));
    expect((await registerDiscordCommands(t.db, target, { rest })).registered).toBe(false);
  });

  // Last in this block: it stops the adapter.
  it('while stopping: a reply in flight finishes, a new command is told to try again', async () => {
    // The first reply's edit is held by a 2 s rate limit, so it is in flight when the stop begins.
    discord.rateLimitNext('token-900000000000000050/messages', 2);
    discord.sendInteraction(slashInteraction('trend', [{ name: 'skill', type: 3, value: 'go' }], '900000000000000050'));
    await discord.waitFor((r) => r.path.includes('/interactions/900000000000000050/'));
    const stopped = adapter.stop();
    discord.sendInteraction(slashInteraction('trend', [{ name: 'skill', type: 3, value: 'rust' }], '900000000000000051'));
    const told = await discord.waitFor((r) => r.path.includes('/interactions/900000000000000051/'));
    expect(told.json).toMatchObject({ type: 4, data: { content: 'hiring-radar is restarting: try again in a minute.', flags: 64 } });
    await stopped;
    const edits = discord.requests.filter((r) => r.method === 'PATCH' && r.path.includes('token-900000000000000050'));
    expect(edits.length).toBe(2); // the 429, then the edit that went through before the client closed
    expect(JSON.stringify(edits.at(-1)?.json)).toContain('Go: share of postings');
  });
});

describe('Discord command definitions', () => {
  it('follow Discord rules: names, descriptions ≤ 100, required first, choices xor autocomplete', () => {
    for (const c of discordCommands(commands)) {
      expect(c.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.options.length).toBeLessThanOrEqual(25);
      const firstOptional = c.options.findIndex((o) => !o.required);
      if (firstOptional >= 0) expect(c.options.slice(firstOptional).every((o) => !o.required)).toBe(true);
      for (const o of c.options) {
        expect(o.name).toMatch(/^[a-z0-9_-]{1,32}$/);
        expect(Boolean(o.autocomplete && o.choices)).toBe(false);
        expect(o.choices?.length ?? 0).toBeLessThanOrEqual(25);
      }
    }
    const trend = discordCommands(commands).find((c) => c.name === 'trend')!;
    expect(trend.options.find((o) => o.name === 'skill')).toMatchObject({ type: 3, required: true, autocomplete: true });
    expect(trend.options.find((o) => o.name === 'months')).toMatchObject({ type: 4, min_value: 2, max_value: 180 });
  });
});

describe('Discord rendering', () => {
  it("defuses mentions in a table's column names as in its rows", () => {
    const m = renderDiscord({ kind: 'ok', title: 'x', summary: 'y', table: { columns: ['@everyone', '<@123>'], rows: [['@here', '<@&456>']] } });
    const text = JSON.stringify(m.embeds);
    expect(text).not.toMatch(/@(everyone|here)|<@&?\d+>/);
    expect(text).toContain('@\u200beveryone');
  });
});
