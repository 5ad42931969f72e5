import { existsSync, statSync } from 'node:fs';
import { openApp } from '../core/app.ts';
import { defaultClassifier } from '../core/classifier.ts';
import { classifyJsonlFile } from '../core/classify/predict.ts';
import { loadConfig } from '../core/config.ts';
import { reclassifyAll } from '../core/db/classifications.ts';
import { createLogger } from '../core/log.ts';
import { type CliCommand, EXIT, UsageError } from './types.ts';

export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'classify HN items from a JSON Lines file (predictions on stdout, label format of GUIDE.md)',
  usage: '--input FILE.jsonl',
  options: { input: { type: 'string' } },
  help: { input: 'HN items, one JSON object per line (Firebase shape)' },
  async run({ values }, io) {
    const input = values.input;
    if (typeof input !== 'string') throw new UsageError('--input FILE.jsonl is required');
    if (!existsSync(input)) throw new UsageError(`--input: no such file: ${input}`);
    if (!statSync(input).isFile()) throw new UsageError(`--input: not a file (a directory?): ${input}`);
    const r = await classifyJsonlFile(
      input,
      (line) => io.out(`${line}\n`),
      (lineNo, reason) => io.err(`line ${lineNo}: ${reason}; skipped\n`),
    );
    io.err(`${r.classified} classified, ${r.bad} skipped\n`);
    return r.bad > 0 && r.classified === 0 ? EXIT.failure : EXIT.ok;
  },
};

export const reclassifyCommand: CliCommand = {
  name: 'reclassify',
  summary: 're-score every stored posting with the current classifier version, without refetching',
  usage: '[--force]',
  options: { force: { type: 'boolean' } },
  help: { force: 'also re-score postings already classified by this version' },
  async run({ values }, io) {
    const config = loadConfig();
    const app = await openApp(config, { log: createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL) });
    try {
      const started = Date.now();
      const r = await reclassifyAll(app.db, defaultClassifier, { force: Boolean(values.force) });
      io.out(
        `classifier ${defaultClassifier.version}: ${r.classified} classified, ${r.skipped} already up to date, ${r.failed} failed, of ${r.total} postings in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      return r.failed ? EXIT.partial : EXIT.ok;
    } finally {
      await app.close();
    }
  },
};
