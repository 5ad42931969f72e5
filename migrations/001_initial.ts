import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/** The data spine: threads, postings with their edit history, classifications, crawl runs. */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  // 64-bit where values are millisecond timestamps; HN ids fit in 32 bits but won't forever.
  const big = 'bigint' as const;
  const serial = dialect === 'postgres' ? sql`bigserial primary key` : sql`integer primary key autoincrement`;

  await db.schema
    .createTable('threads')
    .addColumn('id', big, (c) => c.primaryKey())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('time', big)
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('kids_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_seen_at', big, (c) => c.notNull())
    .addColumn('last_crawled_at', big)
    .execute();
  await db.schema.createIndex('threads_month').on('threads').column('month').execute();

  await db.schema
    .createTable('stories_seen')
    .addColumn('id', big, (c) => c.primaryKey())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('time', big)
    .addColumn('is_thread', 'integer', (c) => c.notNull())
    .addColumn('checked_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('postings')
    .addColumn('id', big, (c) => c.primaryKey())
    .addColumn('thread_id', big, (c) => c.notNull())
    .addColumn('parent_id', big)
    .addColumn('author', 'text')
    .addColumn('time', big)
    .addColumn('text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', big, (c) => c.notNull())
    .addColumn('last_changed_at', big, (c) => c.notNull())
    .addColumn('removed_at', big)
    .execute();
  await db.schema.createIndex('postings_thread_status').on('postings').columns(['thread_id', 'status']).execute();

  await db.schema
    .createTable('posting_sightings')
    .addColumn('posting_id', big, (c) => c.primaryKey())
    .addColumn('last_seen_at', big, (c) => c.notNull())
    .addColumn('last_fetched_at', big, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('posting_versions')
    .addColumn('id', sql`${serial}`)
    .addColumn('posting_id', big, (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('time', big)
    .addColumn('text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('parent_id', big)
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('replaced_at', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('posting_versions_posting').on('posting_versions').column('posting_id').execute();

  await db.schema
    .createTable('classifications')
    .addColumn('posting_id', big, (c) => c.notNull())
    .addColumn('classifier_version', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('classified_at', big, (c) => c.notNull())
    .addPrimaryKeyConstraint('classifications_pk', ['posting_id', 'classifier_version'])
    .execute();

  await db.schema
    .createTable('crawl_runs')
    .addColumn('id', sql`${serial}`)
    .addColumn('started_at', big, (c) => c.notNull())
    .addColumn('finished_at', big)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('pid', 'integer', (c) => c.notNull())
    .addColumn('threads', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('requests', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fetched', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('removed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unavailable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error_messages', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'crawl_runs',
    'classifications',
    'posting_versions',
    'posting_sightings',
    'postings',
    'stories_seen',
    'threads',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
