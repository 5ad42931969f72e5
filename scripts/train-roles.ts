import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../src/core/classify/html.ts';
import { classifyItems, type ClassifierInput } from '../src/core/classify/index.ts';
import { forEachFeature, ROLE_ORDER, RULE_FEATURES, type RoleModelFile, STEP_CHARS, useRoleModel } from '../src/core/classify/role-model.ts';
import type { Role } from '../src/core/classify/roles.ts';
import { scanWords, type Words } from '../src/core/classify/tokens.ts';
import { loadRecordedComments } from '../test/fakes/hn-replay.ts';
import { labelsOf, OWN_SETS } from './eval-sets.ts';

/**
 * Trains the roles model (src/core/classify/role-model.ts) on our own labelled sets and writes
 * src/core/classify/data/role-model.json: `npm run train-roles`. Run it again whenever a role rule
 * changes, since the model weighs what the rules say. Deterministic: the same rules and labels
 * give the same file.
 *
 * Not trained on the dev set (../shared/eval), so the dev figures stay a measure of the classifier
 * on postings it was not fitted to, as far as its rules allow.
 */

export const MODEL_FILE = fileURLToPath(new URL('../src/core/classify/data/role-model.json', import.meta.url));

/** How the model is trained. Chosen by blind tests on five sets (eval/README.md). */
export const TRAINING: {
  readonly minPostings: number;
  readonly ruleEpochs: number;
  readonly wordEpochs: number;
  readonly ruleRate: number;
  readonly wordRate: number;
  readonly rulePenalty: number;
  readonly wordPenalty: number;
  readonly threshold: number;
  readonly wordStep: number;
} = {
  /**
   * A word or pair seen in fewer postings than this has no weight. At 6 the model held 41,000
   * words and made classifying 16% slower (its tables crowd the other stages out of the
   * processor's caches); at 16 it holds 15,000, costs about 8%, and scores 0.0016 lower on the
   * fifteen latest sets each left out of its training in turn (0.8531 against 0.8547).
   */
  minPostings: 16,
  /**
   * Passes over the postings for the rules' roles and the constant, then for the words. The words'
   * pass count, step size and penalty were chosen again by ten-fold cross over the sixty-eight
   * sets (2.392.0): with 15,000 training postings the words could be fitted harder than the five
   * blind sets of 3,000 had allowed. 5 passes at 0.02 under 0.1 gave 0.8653; 8 at 0.03 under 0.05
   * gives 0.8699 (0.8681–0.8699 for the neighbouring choices tried; per-role thresholds, pairs of
   * the rules' roles and the skills found as features gained nothing beyond 0.001).
   */
  ruleEpochs: 30,
  wordEpochs: 8,
  /** Adagrad step sizes and L2 penalties: the words' is strong, so they only correct the rules. */
  ruleRate: 0.1,
  wordRate: 0.03,
  rulePenalty: 1e-5,
  wordPenalty: 0.05,
  /** A role is kept above this score: a little below even odds, as the rules miss more roles than they invent. */
  threshold: -0.5,
  /** The words' weights are rounded to steps of this (role-model.ts, RoleModelFile). */
  wordStep: 0.02,
};

export interface TrainingPosting {
  /** The labelled set it is from. */
  set: (typeof OWN_SETS)[number];
  /** The posting's features, each once (forEachFeature). */
  features: readonly number[];
  /** The labelled roles. */
  roles: readonly Role[];
  /** What the model is given to score it again: the posting's words, its header's end, the rules' roles. */
  words: Words;
  headerEnd: number;
  ruleRoles: readonly Role[];
}

/** The features of one posting, each once, with the roles the rules found for it. */
export function featuresOf(words: Words, headerEnd: number, ruleRoles: readonly Role[]): number[] {
  const set = new Set<number>();
  forEachFeature(words, headerEnd, ruleRoles, (h) => set.add(h));
  return [...set];
}

/** Every labelled job posting of our own sets, with its features under the current rules. */
export function trainingPostings(): TrainingPosting[] {
  const byId = new Map(loadRecordedComments().map((c) => [c.id, c]));
  const out: TrainingPosting[] = [];
  useRoleModel(null);
  try {
    for (const set of OWN_SETS) {
      const labels = readFileSync(labelsOf(set), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: number; is_job_posting: boolean; roles: Role[] | null });
      const jobs = labels.filter((l) => l.is_job_posting);
      const items = jobs.map((l) => byId.get(l.id) as ClassifierInput);
      const preds = classifyItems(items);
      jobs.forEach((l, k) => {
        const parsed = parseHtml(items[k]!.text);
        const ruleRoles = preds[k]!.roles as Role[];
        const headerEnd = parsed.header.length;
        const words = scanWords(parsed.text);
        out.push({ set, features: featuresOf(words, headerEnd, ruleRoles), roles: l.roles ?? [], words, headerEnd, ruleRoles });
      });
    }
  } finally {
    useRoleModel(undefined);
  }
  return out;
}

/**
 * One logistic regression per role, trained by Adagrad in two stages: first the rules' roles and
 * the constant alone, then the words with those held, under a strong penalty. Trained together,
 * the words fit the training postings by heart and the rules' roles lose their weight; on new
 * postings that cost more than it gained (roles F1 0.75 against the rules' 0.84).
 */
export function trainRoleModel(postings: readonly TrainingPosting[], about: string, training: typeof TRAINING = TRAINING): RoleModelFile {
  const df = new Map<number, number>();
  for (const p of postings) for (const f of p.features) df.set(f, (df.get(f) ?? 0) + 1);
  const ruleFeatures = new Set(RULE_FEATURES.values());
  const index = new Map<number, number>();
  for (const [f, n] of df) if (n >= training.minPostings || ruleFeatures.has(f)) index.set(f, index.size);
  const isRule = new Uint8Array(index.size);
  for (const f of ruleFeatures) if (index.has(f)) isRule[index.get(f)!] = 1;
  const rows = postings.map((p) => Int32Array.from(p.features.filter((f) => index.has(f)).map((f) => index.get(f)!)));
  // The first stage reads only the rules' features of each posting: the words' weights are still
  // 0 then and add nothing to a score (x + 0 is x exactly, so the weights are the same as when
  // every feature was read), and only the rules' are updated. Training takes a quarter of the time.
  const ruleRows = rows.map((row) => row.filter((j) => isRule[j] === 1));
  // The second stage sums every feature of a posting but updates only its words: those are kept
  // apart so that the update loop does not test each feature. A posting's features are distinct,
  // so the order of its updates does not change any weight.
  const wordRows = rows.map((row) => row.filter((j) => isRule[j] === 0));
  const weights = ROLE_ORDER.map((role) => {
    const y = Float64Array.from(postings, (p) => (p.roles.includes(role) ? 1 : 0));
    // Feature j's weight at 2j and its sum of squared gradients at 2j + 1: an update reads both,
    // and side by side they share a cache line.
    const wg = new Float64Array(2 * index.size);
    for (let at = 1; at < wg.length; at += 2) wg[at] = 1e-8;
    fitStage(ruleRows, ruleRows, y, wg, training.ruleEpochs, training.ruleRate, training.rulePenalty);
    fitStage(rows, wordRows, y, wg, training.wordEpochs, training.wordRate, training.wordPenalty);
    return Float64Array.from({ length: index.size }, (_, j) => wg[2 * j]!);
  });
  // The rules' features by name, in RULE_FEATURES' order; one no training posting had (a role
  // never found) weighs nothing.
  const ruleWeights = Object.fromEntries(
    [...RULE_FEATURES].map(([name, f]) => {
      const j = index.get(f);
      return [name, weights.map((w) => (j === undefined ? 0 : Math.round(w[j]! * 1e4) / 1e4))];
    }),
  );
  const wordWeights: [number, string][] = [];
  for (const [f, j] of index) {
    if (ruleFeatures.has(f)) continue;
    const steps = weights.map((w) => Math.max(-32, Math.min(31, Math.round(w[j]! / training.wordStep))));
    if (steps.some((q) => q !== 0)) wordWeights.push([f, steps.map((q) => STEP_CHARS[q + 32]).join('')]);
  }
  wordWeights.sort((a, b) => a[0] - b[0]);
  return { about, roles: [...ROLE_ORDER], threshold: training.threshold, ruleWeights, wordStep: training.wordStep, wordWeights };
}

/**
 * Adagrad passes of one role's logistic regression: each posting's score sums the weights of
 * `scored[k]` in order (the order fixes the sum's rounding, and so the committed model), and the
 * weights of `updated[k]` take a step. Plain loops over typed arrays, the words kept apart from
 * the rules' features and each weight beside its squared gradients: with a callback per posting, a
 * test per feature and the two in arrays of their own, training took 25.7 s where it takes 16.0
 * (2026-12-07; the committed model is the same byte for byte). The roles model's tests train four
 * times.
 */
function fitStage(
  scored: readonly Int32Array[],
  updated: readonly Int32Array[],
  y: Float64Array,
  wg: Float64Array,
  epochs: number,
  rate: number,
  penalty: number,
): void {
  for (let e = 0; e < epochs; e++) {
    for (let k = 0; k < scored.length; k++) {
      const row = scored[k]!;
      let z = 0;
      for (let i = 0; i < row.length; i++) z += wg[2 * row[i]!]!;
      const g = 1 / (1 + Math.exp(-z)) - y[k]!;
      const up = updated[k]!;
      for (let i = 0; i < up.length; i++) {
        const at = 2 * up[i]!;
        const wj = wg[at]!;
        const gj = g + penalty * wj;
        const s = wg[at + 1]! + gj * gj;
        wg[at + 1] = s;
        wg[at] = wj - (rate * gj) / Math.sqrt(s);
      }
    }
  }
}

/** The model file's text: one word per line, so a retrained model's diff can be read. */
export function modelText(model: RoleModelFile): string {
  const { wordWeights, ruleWeights, ...head } = model;
  const rules = Object.entries(ruleWeights).map(([name, w]) => `    ${JSON.stringify(name)}: ${JSON.stringify(w)}`);
  const json = JSON.stringify(head);
  return `${json.slice(0, -1)},\n  "ruleWeights": {\n${rules.join(',\n')}\n  },\n  "wordWeights": [\n${wordWeights.map((w) => JSON.stringify(w)).join(',\n')}\n]}\n`;
}

export function aboutText(postings: number): string {
  return `Trained by scripts/train-roles.ts on the ${postings} labelled job postings of eval/ (${OWN_SETS.length} sets, not the dev set).`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const postings = trainingPostings();
  const model = trainRoleModel(postings, aboutText(postings.length));
  writeFileSync(MODEL_FILE, modelText(model));
  process.stdout.write(`${postings.length} postings, ${model.wordWeights.length} words and word pairs with weights → ${MODEL_FILE}\n`);
}
