import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { redactUrl } from '../redact.ts';
import { withStatementCache } from './statement-cache.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** Human-readable location without credentials, safe to log. */
  describe: string;
  /** PostgreSQL schema holding the tables, when not the default search path. */
  pgSchema?: string;
  /** The SQLite database's file (absent for PostgreSQL and an in-memory database). */
  file?: string;
  close(): Promise<void>;
}

export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

/** How long a PostgreSQL server may take to accept a connection before start-up gives up. */
const PG_CONNECT_TIMEOUT_MS = 15_000;

/**
 * Opens the database named by DATABASE_URL: `sqlite:PATH` (better-sqlite3, WAL) or
 * `postgres://...`. `pgSchema` puts every table into a schema of its own, which lets test
 * files share one PostgreSQL database without seeing each other's rows. `connectTimeoutMs`
 * shortens PG_CONNECT_TIMEOUT_MS (a test of a server that never answers).
 */
export async function openDb(url: string, opts: { pgSchema?: string; connectTimeoutMs?: number } = {}): Promise<Db> {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(url)) {
    // "?schema=name" keeps every table in that schema (several deployments, or tests, in one database).
    const u = new URL(url);
    const schema = opts.pgSchema ?? u.searchParams.get('schema') ?? undefined;
    u.searchParams.delete('schema');
    return openPostgres(u.toString(), schema, opts.connectTimeoutMs ?? PG_CONNECT_TIMEOUT_MS);
  }
  throw new DatabaseOpenError(`DATABASE_URL must start with "sqlite:" or "postgres://" (got ${redactUrl(url)})`);
}

function openSqlite(path: string): Db {
  const file = path === ':memory:' ? path : resolve(path);
  let sqlite: SqliteDatabase.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    sqlite = new SqliteDatabase(file);
    // WAL lets readers (chat commands) run while the crawler writes; NORMAL is durable in WAL
    // mode except for the last transactions on power loss, never corrupt.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('foreign_keys = ON');
  } catch (err) {
    throw new DatabaseOpenError(`Cannot open SQLite database at ${file}: ${(err as Error).message}`);
  }
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { kysely, dialect: 'sqlite', describe: `sqlite:${file}`, ...(file !== ':memory:' ? { file } : {}), close: () => kysely.destroy() };
}

// int8 (bigint) and numeric come back as strings by default; our ids and millisecond
// timestamps fit comfortably in a double, so parse them as numbers for one query layer.
const INT8_OID = 20;
const NUMERIC_OID = 1700;
function pgTypes() {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
      // biome-ignore lint/suspicious/noExplicitAny: pg's overloads are awkward to satisfy
      return (pg.types.getTypeParser as any)(oid, format);
    },
  };
}

/**
 * A URL without a user name (postgres://127.0.0.1:5432/test) means the usual libpq default;
 * pg needs it spelled out when $USER is not set, as in some containers and CI runners.
 */
export function withDefaultUser(url: string): string {
  try {
    const u = new URL(url);
    if (u.username) return url;
    u.username = process.env.PGUSER || process.env.USER || 'postgres';
    return u.toString();
  } catch {
    return url;
  }
}

async function openPostgres(url: string, schema: string | undefined, connectTimeoutMs: number): Promise<Db> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new DatabaseOpenError(`invalid PostgreSQL schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: withDefaultUser(url),
    max: 10,
    // A server that accepts the connection and never answers must not hang start-up for ever.
    connectionTimeoutMillis: connectTimeoutMs,
    types: pgTypes(),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A pool error on an idle client must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    try {
      // Two processes starting at once on a new schema both create it; the loser's "already
      // exists" (unique violation or duplicate schema) is the winner's success.
      if (schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((err: { code?: string }) => {
          if (err.code !== '23505' && err.code !== '42P06') throw err;
        });
      }
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DatabaseOpenError(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${(err as Error).message}`);
  }
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    describe: redactUrl(url) + (schema ? ` (schema ${schema})` : ''),
    ...(schema ? { pgSchema: schema } : {}),
    close: () => kysely.destroy(),
  };
}
