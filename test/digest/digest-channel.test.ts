import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { commandContext } from '../../src/core/context.ts';
import { buildOutboxReply } from '../../src/core/outbox/build.ts';
import { recapDue, scheduleDigests } from '../../src/core/outbox/schedule.ts';
import { deliverDue, type Sender } from '../../src/core/outbox/worker.ts';
import { silentLog } from '../helpers/crawl.ts';
import { type Corpus, crawledCorpus } from '../helpers/corpus.ts';

const HOUR = 3_600_000;
const MAY = 47975571;

describe('the digest channel chosen late, turned off, turned on again', () => {
  let corpus: Corpus;
  let opened: number;
  const sent: { channel: string; title: string }[] = [];
  const sender: Sender = async (row, reply) => {
    sent.push({ channel: row.channel_id, title: reply.title });
    return `m${sent.length}`;
  };
  const deliver = (now: number) => deliverDue(corpus.db.db, { senders: { discord: sender }, build: (row) => buildOutboxReply(corpus.db.db, row, now), log: silentLog, now: () => now });
  const admin = async (now: number): Promise<CommandContext> => ({
    ...(await commandContext(corpus.db.db, { nowMs: now })),
    userKey: 'discord:1',
    place: { platform: 'discord', workspaceId: 'G5', channelId: '555' },
    isAdmin: true,
  });
  const rows = () => corpus.db.db.kysely.selectFrom('outbox').select(['kind', 'status', 'next_attempt_at']).where('channel_id', '=', '555').orderBy('kind').execute();

  beforeAll(async () => {
    corpus = await crawledCorpus('2026-01');
    const thread = await corpus.db.db.kysely.selectFrom('threads').select('time').where('id', '=', MAY).executeTakeFirstOrThrow();
    opened = thread.time! * 1000;
  });
  afterAll(async () => {
    await corpus?.close();
  });

  it('chosen after the digest is due: the digest, without a "thread is live" that would say it follows', async () => {
    const now = opened + 30 * HOUR;
    expect((await runCommand('digest-channel', {}, await admin(now))).kind).toBe('ok');
    await scheduleDigests(corpus.db.db, now);
    expect((await rows()).map((r) => r.kind)).toEqual(['digest', 'recap']);
  });

  it('turned off before it is sent: the digest is dropped, not sent', async () => {
    const now = opened + 30 * HOUR;
    await runCommand('digest-channel', { state: 'off' }, await admin(now));
    expect(await deliver(now)).toMatchObject({ sent: 0, dropped: 1 });
    expect(sent).toEqual([]);
  });

  it('turned on again: the digest goes out, the recap waits for its day', async () => {
    const now = opened + 31 * HOUR;
    await runCommand('digest-channel', { state: 'on' }, await admin(now));
    expect(await deliver(now)).toMatchObject({ sent: 1 });
    expect(sent.map((s) => s.channel)).toEqual(['555']);
    const recap = (await rows()).find((r) => r.kind === 'recap')!;
    expect(recap).toMatchObject({ status: 'pending', next_attempt_at: opened + 30 * 24 * HOUR });
  });
});

describe('the month-end recap', () => {
  it.each([
    // February is under 30 days: its recap came after March's thread was announced and digested.
    ['2027-02-01T16:00:00Z', '2027-03-01T12:00:00Z'],
    ['2026-05-01T15:00:00Z', '2026-05-31T15:00:00Z'],
    // A thread opened on the 3rd: before the next month's, which opens on the 1st.
    ['2026-06-03T15:00:00Z', '2026-07-01T12:00:00Z'],
  ])('of a thread opened %s is due %s, before the next month\'s thread', (opened, due) => {
    expect(new Date(recapDue(Date.parse(opened), 24)).toISOString()).toBe(new Date(due).toISOString());
  });

  it('never comes before the thread\'s own digest', () => {
    const opened = Date.parse('2026-06-30T20:00:00Z');
    expect(recapDue(opened, 24)).toBe(opened + 25 * HOUR);
  });
});
