import { type EvalSet, scoreSet } from './eval-sets.ts';

// npm run eval [-- --set dev|second] [score.mjs options]: the classifier's figures on the 150 dev
// postings of ../shared/eval and on our second labelled set (eval/README.md), or on one of them.
const args = process.argv.slice(2);
const setAt = args.indexOf('--set');
const only = setAt >= 0 ? args.splice(setAt, 2)[1] : undefined;
if (only !== undefined && only !== 'dev' && only !== 'second') {
  console.error(`--set must be "dev" or "second", not "${only}"`);
  process.exit(2);
}
for (const set of ['dev', 'second'] as const satisfies readonly EvalSet[]) {
  if (only && only !== set) continue;
  const out = await scoreSet(set, args);
  process.stdout.write(only ? out : `== ${set} ==\n${out}\n`);
}
