import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { type HnReplay, startHnReplay } from '../fakes/hn-replay.ts';

/** Runs the CLI in-process with the given environment, capturing its output. */
async function cli(args: string[], env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let out = '';
  let err = '';
  try {
    const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), isTty: false, env: process.env });
    return { code, out, err };
  } finally {
    process.env = saved;
  }
}

describe('the hiring-radar command line', () => {
  let replay: HnReplay;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    replay = await startHnReplay();
    dir = mkdtempSync(join(tmpdir(), 'hr-cli-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, HN_API_URL: replay.baseUrl, LOG_LEVEL: 'silent' };
  });
  afterAll(async () => {
    await replay.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has --help for every command', async () => {
    for (const c of ['crawl', 'threads', 'migrate']) {
      const r = await cli([c, '--help'], env);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: hiring-radar ${c}`);
    }
    expect((await cli(['--help'], env)).out).toContain('Commands:');
  });

  it('explains wrong arguments and exits non-zero', async () => {
    const cases: [string[], RegExp][] = [
      [['crawl', '--thread', 'abc'], /--thread expects an HN item id/],
      [['crawl', '--since', '2024-1'], /--since expects YYYY-MM/],
      [['crawl', '--all', '--since', '2024-01'], /cannot be combined/],
      [['crawl', '--frobnicate'], /Unknown option '--frobnicate'/],
      [['threads', 'extra'], /Unexpected argument 'extra'/],
      [['fly'], /unknown command "fly"/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it('names an invalid variable instead of crashing', async () => {
    const r = await cli(['threads'], { ...env, DATABASE_URL: 'mysql://x', CRAWL_CONCURRENCY: '0' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/DATABASE_URL: expected "sqlite:PATH"/);
    expect(r.err).toMatch(/CRAWL_CONCURRENCY: expected an integer between 1 and 256/);
  });

  it('crawls a thread and lists threads as JSON', async () => {
    const crawl = await cli(['crawl', '--thread', '21419536'], env);
    expect(crawl.code, crawl.err).toBe(0);
    expect(crawl.out).toMatch(/crawl ok: 1 thread\(s\), 681 requests/);
    const r = await cli(['threads', '--json'], env);
    expect(r.code).toBe(0);
    const threads = JSON.parse(r.out);
    expect(threads).toEqual([
      {
        id: 21419536,
        month: '2019-11',
        title: 'Ask HN: Who is hiring? (November 2019)',
        time: expect.any(Number),
        postings: { live: 647, dead: 17, deleted: 16, removed: 0 },
        lastCrawledAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it('refuses an unknown thread with a clear message', async () => {
    const r = await cli(['crawl', '--thread', '999999999'], env);
    expect(r.code).toBe(1);
    expect(r.err).toContain('HN has no item 999999999');
  });
});
