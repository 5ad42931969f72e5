import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/core/scheduler.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crawl scheduler', () => {
  it('never overlaps runs, and a failed run does not stop the next', async () => {
    let active = 0;
    let peak = 0;
    let runs = 0;
    const lines: string[] = [];
    const log = pino({ level: 'debug' }, { write: (s: string) => lines.push(s) });
    const scheduler = startScheduler(
      // Two schedules firing every second, a job that takes 1.5 s and fails the first time.
      [
        { name: 'a', cron: '* * * * * *' },
        { name: 'b', cron: '* * * * * *' },
      ],
      async () => {
        active++;
        peak = Math.max(peak, active);
        runs++;
        await sleep(1500);
        active--;
        if (runs === 1) throw new Error('HN is down');
      },
      { timezone: 'America/New_York', log },
    );
    await sleep(4500);
    await scheduler.stop();
    expect(peak).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.includes('HN is down') && l.includes('next tick retries'))).toBe(true);
    expect(lines.some((l) => l.includes('tick skipped'))).toBe(true);
  });
});
