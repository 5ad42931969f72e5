import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue, RetryableSendError, type Sender, type WorkerOptions } from '../../src/core/outbox/worker.ts';
import { silentLog } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { seedOutbox } from '../helpers/outbox.ts';

const NOW = Date.UTC(2026, 4, 1);

describe('outbox claims and rows with nothing left to send', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('sqlite');
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const status = async (channel: string) =>
    t.db.kysely.selectFrom('outbox').select(['status', 'message_id', 'claimed_at', 'last_error']).where('channel_id', '=', channel).executeTakeFirstOrThrow();
  const worker = (discord: Sender, build: WorkerOptions['build'] = async () => ({ kind: 'ok', title: 'x', summary: 'y' })): WorkerOptions => ({
    senders: { discord, slack: async () => 'slack-ts' },
    build,
    log: silentLog,
    now: () => NOW,
  });

  it('a worker whose send outlasted its claim does not overwrite the worker that took the row over', async () => {
    await seedOutbox(t.db, 2, 10, 'lease', NOW);
    // While "10" is being sent, another worker takes it over and records it sent; "11" is taken
    // over and still being sent when the first worker's send fails.
    const takeOver = (channel: string, to: Record<string, unknown>) => t.db.kysely.updateTable('outbox').set(to).where('channel_id', '=', channel).execute();
    const slow: Sender = async (row) => {
      if (row.channel_id === '10') {
        await takeOver('10', { status: 'sent', message_id: 'from-B', claimed_at: NOW + 1 });
        return 'from-A';
      }
      await takeOver('11', { status: 'sending', claimed_at: NOW + 1 });
      throw new RetryableSendError('503');
    };
    await deliverDue(t.db, worker(slow));
    expect(await status('10')).toMatchObject({ status: 'sent', message_id: 'from-B' });
    // Before, the failure put the row back to "pending" under the other worker's feet.
    expect(await status('11')).toMatchObject({ status: 'sending', claimed_at: NOW + 1 });
  });

  it('a row whose message has nothing left to send is dropped with the reason, never sent', async () => {
    await seedOutbox(t.db, 1, 20, 'drop', NOW);
    let sends = 0;
    const r = await deliverDue(
      t.db,
      worker(
        async () => `m${++sends}`,
        async (row) => (row.channel_id === '20' ? { dropped: 'its alerts were removed before it was sent' } : { kind: 'ok', title: 'x', summary: 'y' }),
      ),
    );
    expect(r.dropped).toBe(1);
    expect(sends).toBe(0);
    expect(await status('20')).toMatchObject({ status: 'dropped', last_error: 'its alerts were removed before it was sent', message_id: null });
  });

  it('a row that keeps failing is given up after 48 attempts, with the last error kept', async () => {
    await seedOutbox(t.db, 1, 30, 'fail', NOW);
    await t.db.kysely.updateTable('outbox').set({ attempts: 46 }).where('channel_id', '=', '30').execute();
    const failing: Sender = async () => {
      throw new RetryableSendError('503 Service Unavailable');
    };
    const opts = { ...worker(failing), maxBackoffMs: 1 };
    expect((await deliverDue(t.db, opts)).failed).toBe(0);
    expect(await status('30')).toMatchObject({ status: 'pending' });
    expect((await deliverDue(t.db, { ...opts, now: () => NOW + 60_000 })).failed).toBe(1);
    expect(await status('30')).toMatchObject({ status: 'failed', last_error: '503 Service Unavailable' });
  });

  it('a run told to stop finishes the row in hand and claims no more (shutting down)', async () => {
    await seedOutbox(t.db, 3, 40, 'stop', NOW);
    let asked = 0;
    let sends = 0;
    const send: Sender = async () => `m${++sends}`;
    // Asked before each claim: go on the first time, stop from then on (a SIGTERM mid-run).
    const r = await deliverDue(t.db, { ...worker(send), senders: { discord: send, slack: send }, shouldStop: () => asked++ > 0 });
    expect(r.sent).toBe(1);
    expect(sends).toBe(1);
    const pending = await t.db.kysely.selectFrom('outbox').select('id').where('key', 'like', '%:stop').where('status', '=', 'pending').execute();
    expect(pending).toHaveLength(5);
  });
});
