import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

/** Statements kept prepared, the least recently used let go first. */
const MAX_STATEMENTS = 256;

/**
 * better-sqlite3 as kysely's SQLite dialect sees it, with each SQL text prepared once. Kysely
 * prepares every query it runs, and the crawler runs five small ones per posting: preparing
 * (SQLite parsing and planning the statement again) was 4% of a crawl's CPU samples, as much as
 * running them. A prepared statement is run again with new parameters; one still being iterated
 * (a streamed select) is not shared, and gets a statement of its own.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  // A Map keeps insertion order: a hit moves its statement to the end, so the first key is the
  // least recently used. Queries whose SQL varies (IN lists, multi-row inserts) come and go.
  const prepared = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const known = prepared.get(sql);
      if (known && !known.busy) {
        prepared.delete(sql);
        prepared.set(sql, known);
        return known;
      }
      const statement = sqlite.prepare(sql);
      if (known) return statement;
      prepared.set(sql, statement);
      if (prepared.size > MAX_STATEMENTS) prepared.delete(prepared.keys().next().value!);
      return statement;
    },
  };
}
