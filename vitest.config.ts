import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Forks isolate native modules (better-sqlite3) and child-process tests. PostgreSQL suites
    // share one server: each test file uses a schema of its own, so files may run in parallel.
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on the 2-core machines the suite runs
    // on (here and in CI) that is one file at a time, 531 s. Two at a time took 287 and 377 s in
    // two runs, every test passing; the suites' servers listen on ports of their own and each
    // file has its own database, so files do not meet.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
