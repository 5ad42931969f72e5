import { RoleModel, useRoleModel } from '../src/core/classify/role-model.ts';
import { EXTRA_SETS, evalExtra, extraText } from './eval-extra.ts';
import { devYearMix, drawsText, evalDraws } from './eval-draws.ts';
import { evalFieldSet, FIELD_SETS, fieldText } from './eval-fields.ts';
import { type EvalSet, HELD_OUT_SETS, OWN_SETS, scoreSet } from './eval-sets.ts';
import { aboutText, trainingPostings, trainRoleModel } from './train-roles.ts';

// npm run eval [-- --set dev|second|...|seventh] [score.mjs options]: the classifier's figures on the
// 150 dev postings of ../shared/eval and on our own labelled sets (eval/README.md), or on one.
// npm run eval -- --cross: roles on each of our sets with a roles model trained without it (ten folds).
// npm run eval -- --extra: seniority, employment type, cities and remote scope on the sets of eval/extra (score.mjs has no such fields).
// npm run eval -- --fields: salary exact and company on the sets that label one field alone (eval/salary, eval/company).
// npm run eval -- --draws [N]: how often N random sets of 150 held-out postings miss each target (eval-draws.ts);
// with --like-dev, sets drawn from all our labelled sets in the dev set's mix of years.
const SETS: readonly EvalSet[] = ['dev', ...OWN_SETS, ...HELD_OUT_SETS];
/** Folds of `--cross`: each set is scored by a model trained without its fold (a tenth of the sets). */
const CROSS_FOLDS = 10;
const args = process.argv.slice(2);
if (args.includes('--extra')) {
  for (const set of EXTRA_SETS) process.stdout.write(extraText(set, evalExtra(set)));
  process.exit(0);
}
if (args.includes('--fields')) {
  for (const fs of FIELD_SETS) process.stdout.write(fieldText(fs, evalFieldSet(fs)));
  process.exit(0);
}
const drawsAt = args.indexOf('--draws');
if (drawsAt >= 0) {
  const given = args[drawsAt + 1];
  const draws = given === undefined || given.startsWith('--') ? 200 : Number(given);
  if (!Number.isInteger(draws) || draws < 1) {
    console.error(`--draws takes a whole number of draws of at least 1, not "${given}"`);
    process.exit(2);
  }
  const likeDev = args.includes('--like-dev');
  process.stdout.write(drawsText(await evalDraws(likeDev ? { draws, sets: [...OWN_SETS, ...HELD_OUT_SETS], years: devYearMix() } : { draws })));
  process.exit(0);
}
if (args.includes('--cross')) {
  await crossRoles();
  process.exit(0);
}
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

/**
 * The roles model is trained on our own sets (scripts/train-roles.ts), so on them it scores what
 * it learnt by heart. This is its figure on postings it was not trained on: each set scored with a
 * model trained without it and the other sets of its fold (every tenth set; leaving one set out at
 * a time took sixty-eight trainings, about 20 minutes). The rules were written from these sets too,
 * so it is still above what a set nobody has read gives (eval/README.md, the blind sets).
 */
async function crossRoles(): Promise<void> {
  const postings = trainingPostings();
  const pooled = { tp: 0, fp: 0, fn: 0 };
  const fmt = (n: number) => n.toFixed(3);
  const foldOf = (set: string) => OWN_SETS.indexOf(set as (typeof OWN_SETS)[number]) % CROSS_FOLDS;
  const lines: string[] = [];
  for (let fold = 0; fold < CROSS_FOLDS; fold++) {
    const rest = postings.filter((p) => foldOf(p.set) !== fold);
    useRoleModel(new RoleModel(trainRoleModel(rest, aboutText(rest.length))));
    for (const set of OWN_SETS) {
      if (foldOf(set) !== fold) continue;
      const { roles } = JSON.parse(await scoreSet(set, ['--json'])) as { roles: { f1: number; precision: number; recall: number; tp: number; fp: number; fn: number } };
      pooled.tp += roles.tp;
      pooled.fp += roles.fp;
      pooled.fn += roles.fn;
      lines[OWN_SETS.indexOf(set)] = `${set.padEnd(14)} roles F1 ${fmt(roles.f1)} (precision ${fmt(roles.precision)}, recall ${fmt(roles.recall)})`;
    }
  }
  useRoleModel(undefined);
  for (const line of lines) console.log(line);
  const p = pooled.tp / (pooled.tp + pooled.fp);
  const r = pooled.tp / (pooled.tp + pooled.fn);
  console.log(`${'pooled'.padEnd(14)} roles F1 ${fmt((2 * p * r) / (p + r))} (precision ${fmt(p)}, recall ${fmt(r)})`);
}
