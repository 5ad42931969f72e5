import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyJsonlFile } from '../src/core/classify/predict.ts';

// npm run eval: classifies the 150 hand-labeled dev postings and prints score.mjs's figures.
const EVAL = fileURLToPath(new URL('../../shared/eval', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hr-eval-'));
try {
  const lines: string[] = [];
  await classifyJsonlFile(join(EVAL, 'dev-items.jsonl'), (l) => lines.push(l));
  const pred = join(dir, 'pred.jsonl');
  writeFileSync(pred, `${lines.join('\n')}\n`);
  const args = [join(EVAL, 'score.mjs'), '--labels', join(EVAL, 'dev-labels.jsonl'), '--pred', pred, ...process.argv.slice(2)];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
