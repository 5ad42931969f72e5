import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Db, openDb, withDefaultUser } from '../../src/core/db/connect.ts';
import { migrateToLatest } from '../../src/core/db/migrate.ts';

/** The PostgreSQL server every machine here (CI included) runs. Overridable for other setups. */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test';

export type TestDialect = 'sqlite' | 'postgres';
export const DIALECTS: TestDialect[] = ['sqlite', 'postgres'];

export interface TestDb {
  db: Db;
  /** DATABASE_URL a child process can use to reach the same data (with pgSchema for PG). */
  url: string;
  pgSchema?: string;
  cleanup(): Promise<void>;
}

let counter = 0;

/**
 * A fresh, migrated database: a temporary SQLite file, or a PostgreSQL schema of its own so
 * test files running in parallel never see each other's rows. A PostgreSQL that cannot be
 * reached fails the test with the reason; it is never skipped.
 */
export async function openTestDb(dialect: TestDialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hr-test-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const db = await openDb(url);
    await migrateToLatest(db);
    return {
      db,
      url,
      async cleanup() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const db = await openDb(TEST_PG_URL, { pgSchema: schema }).catch((err: Error) => {
    throw new Error(`PostgreSQL at ${TEST_PG_URL} is required for this test and was not reachable: ${err.message}`);
  });
  await migrateToLatest(db);
  return {
    db,
    url: TEST_PG_URL,
    pgSchema: schema,
    async cleanup() {
      await db.close();
      const client = new pg.Client({ connectionString: withDefaultUser(TEST_PG_URL) });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
