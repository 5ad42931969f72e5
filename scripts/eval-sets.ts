import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyJsonlFile } from '../src/core/classify/predict.ts';
import { loadRecordedComments } from '../test/fakes/hn-replay.ts';

/** ../shared beside the checkout: the dev set (never copied here). */
export const SHARED = fileURLToPath(new URL('../../shared', import.meta.url));
/** Our own labelled sets (eval/README.md), by name: labels only, the postings are read by id. */
export const OWN_SETS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first', 'thirty-second', 'thirty-third', 'thirty-fourth', 'thirty-fifth', 'thirty-sixth', 'thirty-seventh', 'thirty-eighth', 'thirty-ninth', 'fortieth', 'forty-first', 'forty-second', 'forty-third', 'forty-fourth', 'forty-fifth', 'forty-sixth', 'forty-seventh', 'forty-eighth', 'forty-ninth', 'fiftieth', 'fifty-first', 'fifty-second', 'fifty-third', 'fifty-fourth', 'fifty-fifth', 'fifty-sixth', 'fifty-seventh', 'fifty-eighth', 'fifty-ninth', 'sixtieth', 'sixty-first', 'sixty-second', 'sixty-third', 'sixty-fourth', 'sixty-fifth', 'sixty-sixth', 'sixty-seventh', 'sixty-eighth', 'sixty-ninth', 'seventy-fourth', 'seventy-fifth', 'seventy-sixth', 'seventy-seventh', 'seventy-eighth', 'seventy-ninth', 'eightieth', 'eighty-first', 'eighty-second', 'eighty-third', 'eighty-fourth', 'eighty-fifth', 'eighty-sixth', 'eighty-seventh', 'eighty-eighth', 'eighty-ninth', 'ninetieth', 'ninety-first', 'ninety-second', 'ninety-third', 'ninety-fourth', 'ninety-fifth', 'ninety-sixth', 'ninety-seventh', 'ninety-eighth', 'ninety-ninth', 'hundredth', 'hundred-and-first', 'hundred-and-second', 'hundred-and-third', 'hundred-and-fourth', 'hundred-and-fifth', 'hundred-and-sixth', 'hundred-and-seventh', 'hundred-and-eighth', 'hundred-and-ninth', 'hundred-and-tenth', 'hundred-and-eleventh', 'hundred-and-twelfth', 'hundred-and-thirteenth', 'hundred-and-fourteenth', 'hundred-and-fifteenth', 'hundred-and-sixteenth', 'hundred-and-seventeenth', 'hundred-and-eighteenth', 'hundred-and-nineteenth', 'hundred-and-twentieth', 'hundred-and-twenty-first', 'hundred-and-twenty-second', 'hundred-and-twenty-third', 'hundred-and-twenty-fourth', 'hundred-and-twenty-fifth', 'hundred-and-twenty-sixth', 'hundred-and-twenty-seventh', 'hundred-and-twenty-eighth', 'hundred-and-twenty-ninth', 'hundred-and-thirtieth', 'hundred-and-thirty-first', 'hundred-and-thirty-second', 'hundred-and-thirty-third', 'hundred-and-thirty-fourth', 'hundred-and-thirty-fifth', 'hundred-and-thirty-sixth', 'hundred-and-thirty-seventh', 'hundred-and-thirty-eighth', 'hundred-and-thirty-ninth', 'hundred-and-fortieth', 'hundred-and-forty-first', 'hundred-and-forty-second', 'hundred-and-forty-third', 'hundred-and-forty-fourth', 'hundred-and-forty-fifth', 'hundred-and-forty-sixth', 'hundred-and-forty-seventh', 'hundred-and-forty-eighth', 'hundred-and-forty-ninth'] as const;
/**
 * Our labelled sets that nothing is trained on (eval/README.md): scored blind with the classifier
 * and roles model of the day they were labelled, and kept out of the roles model's training so
 * that they go on telling how it does on postings it has not learnt.
 */
export const HELD_OUT_SETS = ['seventieth', 'seventy-first', 'seventy-second', 'seventy-third', 'hundred-and-fiftieth', 'hundred-and-fifty-first', 'hundred-and-fifty-second'] as const;
export type EvalSet = 'dev' | (typeof OWN_SETS)[number] | (typeof HELD_OUT_SETS)[number];

/** The labels file of one of our own sets. */
export function labelsOf(set: Exclude<EvalSet, 'dev'>): string {
  return fileURLToPath(new URL(`../eval/${set}-labels.jsonl`, import.meta.url));
}

/**
 * Every recorded comment by id, read once: reading the 48 MB of recordings took about 0.65 s, and
 * scoring every set read them once a set (92 of the 152 s eval.test.ts took with 142 sets).
 */
let recordedById: Map<number, ReturnType<typeof loadRecordedComments>[number]> | undefined;

/** The recorded comments with these ids, in the order of `ids`; an error names the ids not recorded. */
export function recordedComments(ids: readonly number[]): ReturnType<typeof loadRecordedComments> {
  recordedById ??= new Map(loadRecordedComments().map((c) => [c.id, c]));
  const byId = recordedById;
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) throw new Error(`${missing.length} labelled items are not in the recorded threads: ${missing.slice(0, 5).join(', ')}`);
  return ids.map((id) => byId.get(id)!);
}

/** The recorded items with these ids, as JSON lines, in the order of `ids`. */
function recordedItems(ids: readonly number[]): string {
  return `${recordedComments(ids).map((c) => JSON.stringify(c)).join('\n')}\n`;
}

/**
 * Classifies a hand-labelled set and returns what ../shared/eval/score.mjs prints for it
 * (`scoreArgs`: its options, e.g. --json). "dev" is ../shared/eval's 150 postings; our own sets
 * (OWN_SETS) are eval/<set>-labels.jsonl, whose postings are read from the recorded threads by id.
 */
export async function scoreSet(set: EvalSet, scoreArgs: readonly string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hr-eval-'));
  try {
    let items = join(SHARED, 'eval', 'dev-items.jsonl');
    let labels = join(SHARED, 'eval', 'dev-labels.jsonl');
    if (set !== 'dev') {
      labels = labelsOf(set);
      const ids = readFileSync(labels, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: number }).id);
      items = join(dir, 'items.jsonl');
      writeFileSync(items, recordedItems(ids));
    }
    const lines: string[] = [];
    await classifyJsonlFile(items, (l) => lines.push(l));
    const pred = join(dir, 'pred.jsonl');
    writeFileSync(pred, `${lines.join('\n')}\n`);
    return execFileSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), '--labels', labels, '--pred', pred, ...scoreArgs], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
