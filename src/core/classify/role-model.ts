import { readFileSync } from 'node:fs';
import { ROLES, type Role } from './role-names.ts';
import type { Words } from './tokens.ts';

/**
 * A second opinion on the roles the rules (roles.ts) found: a linear model over the rules' own
 * roles and the words of the posting, trained on our labelled sets (scripts/train-roles.ts).
 *
 * Why: the rules are written from the postings we have read, and on postings no rule was written
 * from they miss phrasings they were never shown (roles F1 0.79–0.84 on each new blind set). The
 * words around a role carry evidence no single rule reads ("machine learning" beside
 * "engineers", "infrastructure" in a backend posting), and a model weighs all of it at once. In
 * five blind tests (each set scored with the classifier of the day before it was labelled, the
 * model trained on the other sets) it raised roles F1 on every one, by 0.014 on average, and on
 * each of the seventeen sets labelled for it, scored before it was trained on them.
 *
 * How: each role's score is the sum of the weights of the features the posting has (the rules'
 * roles, the header's words and word pairs, the text's words and word pairs, a constant), and
 * the role is kept when the score is above the model's threshold. The rules' roles carry most of
 * the weight (they were trained first, alone; the words only correct them, under a strong
 * penalty), so a role the rules found stays unless the words speak clearly against it.
 *
 * Features are 32-bit hashes made from the word hashes of the classifier's one word scan, without
 * a string per word: the model file holds hashes and weights, and scoring a posting is a table
 * look-up per feature.
 */

/** Role categories in the order of vocabulary.json: a role's index in the model's weights. */
export const ROLE_ORDER: readonly Role[] = ROLES;

/** The kinds of feature, mixed into each hash so a word of the header and of the text differ. */
enum Kind {
  Bias = 1,
  RuleRole = 2,
  HeaderWord = 3,
  HeaderPair = 4,
  Word = 5,
  Pair = 6,
}

/**
 * A feature's hash from its kind and up to two 32-bit values (murmur3's finaliser, twice); never
 * 0, which marks an empty slot of RoleModel's table.
 */
function featureHash(kind: Kind, a: number, b: number): number {
  let h = Math.imul(kind, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

/** The feature every posting has (the model's constant term). */
export const CONSTANT = featureHash(Kind.Bias, 0, 0);
/** The feature of a posting whose rules found no role. */
export const NO_RULE_ROLE = featureHash(Kind.RuleRole, ROLE_ORDER.length, 0);
/** The feature of a role the rules found. */
export const ruleFeature = (role: Role) => featureHash(Kind.RuleRole, ROLE_ORDER.indexOf(role), 0);

/** The model file's names of the features that are not words: the constant, no role, each role. */
export const RULE_FEATURES: ReadonlyMap<string, number> = new Map([
  ['(constant)', CONSTANT],
  ['(no role)', NO_RULE_ROLE],
  ...ROLE_ORDER.map((r) => [r, ruleFeature(r)] as [string, number]),
]);

/**
 * Calls `emit` with every feature of a posting, once or more each (callers that need each once
 * remove repeats): the constant, the rules' roles (or that they found none), and the word
 * features (forEachWordFeature).
 */
export function forEachFeature(words: Words, headerEnd: number, ruleRoles: readonly Role[], emit: (hash: number) => void): void {
  emit(CONSTANT);
  for (const role of ruleRoles) emit(ruleFeature(role));
  // No role at all is evidence of its own, which no sum over the roles could express.
  if (ruleRoles.length === 0) emit(NO_RULE_ROLE);
  forEachWordFeature(words, headerEnd, emit);
}

/**
 * Calls `emit` with the word features of a posting: for every word of the classifier's word scan
 * (tokens.ts: lower-cased, "node.js" and "full-stack" one word each), the word and the pair it
 * makes with the word before, as header features when it starts in the header and as text
 * features wherever it is. The scan's own word hashes serve: no second pass over the text.
 */
function forEachWordFeature(words: Words, headerEnd: number, emit: (hash: number) => void): void {
  const { hash, start, count } = words;
  let prev = 0;
  let prevInHeader = false;
  for (let i = 0; i < count; i++) {
    const h = hash[i]!;
    const inHeader = start[i]! < headerEnd;
    if (inHeader) {
      emit(featureHash(Kind.HeaderWord, h, 0));
      if (i > 0 && prevInHeader) emit(featureHash(Kind.HeaderPair, prev, h));
    }
    emit(featureHash(Kind.Word, h, 0));
    if (i > 0) emit(featureHash(Kind.Pair, prev, h));
    prev = h;
    prevInHeader = inHeader;
  }
}

/**
 * A trained model as stored in data/role-model.json. The weights of the rules' roles are kept as
 * they are, by name; those of the words are rounded to steps of `wordStep` between -32 and 31
 * steps and written one character per role, "A" for -32 to "/" for 31 ("g" is 0): 15,000 words
 * then take 490 KB, one line each, rather than 5 MB of numbers. Since the words were fitted harder
 * (2.392.0), 8 of their 400,000 weights reach 31 steps and are cut there; the cross figure (0.870)
 * was scored with the cut weights.
 * Rounding to steps of 0.02 changed no blind figure by more than 0.001.
 */
export interface RoleModelFile {
  /** What it was trained on and how, for people. */
  about: string;
  /** Role order of the weights: vocabulary.json's. */
  roles: Role[];
  /** A role is kept when its score is above this. */
  threshold: number;
  /** Weights of the features that are not words (RULE_FEATURES' names), one per role. */
  ruleWeights: Record<string, number[]>;
  wordStep: number;
  /** [feature hash, one character per role]: the words' weights. */
  wordWeights: [number, string][];
}

/** The 64 characters of a word weight, from -32 steps to 31. */
export const STEP_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A rule feature's weights in a model file (RULE_FEATURES' names), one per role. */
function ruleWeightsOf(file: RoleModelFile, name: string): Float64Array {
  const w = file.ruleWeights[name];
  if (!w || w.length !== ROLE_ORDER.length) throw new Error(`role model: no weights for "${name}"`);
  return Float64Array.from(w);
}

/**
 * A model ready to score. The words' weights stay in steps, one byte each, 15 a word, in rows
 * found through an open-addressing table from hash to row: about 420 KB for 15,000 words. Small
 * on purpose: the classifier's other stages share the processor's caches with it. With 41,000
 * words in tables of 3.5 MB (hash, row and a "seen" stamp per slot at a quarter load, weights in
 * rows of 16) it made whole classifications 23% slower, where it costs about 10 µs a posting alone;
 * these tables took that to 16%, and fewer words (scripts/train-roles.ts) to 8%.
 */
export class RoleModel {
  /** Feature hash per slot, 0 when empty. */
  private readonly keys: Uint32Array;
  /**
   * Row of weights per slot: 16 bits while the model has at most 65,535 words (half the bytes to
   * share the caches with), 32 beyond, so that more training postings never make a model this
   * class refuses.
   */
  private readonly rowAt: Uint16Array | Uint32Array;
  /** 15 weights per row, in steps of wordStep. */
  private readonly steps: Int8Array;
  private readonly mask: number;
  private readonly threshold: number;
  private readonly wordStep: number;
  /** Weights of the constant, of no role, and of each role the rules found (by role index). */
  private readonly constant: Float64Array;
  private readonly noRole: Float64Array;
  private readonly byRole: Float64Array[];
  /** Rows counted for the posting being scored (a feature counts once), to be cleared after it. */
  private readonly counted: Uint8Array;
  private readonly countedRows: number[] = [];
  private readonly sum = new Int32Array(ROLE_ORDER.length);
  /** The look-up of one feature, made once: a closure per posting would be a new function each time. */
  private readonly count: (hash: number) => void;

  constructor(file: RoleModelFile) {
    const R = ROLE_ORDER.length;
    if (file.roles.join() !== ROLE_ORDER.join()) throw new Error("role model: its roles are not the vocabulary's, in order");
    this.constant = ruleWeightsOf(file, '(constant)');
    this.noRole = ruleWeightsOf(file, '(no role)');
    this.byRole = ROLE_ORDER.map((role) => ruleWeightsOf(file, role));
    let size = 2;
    while (size < file.wordWeights.length * 1.5) size *= 2;
    this.keys = new Uint32Array(size);
    this.rowAt = file.wordWeights.length > 0xffff ? new Uint32Array(size) : new Uint16Array(size);
    this.mask = size - 1;
    this.threshold = file.threshold;
    this.wordStep = file.wordStep;
    this.steps = new Int8Array(file.wordWeights.length * R);
    this.counted = new Uint8Array(file.wordWeights.length);
    file.wordWeights.forEach(([hash, chars], row) => {
      if (chars.length !== R || !(hash > 0)) throw new Error(`role model: a bad word weight (${hash})`);
      let slot = hash & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = hash;
      this.rowAt[slot] = row;
      for (let r = 0; r < R; r++) this.steps[row * R + r] = STEP_CHARS.indexOf(chars[r]!) - 32;
    });
    const { keys, rowAt, steps, sum, mask, counted, countedRows } = this;
    this.count = (hash) => {
      let slot = hash & mask;
      for (;;) {
        const key = keys[slot]!;
        if (key === hash) break;
        if (key === 0) return;
        slot = (slot + 1) & mask;
      }
      const row = rowAt[slot]!;
      if (counted[row] === 1) return;
      counted[row] = 1;
      countedRows.push(row);
      for (let r = 0, at = row * R; r < R; r++, at++) sum[r]! += steps[at]!;
    };
  }

  /** The roles this model keeps for a posting whose rules found `ruleRoles`, sorted. */
  roles(words: Words, headerEnd: number, ruleRoles: readonly Role[]): Role[] {
    this.sum.fill(0);
    // The rules' features have weights of their own (below): only the words are looked up.
    forEachWordFeature(words, headerEnd, this.count);
    for (const row of this.countedRows) this.counted[row] = 0;
    this.countedRows.length = 0;
    const out: Role[] = [];
    for (let r = 0; r < ROLE_ORDER.length; r++) {
      let score = this.constant[r]! + this.sum[r]! * this.wordStep;
      if (ruleRoles.length === 0) score += this.noRole[r]!;
      for (const role of ruleRoles) score += this.byRole[ROLE_ORDER.indexOf(role)]![r]!;
      if (score > this.threshold) out.push(ROLE_ORDER[r]!);
    }
    return out.sort();
  }
}

let model: RoleModel | null | undefined;

/**
 * The roles of a posting: the rules' roles weighed by the trained model (data/role-model.json).
 * Training turns the model off (useRoleModel(null)) to see what the rules alone say.
 */
export function weighRoles(words: Words, headerEnd: number, ruleRoles: readonly Role[]): Role[] {
  if (model === undefined) model = new RoleModel(JSON.parse(readFileSync(new URL('./data/role-model.json', import.meta.url), 'utf8')) as RoleModelFile);
  return model ? model.roles(words, headerEnd, ruleRoles) : [...ruleRoles];
}

/** Replaces the trained model (null: the rules' roles as they are); undefined loads the file again. */
export function useRoleModel(m: RoleModel | null | undefined): void {
  model = m;
}
