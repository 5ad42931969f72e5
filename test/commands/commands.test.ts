import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/index.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import { renderTerminal } from '../../src/bots/terminal/render.ts';
import { runCrawl } from '../../src/core/crawler.ts';
import { type Classifier, reclassifyAll } from '../../src/core/db/classifications.ts';
import { SkillLookup } from '../../src/core/skills/lookup.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';
import { testApp, testClient } from '../helpers/crawl.ts';
import { openTestDb, type TestDb } from '../helpers/db.ts';

const SKILLS = [
  { name: 'Rust', category: 'language', aliases: ['rustlang'] },
  { name: 'Go', category: 'language', aliases: ['golang', 'go lang'] },
  { name: 'Python', category: 'language', aliases: ['py'] },
  { name: 'Kubernetes', category: 'infra', aliases: ['k8s'] },
];

/** A deliberately simple classifier so the numbers can be checked by an independent scan. */
const simple: Classifier = {
  version: 'simple-1',
  classify(item) {
    const text = item.text ?? '';
    const skills = [
      /\bRust\b/.test(text) && 'Rust',
      /\b(Go|Golang)\b/.test(text) && 'Go',
      /\bPython\b/.test(text) && 'Python',
      /\b(Kubernetes|k8s)\b/i.test(text) && 'Kubernetes',
    ].filter((s): s is string => Boolean(s));
    return {
      is_job_posting: text.length > 200,
      company: null,
      skills,
      remote: /remote/i.test(text) ? 'remote' : 'unspecified',
      countries: [],
      visa: 'unspecified',
      salary: null,
      roles: [],
    };
  },
};

describe('commands over a crawled and classified corpus', () => {
  let replay: HnReplay;
  let t: TestDb;
  let empty: TestDb;
  let ctx: CommandContext;

  beforeAll(async () => {
    replay = await startHnReplay();
    t = await openTestDb('sqlite');
    empty = await openTestDb('sqlite');
    await runCrawl(testApp(t.db, testClient(replay.baseUrl)), { kind: 'since', month: '2024-01' });
    await reclassifyAll(t.db, simple);
    ctx = { db: t.db, classifierVersion: simple.version, skills: new SkillLookup(SKILLS), nowMs: Date.UTC(2026, 10, 24) };
  });
  afterAll(async () => {
    await t?.cleanup();
    await empty?.cleanup();
    await replay?.close();
  });

  /** The independent computation: scan stored classification JSON and posting statuses. */
  async function scan(month: string, skill: string) {
    const rows = await t.db.kysely
      .selectFrom('postings as p')
      .innerJoin('threads as th', 'th.id', 'p.thread_id')
      .innerJoin('classifications as c', 'c.posting_id', 'p.id')
      .select(['p.status', 'c.result'])
      .where('th.month', '=', month)
      .where('th.kind', '=', 'monthly')
      .where('c.classifier_version', '=', simple.version)
      .execute();
    let n = 0;
    let k = 0;
    for (const r of rows) {
      const result = JSON.parse(r.result) as { is_job_posting: boolean; skills: string[] };
      if (r.status !== 'live' || !result.is_job_posting) continue;
      n++;
      if (result.skills.includes(skill)) k++;
    }
    return { k, n };
  }

  it('/trend reports the same counts as an independent scan', async () => {
    const reply = await runCommand('trend', { skill: 'golang', months: '6' }, ctx);
    expect(reply.kind, reply.summary).toBe('ok');
    const data = reply.data as { series: { skill: string; points: { month: string; share: { k: number; n: number } }[] }[] };
    expect(data.series[0]?.skill).toBe('Go');
    for (const p of data.series[0]!.points) {
      if (p.share.n === 0) continue;
      expect(p.share, p.month).toMatchObject(await scan(p.month, 'Go'));
    }
    expect(reply.footnote).toMatch(/Out of \d+ postings in the May 2026 thread/);
    expect(reply.sparkline).toMatch(/^Go {2}[▁▂▃▄▅▆▇█ ]{6}$/);
  });

  it('/trend shows months without a thread as gaps, not zeros', async () => {
    const reply = await runCommand('trend', { skill: 'rust', months: '24' }, ctx);
    const data = reply.data as { series: { points: { threadId: number | null; share: { p: number | null } }[] }[] };
    const gaps = data.series[0]!.points.filter((p) => p.threadId === null);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((p) => p.share.p === null)).toBe(true);
    expect(renderTerminal(reply)).toContain('—');
  });

  it('/remote counts calendar months: a month without a thread is a gap, not an older thread', async () => {
    // The recorded threads since 2024-01: 2024-09, then 2026-01 to 2026-05.
    const reply = await runCommand('remote', { months: '6' }, ctx);
    expect(reply.title).toBe('Remote, hybrid, onsite: last 6 months');
    expect(reply.table!.rows.map((r) => r[0])).toEqual(['2026-05', '2026-04', '2026-03', '2026-02', '2026-01', '2025-12']);
    expect(reply.table!.rows.at(-1)).toEqual(['2025-12', '—', '—', '—', '—', 'no thread']);
    const chart = reply.chart!;
    if (chart.kind !== 'line') throw new Error(`expected a line chart, got ${chart.kind}`);
    expect(chart.series[0]!.values[0]).toBeNull();
    expect(chart.series[0]!.values.slice(1).every((v) => typeof v === 'number')).toBe(true);
  });

  it('/trend with vs compares two skills', async () => {
    const reply = await runCommand('trend', { skill: 'Rust', vs: 'Go' }, ctx);
    expect(reply.title).toBe('Rust vs Go: share of postings, last 12 months');
    expect((reply.chart as unknown as { series: unknown[] }).series).toHaveLength(2);
  });

  it('/top ranks skills by the same counts', async () => {
    const reply = await runCommand('top', { category: 'language' }, ctx);
    expect(reply.kind).toBe('ok');
    const data = reply.data as { month: string; rows: { skill: string; share: { k: number; n: number } }[] };
    for (const row of data.rows) expect(row.share).toMatchObject(await scan(data.month, row.skill));
    expect(data.rows.map((r) => r.share.k)).toEqual([...data.rows.map((r) => r.share.k)].sort((a, b) => b - a));
  });

  it('a country filter takes the codes the classifier knows ("uk" as GB), and /salary a second skill that is not the first', async () => {
    for (const country of ['xx', '%', 'usa']) {
      const reply = await runCommand('jobs', { skill: 'rust', country }, ctx);
      expect(reply.kind, country).toBe('error');
      expect(reply.summary).toMatch(/country must be a two-letter country code/);
    }
    expect((await runCommand('jobs', { skill: 'rust', country: 'uk' }, ctx)).summary).toMatch(/\(GB\)/);
    const same = await runCommand('salary', { skill: 'rust', with: 'rustlang' }, ctx);
    expect(same.kind).toBe('error');
    expect(same.summary).toMatch(/another skill than Rust/);
  });

  it('an unknown skill gets suggestions', async () => {
    const reply = await runCommand('trend', { skill: 'rusty' }, ctx);
    expect(reply.kind).toBe('error');
    expect(reply.summary).toMatch(/Did you mean Rust/);
  });

  it('too long, symbol-filled or invalid input gets a clear message, never a crash', async () => {
    const cases: Record<string, unknown>[] = [
      { skill: 'x'.repeat(500) },
      { skill: '<@everyone> &&& ;;; \u0000' },
      { skill: 'rust', months: 'many' },
      { skill: 'rust', months: '100000' },
      { skill: 'rust', bogus: '1' },
      // Decimal digits only: Number() reads these as 16, 10 and 5.
      { skill: 'rust', months: '0x10' },
      { skill: 'rust', months: '1e1' },
      { skill: 'rust', months: '0b101' },
      // Names every object has are no options either.
      { skill: 'rust', constructor: 'x' },
      { skill: 'rust', toString: 'x' },
      {},
    ];
    for (const args of cases) {
      const reply = await runCommand('trend', args, ctx);
      expect(reply.kind, JSON.stringify(args).slice(0, 60)).toBe('error');
      expect(reply.summary.length).toBeLessThan(300);
    }
    expect((await runCommand('top', { month: '2024-13' }, ctx)).summary).toMatch(/YYYY-MM/);
    expect((await runCommand('nope', {}, ctx)).summary).toMatch(/no \/nope command/);
  });

  it('empty data gives an empty reply, not an error or a zero', async () => {
    const emptyCtx = { ...ctx, db: empty.db };
    for (const name of ['trend', 'top'] as const) {
      const reply = await runCommand(name, name === 'trend' ? { skill: 'rust' } : {}, emptyCtx);
      expect(reply.kind, name).toBe('empty');
    }
    expect((await runCommand('about', {}, emptyCtx)).kind).toBe('ok');
    expect((await runCommand('help', {}, emptyCtx)).fields?.map((f) => f.name.split(' ')[0])).toContain('/trend');
  });
});
