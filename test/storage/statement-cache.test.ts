import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/core/db/statement-cache.ts';

describe('the SQLite statement cache kysely prepares through', () => {
  let sqlite: SqliteDatabase.Database;
  beforeEach(() => {
    sqlite = new SqliteDatabase(':memory:');
    sqlite.exec('create table t (n integer)');
    for (let n = 0; n < 5; n++) sqlite.prepare('insert into t values (?)').run(n);
  });
  afterEach(() => sqlite.close());

  it('prepares a SQL text once and runs it again with new parameters', () => {
    const db = withStatementCache(sqlite);
    const a = db.prepare('select n from t where n = ?');
    const b = db.prepare('select n from t where n = ?');
    expect(b).toBe(a);
    expect(a.all([1])).toEqual([{ n: 1 }]);
    expect(b.all([3])).toEqual([{ n: 3 }]);
    expect(db.prepare('insert into t values (?)').run([9]).changes).toBe(1);
  });

  it('gives a statement still being iterated a statement of its own', () => {
    const db = withStatementCache(sqlite);
    const sql = 'select n from t order by n';
    const iterating = db.prepare(sql).iterate([]);
    expect(iterating.next().value).toEqual({ n: 0 });
    const other = db.prepare(sql);
    expect(other.all([])).toHaveLength(5);
    expect([...iterating]).toHaveLength(4);
  });

  it('keeps at most 256 statements, letting the least recently used go', () => {
    const db = withStatementCache(sqlite);
    const first = db.prepare('select 0');
    for (let k = 1; k <= 300; k++) db.prepare(`select ${k}`);
    expect(db.prepare('select 300')).toBe(db.prepare('select 300'));
    expect(db.prepare('select 0')).not.toBe(first);
  });
});
