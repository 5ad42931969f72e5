import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import { movedMost } from '../../src/commands/movers.ts';
import { CURRENCIES, money } from '../../src/commands/salary.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { commandContext } from '../../src/core/context.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { companyKey } from '../../src/core/insights/digest.ts';
import { loadFacts } from '../../src/core/insights/facets.ts';
import { hasRate, plausible, SANE_USD_PER_YEAR } from '../../src/core/insights/salary.ts';
import { compareShares, wilson } from '../../src/core/insights/stats.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { type Corpus, crawledCorpus } from '../helpers/corpus.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const HOUR = 3_600_000;

/**
 * The figures the commands report, pinned against the recorded threads: each case is one an
 * audit found wrong. The corpus starts in May 2017, so May 2018 has its thread a year before and
 * the twelve before it, and /salary's last twelve threads (March 2018 to May 2026) are all there.
 */
describe('reported figures over the recorded threads since May 2017', () => {
  let corpus: Corpus;
  let ctx: CommandContext;

  beforeAll(async () => {
    corpus = await crawledCorpus('2017-05');
    ctx = corpus.ctx;
  }, 180_000);
  afterAll(async () => {
    await corpus?.close();
  });

  /** The month's thread as if its crawling had stopped `hours` after it opened; restored after `fn`. */
  async function stalled<T>(month: string, hours: number, fn: (opened: number) => Promise<T>): Promise<T> {
    const db = corpus.db.db.kysely;
    const th = await db.selectFrom('threads').select(['id', 'time', 'last_crawled_at']).where('month', '=', month).where('kind', '=', 'monthly').executeTakeFirstOrThrow();
    const opened = th.time! * 1000;
    await db.updateTable('threads').set({ last_crawled_at: opened + hours * HOUR }).where('id', '=', th.id).execute();
    try {
      return await fn(opened);
    } finally {
      await db.updateTable('threads').set({ last_crawled_at: th.last_crawled_at }).where('id', '=', th.id).execute();
    }
  }

  describe('/top', () => {
    /** Ranks of every skill among the postings of a thread made within `hours` of its opening, counted here from the stored facts. */
    async function ranksWithin(month: string, hours: number): Promise<Map<string, number>> {
      const th = await corpus.db.db.kysely.selectFrom('threads').select(['id', 'time']).where('month', '=', month).where('kind', '=', 'monthly').executeTakeFirstOrThrow();
      const postings = (await loadFacts(corpus.db.db, ctx.classifierVersion, [th.id])).get(th.id) ?? [];
      const counts = new Map<string, number>();
      for (const p of postings) if (p.time !== null && p.time <= th.time! + hours * 3600) for (const s of p.skills) counts.set(s, (counts.get(s) ?? 0) + 1);
      const order = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return new Map(order.map(([s], i) => [s, i + 1]));
    }
    type TopData = { denominator: number; ageMatchedHours: number | null; rows: { skill: string; rank: number; rankYearAgo: number | null }[] };

    it('ranks the year before at the same age while the thread is filling, where it ranked the whole year-before thread', async () => {
      await stalled('2018-05', 24, async (opened) => {
        // Asked on the thread's second day, and asked 20 days later with crawling stopped on day two: the same answer.
        for (const nowMs of [opened + 24 * HOUR, opened + 20 * 24 * HOUR]) {
          const reply = await runCommand('top', { month: '2018-05' }, { ...ctx, nowMs });
          const d = reply.data as TopData;
          expect(d.ageMatchedHours).toBeCloseTo(24, 5);
          expect(reply.summary).toMatch(/Ranks a year before compared at the same age \(first 24 h of each thread\)\.$/);
          expect(d.denominator).toBe(747);
          const now = await ranksWithin('2018-05', 24);
          const before = await ranksWithin('2017-05', 24);
          for (const r of d.rows) expect([r.skill, r.rank, r.rankYearAgo]).toEqual([r.skill, now.get(r.skill), before.get(r.skill) ?? null]);
          // Kubernetes: 29th in May 2017's first day, 15th now (the whole May 2017 thread ranked it 27th).
          expect(d.rows.find((r) => r.skill === 'Kubernetes')).toMatchObject({ rank: 15, rankYearAgo: 29 });
        }
      });
    });

    it('a thread past 30 days is ranked whole against the whole thread a year before', async () => {
      const reply = await runCommand('top', { month: '2018-05' }, ctx);
      const d = reply.data as TopData;
      expect(d.ageMatchedHours).toBeNull();
      expect(d.denominator).toBe(980);
      const before = await ranksWithin('2017-05', 24 * 365);
      for (const r of d.rows) expect(r.rankYearAgo, r.skill).toBe(before.get(r.skill) ?? null);
    });
  });

  describe('/salary', () => {
    it('in rupees, counts the salaries above 5 million (about $66k), where the bounds were read in rupees', async () => {
      const reply = await runCommand('salary', { skill: 'ai', currency: 'inr' }, ctx);
      // 4–7M, 3.5–9M, 4–6M, 3.5–10M a year and 45k a month: one salary was counted, 540k.
      expect(reply.data).toMatchObject({ all: { n: 5, median: 5_500_000, p25: 5_000_000, p75: 6_250_000 } });
      expect(reply.summary).toBe('AI postings: median 5.5M INR (IQR 5M INR–6.3M INR, n=5).');
      expect(reply.fields?.find((f) => f.name === 'Disclosure')?.value).toBe('23% of 1148 postings state a salary; 5 pay in INR');
    });

    it('disclosure is the share stating any salary whatever the currency shown, and says how many pay in it', async () => {
      const field = (r: Awaited<ReturnType<typeof runCommand>>) => r.fields?.find((f) => f.name === 'Disclosure')?.value;
      const usd = await runCommand('salary', { skill: 'python' }, ctx);
      const eur = await runCommand('salary', { skill: 'python', currency: 'eur' }, ctx);
      expect(field(usd)).toBe('15% of 1344 postings state a salary');
      // Was "1.0% of 1344 postings state a salary": the share paying in euros, called disclosure.
      expect(field(eur)).toBe('15% of 1344 postings state a salary; 13 pay in EUR');
      expect((eur.data as { all: { stated: number } }).all.stated).toBe((usd.data as { all: { stated: number } }).all.stated);
      expect(eur.footnote).toMatch(/Figures from the postings paying in EUR; disclosure counts a salary in any currency\.$/);
    });

    it('a salary in a currency with no exchange rate is stated, though not in the USD median', async () => {
      // Imaginato (May 2018) pays 6,000–15,000 CNY a month; fx.json has no CNY.
      const reply = await runCommand('salary', { skill: 'magento' }, ctx);
      expect(reply.data).toMatchObject({ all: { n: 2, of: 13, stated: 3, inCurrency: 2 } });
      expect(reply.fields?.find((f) => f.name === 'Disclosure')?.value).toBe('23% of 13 postings state a salary; 1 in a currency with no exchange rate, left out of the median');
    });

    it('bounds a salary by its USD equivalent, both bounds included', () => {
      expect(plausible(SANE_USD_PER_YEAR.min, 'USD')).toBe(true);
      expect(plausible(SANE_USD_PER_YEAR.min - 1, 'USD')).toBe(false);
      expect(plausible(SANE_USD_PER_YEAR.max, 'USD')).toBe(true);
      expect(plausible(SANE_USD_PER_YEAR.max + 1, 'USD')).toBe(false);
      expect(plausible(10_000_000, 'INR')).toBe(true); // about $120k
      expect(plausible(50_000, 'INR')).toBe(false); // about $600
      expect(plausible(4_000_000, 'GBP')).toBe(false); // about $5.1M
      // Every currency /salary offers can be checked.
      for (const c of CURRENCIES) expect(hasRate(c), c).toBe(true);
    });
  });

  describe('/digest', () => {
    it('counts a salary in a currency with no exchange rate as stated', async () => {
      const reply = await runCommand('digest', { month: '2018-05' }, ctx);
      const d = reply.data as { postings: number; salary: { disclosure: { k: number; n: number }; medianUsd: number } };
      // 113 of 980 (11.5%), where the CNY posting was left out: 112, shown as 11%.
      expect(d.salary.disclosure).toMatchObject({ k: 113, n: 980 });
      expect(reply.fields?.find((f) => f.name === 'Salary stated')?.value).toBe('12%; median $101k/year');
    });

    it('counts companies once however their postings spell them', async () => {
      const reply = await runCommand('digest', { month: '2018-05' }, ctx);
      const d = reply.data as { companies: { new: string[]; returning: number } };
      // "BAMTECH Media" and "BAMTech Media" were two returning companies: 540.
      expect(d.companies.returning).toBe(539);
      expect(d.companies.new).toHaveLength(360);
      expect(new Set(d.companies.new.map(companyKey)).size).toBe(360);
      expect(reply.fields?.find((f) => f.name === 'Companies')?.value).toMatch(/^360 new, 539 returning from the past year/);
    });

    it('a company key sets case, spaces, punctuation and accents aside, and never reads a name as none', () => {
      // May 2017's pairs: 228 new and 497 returning where there were 227 and 494.
      for (const [a, b] of [['Stitch Fix', 'Stitchfix'], ['ginetta', 'Ginetta'], ['Thimble.io', 'Thimble io'], ['BOOKING', 'Booking'], ['Condé Nast', 'Conde Nast'], ['𝐏𝐨𝐫𝐭𝐨', 'Porto']]) {
        expect(companyKey(a!), a).toBe(companyKey(b!));
      }
      expect(companyKey('Stripe')).not.toBe(companyKey('Stripe Labs'));
      expect(companyKey('株式会社')).toBe('株式会社');
      expect(companyKey('---')).not.toBe('');
    });
  });

  describe('/movers', () => {
    it('names the largest move beyond noise, where it named the top rise, within noise', async () => {
      const reply = await runCommand('movers', { month: '2018-05' }, ctx);
      // React +4.9 pts is the top rise but within noise; Blockchain's +4.4 is the largest beyond it.
      expect(reply.summary).toBe('Blockchain moved most: 1.3% → 5.7% (+4.4 pts).');
    });

    it('a thread whose crawling stalled on its first day is compared with the year before at that age', async () => {
      const { stalledReply, thenReply } = await stalled('2018-05', 24, async (opened) => ({
        stalledReply: await runCommand('movers', { month: '2018-05' }, { ...ctx, nowMs: opened + 20 * 24 * HOUR }),
        thenReply: await runCommand('movers', { month: '2018-05' }, { ...ctx, nowMs: opened + 24 * HOUR }),
      }));
      expect(stalledReply.summary).toMatch(/, compared at the same age \(first 24 h\)\.$/);
      expect(stalledReply.data).toEqual(thenReply.data);
      expect(stalledReply.footnote).toMatch(/^Out of 747 postings \(May 2018\) and 617 \(May 2017\)/);
    });

    it('a fall larger than every rise is the one named', () => {
      const row = (skill: string, before: number, after: number) => ({ skill, change: compareShares(wilson(before, 670), wilson(after, 670)) });
      // September 2015's shape: React rose 8 points, JavaScript fell 15, both beyond noise.
      const rows = [row('React', 25, 80), row('JavaScript', 255, 150), row('Kafka', 3, 21)];
      expect(movedMost(rows)?.skill).toBe('JavaScript');
      // Within noise does not count, however large, unless asked for.
      const noisy = [row('Python', 200, 170), row('Go', 10, 14)];
      expect(movedMost(noisy)).toBeNull();
      expect(movedMost(noisy, { withinNoise: true })?.skill).toBe('Python');
    });
  });
});

/**
 * Crawling stalled: May 2026's thread last crawled on its second day (the 2026-05-03 recording),
 * the bot asked two and a half weeks later. Its data is 44 hours old, not 18 days: compared
 * with April cut at 18 days it read as a fall in postings that never happened.
 */
describe('a thread whose crawling stalled is compared at the age of its data', () => {
  const APRIL = 47601859;
  const MAY = 47975571;
  const CRAWLED = Date.UTC(2026, 4, 3, 11);
  let replay: HnReplay;
  let t: TestDb;

  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
    const app = testApp(t.db, testClient(replay.baseUrl));
    await runCrawl(app, { kind: 'thread', id: APRIL }, { now: () => Date.UTC(2026, 3, 28, 12) });
    replay.useSnapshot(MAY, '2026-05-03');
    await runCrawl(app, { kind: 'thread', id: MAY }, { now: () => CRAWLED });
  });
  afterAll(async () => {
    await t?.cleanup();
    await replay?.close();
  });

  const at = async (nowMs: number) => commandContext(t.db, { nowMs });

  it('/digest: the age is that of the last crawl, and April is cut there', async () => {
    const stalled = await runCommand('digest', {}, await at(Date.UTC(2026, 4, 20)));
    const d = stalled.data as { ageHours: number; postings: number; previous: { postings: number } };
    expect(d.ageHours).toBeCloseTo(44, 0);
    expect(stalled.summary).toMatch(/ after 44 h \(earlier threads compared at the same age\)/);
    // Exactly what the bot said at the moment of that crawl.
    const then = await runCommand('digest', {}, await at(CRAWLED));
    expect(stalled.data).toEqual(then.data);
    // 213 postings against April's 239 at 44 h, where April cut at 441 h had 339: a false fall of a third.
    expect(d).toMatchObject({ postings: 213, previous: { postings: 239 } });
  });

  it('/trend: month over month at the age of the last crawl', async () => {
    const stalled = await runCommand('trend', { skill: 'python', months: '2' }, await at(Date.UTC(2026, 4, 20)));
    const data = stalled.data as { ageMatchedHours: number };
    expect(data.ageMatchedHours).toBeCloseTo(44, 0);
    expect(stalled.summary).toMatch(/\(compared at the same age: first 44 h of each thread\)/);
    expect(stalled.data).toEqual((await runCommand('trend', { skill: 'python', months: '2' }, await at(CRAWLED))).data);
  });

  it('a clock earlier than the last crawl keeps its own age (a thread read later, answered as at that time)', async () => {
    const reply = await runCommand('digest', {}, await at(CRAWLED - 20 * HOUR));
    expect((reply.data as { ageHours: number }).ageHours).toBeCloseTo(24, 0);
  });
});

describe('amounts as the salary answers write them', () => {
  it('in thousands below a million, in millions from there', () => {
    expect([money(950, 'USD'), money(150_000, 'USD'), money(999_000, 'EUR'), money(5_500_000, 'INR'), money(12_340_000, 'INR'), money(null, 'USD')]).toEqual([
      '$950',
      '$150k',
      '€999k',
      '5.5M INR',
      '12M INR',
      'n/a',
    ]);
  });
});
