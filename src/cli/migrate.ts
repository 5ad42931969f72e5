import { loadConfig } from '../core/config.ts';
import { openDb } from '../core/db/connect.ts';
import { migrateToLatest } from '../core/db/migrate.ts';
import { type CliCommand, EXIT } from './types.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'apply pending database migrations',
  usage: '',
  options: {},
  help: {},
  async run(_args, io) {
    const config = loadConfig();
    const db = await openDb(config.DATABASE_URL);
    try {
      const results = await migrateToLatest(db);
      if (results.length === 0) io.out(`${db.describe}: schema is up to date\n`);
      for (const r of results) io.out(`${db.describe}: ${r.migrationName} ${r.status}\n`);
      return EXIT.ok;
    } finally {
      await db.close();
    }
  },
};
