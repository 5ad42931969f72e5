import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The outbox by channel: a channel found gone disables its rows, /digest-channel revives its
 * digests, and /subscriptions looks up a person's last DM alert. The outbox keeps every message
 * ever sent, so without this each of those read the whole table.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.createIndex('outbox_channel').on('outbox').columns(['platform', 'channel_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_channel').ifExists().execute();
}
