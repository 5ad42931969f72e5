import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PostgreSQL suites share one server: each test file uses its own schema, so files may run in parallel.
    pool: 'forks',
  },
});
