import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawl } from '../../src/core/crawler.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';
import { postingState, testApp, testClient } from '../helpers/crawl.ts';

// Five threads of different eras and sizes (about 2,000 postings) keep this test quick.
const SINCE = '2026-01';

describe('crawling through faults', () => {
  let replay: HnReplay;
  let clean: TestDb;
  let faulty: TestDb;

  beforeAll(async () => {
    replay = await startHnReplay();
    clean = await openTestDb('sqlite');
    faulty = await openTestDb('sqlite');
    const report = await runCrawl(testApp(clean.db, testClient(replay.baseUrl)), { kind: 'since', month: SINCE });
    expect(report.status).toBe('ok');
  });
  afterAll(async () => {
    await clean?.cleanup();
    await faulty?.cleanup();
    await replay?.close();
  });

  it('10% 5xx and 2% timeouts end in the same state as a fault-free crawl', async () => {
    replay.setFaults({ http5xx: 0.1, timeout: 0.02 });
    replay.resetStats();
    const hn = testClient(replay.baseUrl, { timeoutMs: 300, retries: 10 });
    const report = await runCrawl(testApp(faulty.db, hn), { kind: 'since', month: SINCE });
    replay.setFaults({});
    const stats = replay.stats();
    expect(stats.faults.http5xx).toBeGreaterThan(50);
    expect(stats.faults.timeout).toBeGreaterThan(5);
    expect(report.status, report.errorMessages.join('\n')).toBe('ok');
    expect(await postingState(faulty.db)).toEqual(await postingState(clean.db));
  });

  it('truncated bodies and connection resets are retried too', async () => {
    const t = await openTestDb('sqlite');
    try {
      replay.setFaults({ truncate: 0.05, reset: 0.05 });
      const report = await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'since', month: SINCE });
      replay.setFaults({});
      expect(report.status, report.errorMessages.join('\n')).toBe('ok');
      expect(await postingState(t.db)).toEqual(await postingState(clean.db));
    } finally {
      await t.cleanup();
    }
  });
});
