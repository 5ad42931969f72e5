import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Classification results, normalised for queries: one row of scalar facts per posting and
 * classifier version, and one row per skill / country / role. The JSON in `classifications`
 * stays the complete record; these tables are what insights and alert matching read, indexed
 * so a share over months is one grouped count, not a scan of JSON.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('posting_facts')
    .addColumn('posting_id', 'bigint', (c) => c.notNull())
    .addColumn('classifier_version', 'text', (c) => c.notNull())
    .addColumn('is_job', 'integer', (c) => c.notNull())
    .addColumn('company', 'text')
    .addColumn('remote', 'text', (c) => c.notNull())
    .addColumn('visa', 'text', (c) => c.notNull())
    .addColumn('salary_min', 'double precision')
    .addColumn('salary_max', 'double precision')
    .addColumn('salary_currency', 'text')
    .addColumn('salary_period', 'text')
    .addPrimaryKeyConstraint('posting_facts_pk', ['classifier_version', 'posting_id'])
    .execute();

  for (const [table, column] of [
    ['posting_skills', 'skill'],
    ['posting_countries', 'country'],
    ['posting_roles', 'role'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('classifier_version', 'text', (c) => c.notNull())
      .addColumn(column, 'text', (c) => c.notNull())
      .addColumn('posting_id', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['classifier_version', column, 'posting_id'])
      .execute();
    await db.schema.createIndex(`${table}_posting`).on(table).columns(['posting_id', 'classifier_version']).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['posting_roles', 'posting_countries', 'posting_skills', 'posting_facts']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
