import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { type Db, openDb } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { HnClient } from './hn/client.ts';
import { createLogger } from './log.ts';

/** Everything a command or the service needs, built once from the configuration. */
export interface AppContext {
  config: Config;
  db: Db;
  hn: HnClient;
  log: Logger;
  close(): Promise<void>;
}

export async function openApp(config: Config, opts: { log?: Logger; pgSchema?: string } = {}): Promise<AppContext> {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const db = await openDb(config.DATABASE_URL, opts.pgSchema ? { pgSchema: opts.pgSchema } : {});
  try {
    const applied = await migrateToLatest(db);
    for (const r of applied) log.info({ migration: r.migrationName, status: r.status }, 'migration applied');
  } catch (err) {
    await db.close();
    throw err;
  }
  const hn = new HnClient({
    baseUrl: config.HN_API_URL,
    concurrency: config.CRAWL_CONCURRENCY,
    timeoutMs: config.HN_TIMEOUT_MS,
    retries: config.HN_RETRIES,
  });
  return { config, db, hn, log, close: () => db.close() };
}
