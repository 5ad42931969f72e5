import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The outbox: every message the bot decides to post on its own (digests, alerts) is a row
 * here before anything is sent. `key` makes the decision unique (one digest per channel,
 * thread and kind); the worker records the platform's message id once it is sent.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const serial = dialect === 'postgres' ? sql`bigserial primary key` : sql`integer primary key autoincrement`;
  await db.schema
    .createTable('outbox')
    .addColumn('id', sql`${serial}`)
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'bigint')
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('claimed_at', 'bigint')
    .addColumn('message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox').ifExists().execute();
}
