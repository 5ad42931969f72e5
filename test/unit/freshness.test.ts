import { describe, expect, it } from 'vitest';
import { needsRefetch } from '../../src/core/hn/freshness.ts';
import { Limiter, mapLimit } from '../../src/core/hn/limiter.ts';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 24);
const postedDaysAgo = (d: number) => Math.floor((now - d * DAY) / 1000);

describe('freshness policy', () => {
  it('always fetches what was never fetched', () => {
    expect(needsRefetch(postedDaysAgo(400), null, now)).toBe(true);
  });
  it('re-fetches young postings every run', () => {
    expect(needsRefetch(postedDaysAgo(3), now - 60_000, now)).toBe(true);
  });
  it('re-fetches postings up to 90 days old once a day', () => {
    expect(needsRefetch(postedDaysAgo(30), now - DAY / 2, now)).toBe(false);
    expect(needsRefetch(postedDaysAgo(30), now - DAY, now)).toBe(true);
  });
  it('re-fetches old postings once a month', () => {
    expect(needsRefetch(postedDaysAgo(400), now - 29 * DAY, now)).toBe(false);
    expect(needsRefetch(postedDaysAgo(400), now - 30 * DAY, now)).toBe(true);
  });
});

describe('limiter', () => {
  it('never runs more than its limit at once and keeps order of results', async () => {
    const limiter = new Limiter(3);
    let active = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limiter.run(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 2));
          active--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual([...Array(20).keys()]);
    expect(await mapLimit([3, 1, 2], 2, async (x) => x * 2)).toEqual([6, 2, 4]);
  });

  it("spreads a thread's old postings over the 15 days after their 30, where all came due in one tick", () => {
    const fetched = now - 30 * DAY;
    const dueOn = (id: number) => {
      for (let d = 30; d <= 46; d++) if (needsRefetch(postedDaysAgo(400), fetched - (d - 30) * DAY, now, undefined, id)) return d;
      return null;
    };
    const days = Array.from({ length: 300 }, (_, i) => dueOn(47_000_000 + i * 7));
    expect(days.every((d) => d !== null && d >= 30 && d <= 45)).toBe(true);
    // No day takes more than a tenth of them.
    const perDay = new Map<number, number>();
    for (const d of days) perDay.set(d!, (perDay.get(d!) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThan(30);
  });
});
