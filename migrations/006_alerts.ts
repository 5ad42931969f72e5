import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/** Skill alerts: subscriptions, their skills (the matching index), and what was already alerted. */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const serial = dialect === 'postgres' ? sql`bigserial primary key` : sql`integer primary key autoincrement`;
  await db.schema
    .createTable('subscriptions')
    .addColumn('id', sql`${serial}`)
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('expression', 'text', (c) => c.notNull())
    .addColumn('filters', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subscriptions_user').on('subscriptions').columns(['platform', 'user_id']).execute();
  await db.schema
    .createTable('subscription_skills')
    .addColumn('skill', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('subscription_skills_pk', ['skill', 'subscription_id'])
    .execute();
  await db.schema
    .createTable('alert_matches')
    .addColumn('subscription_id', 'bigint', (c) => c.notNull())
    .addColumn('posting_id', 'bigint', (c) => c.notNull())
    .addColumn('matched_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_matches_pk', ['subscription_id', 'posting_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['alert_matches', 'subscription_skills', 'subscriptions']) await db.schema.dropTable(t).ifExists().execute();
}
