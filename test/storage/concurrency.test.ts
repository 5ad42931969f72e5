import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import { commandContext } from '../../src/core/context.ts';
import { openDb, withDefaultUser } from '../../src/core/db/connect.ts';
import { openTestDb, TEST_PG_URL, type TestDb } from '../helpers/db.ts';

describe('several processes on one PostgreSQL database', () => {
  it('starting at once on a schema that does not exist yet, all open it', async () => {
    const schema = `t_race_${process.pid}_${Date.now().toString(36)}`;
    try {
      // Each its own pool, as separate processes have: the losers' "already exists" was an error.
      for (let round = 0; round < 5; round++) {
        const dbs = await Promise.all(Array.from({ length: 4 }, () => openDb(TEST_PG_URL, { pgSchema: `${schema}_${round}` })));
        await Promise.all(dbs.map((db) => db.close()));
      }
    } finally {
      const client = new pg.Client({ connectionString: withDefaultUser(TEST_PG_URL) });
      await client.connect();
      for (let round = 0; round < 5; round++) await client.query(`DROP SCHEMA IF EXISTS ${schema}_${round} CASCADE`);
      await client.end();
    }
  });

  describe('alerts of one person', () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await openTestDb('postgres');
    });
    afterAll(async () => {
      await t?.cleanup();
    });

    it('never go past 20, however many /subscribe arrive at once', async () => {
      const ctx = { ...(await commandContext(t.db)), userKey: 'discord:1', place: { platform: 'discord' as const, workspaceId: 'G', channelId: 'C' }, isAdmin: false };
      for (let k = 0; k < 18; k++) expect((await runCommand('subscribe', { skill: 'rust' }, ctx)).kind).toBe('ok');
      const replies = await Promise.all(Array.from({ length: 6 }, () => runCommand('subscribe', { skill: 'go' }, ctx)));
      expect(replies.filter((r) => r.kind === 'ok')).toHaveLength(2);
      expect(replies.filter((r) => r.kind === 'error').every((r) => /You have 20 alerts/.test(r.summary))).toBe(true);
      const n = await t.db.kysely.selectFrom('subscriptions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(20);
    });
  });
});
