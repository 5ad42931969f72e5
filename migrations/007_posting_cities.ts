import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/** Cities of each classified posting, beside its countries (for /where). */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('posting_cities')
    .addColumn('classifier_version', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('posting_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('posting_cities_pk', ['classifier_version', 'city', 'posting_id'])
    .execute();
  await db.schema.createIndex('posting_cities_posting').on('posting_cities').columns(['posting_id', 'classifier_version']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('posting_cities').ifExists().execute();
}
