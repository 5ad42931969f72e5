import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/bots/terminal/render.ts';
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
      [['crawl', '--concurrency', '0'], /--concurrency expects a whole number from 1 to 256/],
      [['crawl', '--concurrency', '999'], /--concurrency expects a whole number from 1 to 256/],
      [['classify', '--input', '.'], /--input: not a file/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it('names commands as a terminal runs them, not as chat does', async () => {
    const r = await cli(['trend', 'rusty'], env);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Did you mean Rust.*hiring-radar help lists what you can ask/);
    expect(r.out).not.toMatch(/(^|\s)\/help/);
    // HN's own text is left as written.
    expect(renderTerminal({ kind: 'ok', title: 't', summary: 's', fields: [{ name: 'Acme', value: 'Onsite /remote, see our /jobs page' }] }, ['remote', 'jobs'])).toContain('Onsite /remote, see our /jobs page');
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

  it('says plainly, without a stack trace, when HN keeps failing', async () => {
    replay.setFaults({ http5xx: 1 });
    try {
      const r = await cli(['crawl', '--thread', '47975571'], { ...env, DATABASE_URL: `sqlite:${join(dir, 'failing.db')}`, HN_RETRIES: '0' });
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/HTTP 50\d/);
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      replay.setFaults({});
    }
  });

  it('refuses an unknown thread with a clear message', async () => {
    const r = await cli(['crawl', '--thread', '999999999'], env);
    expect(r.code).toBe(1);
    expect(r.err).toContain('HN has no item 999999999');
  });
});

describe('chat commands and the classifier from the terminal', () => {
  let replay: HnReplay;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    replay = await startHnReplay();
    dir = mkdtempSync(join(tmpdir(), 'hr-cli2-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, HN_API_URL: replay.baseUrl, LOG_LEVEL: 'silent' };
    expect((await cli(['crawl', '--since', '2026-01'], env)).code).toBe(0);
  });
  afterAll(async () => {
    await replay.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('trend renders text, --json the structured result, --png the chart', async () => {
    const text = await cli(['trend', 'rust', '--vs', 'go', '--months', '6'], env);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(/Rust is in \d+(\.\d)?% of May 2026 postings/);
    const json = await cli(['trend', 'rust', '--json'], env);
    expect(JSON.parse(json.out).series[0].skill).toBe('Rust');
    const png = join(dir, 'trend.png');
    expect((await cli(['trend', 'rust', '--png', png], env)).code).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    // A path that cannot be written: said plainly, no stack trace; the answer is still printed.
    for (const bad of [join(dir, 'no', 'such', 'dir.png'), dir]) {
      const r = await cli(['trend', 'rust', '--png', bad], env);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/Rust is in/);
      expect(r.err).toMatch(/cannot write the chart to ".*": (ENOENT|EISDIR)/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('a chat command with a bad argument exits non-zero with a clear message', async () => {
    const r = await cli(['trend', 'rustt'], env);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Did you mean Rust/);
    expect((await cli(['top', 'language', '2026-05', 'extra'], env)).err).toMatch(/unexpected argument "extra"/);
    // A month where the category could be: a month without a category.
    const top = await cli(['top', '2026-03'], env);
    expect(top.code, top.err + top.out).toBe(0);
    expect(top.out).toMatch(/March 2026/);
  });

  it('classify --input writes one prediction per line; bad lines are reported, not fatal', async () => {
    const { writeFileSync } = await import('node:fs');
    const input = join(dir, 'items.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 1, text: 'Acme | Rust engineer | Berlin | REMOTE | €90k' })}\nnot json\n{"no":"id"}\n`);
    const r = await cli(['classify', '--input', input], env);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: 1, is_job_posting: true, company: 'Acme', skills: ['Rust'], remote: 'remote', countries: ['DE'] });
    expect(r.err).toMatch(/line 2: not valid JSON/);
    // A byte-order mark, a text that is no string, an id that is no HN id.
    writeFileSync(input, `\ufeff${JSON.stringify({ id: 2, text: 'Acme | Go engineer | Paris' })}\n{"id":3,"text":42}\n{"id":-1,"text":"x"}\n{"id":1.5}\n`);
    const odd = await cli(['classify', '--input', input], env);
    expect(odd.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([2]);
    expect(odd.err).toMatch(/line 2: "text" must be a string of HTML, not number/);
    expect(odd.err).toMatch(/line 3: not an HN item \("id" must be a whole number from 1 up\)/);
    expect(odd.err).toMatch(/line 4: not an HN item/);
    expect((await cli(['classify', '--input', join(dir, 'missing.jsonl')], env)).err).toMatch(/no such file/);
    expect((await cli(['classify'], env)).code).toBe(2);
  });

  it('stops quietly when what it writes to stops reading (| head -1)', async () => {
    const { writeFileSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, `${Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i + 1, text: `Acme ${i} | Rust engineer | Berlin` })).join('\n')}\n`);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx src/cli.ts classify --input "${input}" | head -1; echo "status \${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(r.stdout).toMatch(/^\{"id":1,/);
    expect(r.stdout).toMatch(/status 0\n$/);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  }, 60_000);

  it('reclassify re-scores stored postings without any request to HN', async () => {
    replay.resetStats();
    const r = await cli(['reclassify', '--force'], env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/classifier [\d.]+: \d+ classified/);
    expect(replay.stats().requests).toBe(0);
  });
});
