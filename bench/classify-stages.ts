import { classifyItems, STAGE_NAMES } from '../src/core/classify/index.ts';
import { loadRecordedComments } from '../test/fakes/hn-replay.ts';
import { classifyInGroups } from './classify-rounds.ts';
import { row } from './util.ts';

/** The stages of the rules that read the text for one field each (STAGE_NAMES). */
const RULES = new Set(['company', 'remote', 'places', 'visa', 'salary', 'role rules (and levels)']);
/** The speed target of the classifier issue, in postings a second. */
const TARGET = 10_000;

/**
 * Where a posting's time goes, stage by stage, over every recorded posting classified in groups
 * as crawls do (warmed up like `classify`), and what the target leaves for the rules: the stages
 * that only parse the text, scan its words, find skills and weigh the roles model are needed by
 * any classifier of these fields, and the target's 100 µs a posting has to hold them and the rules.
 */
export async function benchClassifyStages(): Promise<void> {
  const items = loadRecordedComments();
  classifyItems(items.slice(0, 2000));
  const stageMs = new Float64Array(STAGE_NAMES.length);
  const started = performance.now();
  classifyInGroups(items, stageMs);
  const totalUs = ((performance.now() - started) * 1000) / items.length;
  const us = [...stageMs].map((ms) => (ms * 1000) / items.length);
  const share = (x: number) => `${((100 * x) / totalUs).toFixed(1)}%`;
  for (const [k, name] of STAGE_NAMES.entries()) row(name, `${us[k]!.toFixed(1)} µs  ${share(us[k]!)}`);
  const rules = us.filter((_, k) => RULES.has(STAGE_NAMES[k]!)).reduce((a, b) => a + b, 0);
  const rest = us.reduce((a, b) => a + b, 0) - rules;
  row('per posting', `${totalUs.toFixed(1)} µs (${(1e6 / totalUs).toFixed(0)} postings/s)`);
  row('the rules (company ... role rules)', `${rules.toFixed(1)} µs  ${share(rules)}`);
  row('the rest alone', `${rest.toFixed(1)} µs  ${share(rest)} (${(1e6 / rest).toFixed(0)} postings/s)`);
  const budget = 1e6 / TARGET;
  row(`${TARGET.toLocaleString('en')}/s leaves the rules`, budget > rest ? `${(budget - rest).toFixed(1)} µs: ${(rules / (budget - rest)).toFixed(1)}× less than now` : 'nothing: the rest alone is slower');
}
