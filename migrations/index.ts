import type { Kysely } from 'kysely';
import * as m001 from './001_initial.ts';
import * as m002 from './002_posting_facts.ts';
import * as m003 from './003_bot_state.ts';
import * as m004 from './004_digest_channels.ts';
import * as m005 from './005_outbox.ts';
import * as m006 from './006_alerts.ts';
import * as m007 from './007_posting_cities.ts';
import * as m008 from './008_backfill_posting_cities.ts';
import * as m009 from './009_outbox_by_channel.ts';

/**
 * Every migration, in order. Listed statically (not read from the directory) so they work the
 * same under tsx, in a bundle and in tests. Migrations are the only way the schema changes.
 */
export interface MigrationContext {
  dialect: 'sqlite' | 'postgres';
}

export interface MigrationModule {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
  down?(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

export const migrations: Record<string, MigrationModule> = {
  '001_initial': m001,
  '002_posting_facts': m002,
  '003_bot_state': m003,
  '004_digest_channels': m004,
  '005_outbox': m005,
  '006_alerts': m006,
  '007_posting_cities': m007,
  '008_backfill_posting_cities': m008,
  '009_outbox_by_channel': m009,
};
