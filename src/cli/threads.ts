import { openApp } from '../core/app.ts';
import { loadConfig } from '../core/config.ts';
import { listThreads } from '../core/db/threads.ts';
import { createLogger } from '../core/log.ts';
import { type CliCommand, EXIT } from './types.ts';

export const threadsCommand: CliCommand = {
  name: 'threads',
  summary: 'list stored threads with their posting counts',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  help: { json: 'one JSON array: {id, month, title, time, postings: {live, dead, deleted, removed}, lastCrawledAt}' },
  async run({ values }, io) {
    const config = loadConfig();
    const app = await openApp(config, { log: createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL) });
    try {
      const threads = await listThreads(app.db);
      if (values.json) {
        io.out(
          `${JSON.stringify(
            threads.map((t) => ({
              id: t.id,
              month: t.month,
              title: t.title,
              time: t.time,
              postings: t.postings,
              lastCrawledAt: t.lastCrawledAt === null ? null : new Date(t.lastCrawledAt).toISOString(),
            })),
            null,
            2,
          )}\n`,
        );
        return EXIT.ok;
      }
      if (threads.length === 0) {
        io.out('No threads stored yet. Run "hiring-radar crawl" first.\n');
        return EXIT.ok;
      }
      io.out('month    id         live  dead  del  rem  last crawled              title\n');
      for (const t of threads) {
        const p = t.postings;
        io.out(
          `${t.month}  ${String(t.id).padEnd(9)} ${String(p.live).padStart(5)} ${String(p.dead).padStart(5)} ${String(p.deleted).padStart(4)} ${String(p.removed).padStart(4)}  ${(t.lastCrawledAt ? new Date(t.lastCrawledAt).toISOString() : 'never').padEnd(24)}  ${t.title}${t.kind === 'special' ? ' (special)' : ''}\n`,
        );
      }
      return EXIT.ok;
    } finally {
      await app.close();
    }
  },
};
