import { type Kysely, type Migration, type MigrationResult, Migrator } from 'kysely';
import { migrations } from '../../../migrations/index.ts';
import type { Db } from './connect.ts';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies every pending migration. Safe to call at each start: applied ones are skipped. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
  const ctx = { dialect: db.dialect };
  const provider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      return Object.fromEntries(
        Object.entries(migrations).map(([name, m]) => {
          const down = m.down;
          const migration: Migration = { up: (k: Kysely<unknown>) => m.up(k, ctx) };
          if (down) migration.down = (k: Kysely<unknown>) => down(k, ctx);
          return [name, migration];
        }),
      );
    },
  };
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    // With a schema of its own, kysely must look for its bookkeeping tables there and not
    // mistake another schema's for ours.
    ...(db.pgSchema ? { migrationTableSchema: db.pgSchema } : {}),
  });
  let { error, results } = await migrator.migrateToLatest();
  // kysely looks for its bookkeeping tables by listing the tables of every schema: a schema
  // another deployment (or a test) drops meanwhile fails the listing with "schema ... does not
  // exist". Not ours: listing again finds it gone.
  for (let retry = 0; retry < 3 && error && otherSchemaGone(error, db.pgSchema); retry++) ({ error, results } = await migrator.migrateToLatest());
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Database migration ${failed?.migrationName ?? ''} failed on ${db.describe}: ${message}`);
  }
  return results ?? [];
}

/** Whether a migration failed only because some other schema was dropped while kysely listed tables. */
function otherSchemaGone(error: unknown, ours: string | undefined): boolean {
  const gone = /schema "([^"]+)" does not exist/.exec(error instanceof Error ? error.message : String(error));
  return gone !== null && gone[1] !== ours;
}
