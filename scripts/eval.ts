import { type EvalSet, OWN_SETS, scoreSet } from './eval-sets.ts';

// npm run eval [-- --set dev|second|...|seventh] [score.mjs options]: the classifier's figures on the
// 150 dev postings of ../shared/eval and on our own labelled sets (eval/README.md), or on one.
const SETS: readonly EvalSet[] = ['dev', ...OWN_SETS];
const args = process.argv.slice(2);
const setAt = args.indexOf('--set');
const only = setAt >= 0 ? args.splice(setAt, 2)[1] : undefined;
if (only !== undefined && !SETS.includes(only as EvalSet)) {
  console.error(`--set must be one of ${SETS.map((s) => `"${s}"`).join(', ')}, not "${only}"`);
  process.exit(2);
}
for (const set of SETS) {
  if (only && only !== set) continue;
  const out = await scoreSet(set, args);
  process.stdout.write(only ? out : `== ${set} ==\n${out}\n`);
}
