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
 * Int32s appended one by one into storage kept from use to use: emptying the list (length = 0) keeps it. (An array
 * emptied with `length = 0` lets its storage go, and growing it again for every posting was 8% of
 * what classifying allocated.)
 */
class Int32List {
  items = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.items.length) {
      const more = new Int32Array(this.length * 2);
      more.set(this.items);
      this.items = more;
    }
    this.items[this.length++] = v;
  }
}

/**
 * A model ready to score, in one open-addressing table of 16-byte slots: a feature's hash and its
 * 15 weights, 6 bits each (steps of wordStep, +32 so that they are 0 to 63), five to a 32-bit
 * word. A look-up reads one slot, so one cache line.
 *
 * Why so: the look-ups of a posting land at random in a table of about 2 MB that the other stages
 * push out of the processor's caches, so each waits for memory and the number of cache lines a
 * look-up reads is what scoring costs. The tables before (hashes, then rows, then 15 bytes of
 * weights a row, a "counted" byte a row: 1.7 MB in four places) had each look-up read three or
 * four lines, and scoring cost about 31 µs a posting amid whole classifications, 13 µs alone.
 * And the slots of a posting's features are touched in a first loop before they are scored
 * (`roles`). This layout and that loop: about 16 µs amid whole classifications, 11.5 alone.
 */
export class RoleModel {
  /** Per slot: the feature's hash (0 when empty), then three words of five weights each. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly threshold: number;
  private readonly wordStep: number;
  /** Weights of the constant, of no role, and of each role the rules found (by role index). */
  private readonly constant: Float64Array;
  private readonly noRole: Float64Array;
  private readonly byRole: Float64Array[];
  /** The features of the posting being scored, collected before any is looked up. */
  private readonly features = new Int32List();
  /**
   * Slots counted for the posting being scored (a feature counts once), to be cleared after it.
   * The mark is bit 30 of a slot's first weight word: in the cache line the look-up just read.
   */
  private readonly counted = new Int32List();
  private readonly sum = new Int32Array(ROLE_ORDER.length);
  /** Collects a feature: made once, where a closure per posting would be a new function each time. */
  private readonly collect = (hash: number) => this.features.push(hash);

  constructor(file: RoleModelFile) {
    const R = ROLE_ORDER.length;
    if (file.roles.join() !== ROLE_ORDER.join()) throw new Error("role model: its roles are not the vocabulary's, in order");
    if (R !== 15) throw new Error('role model: the table holds 15 weights a slot');
    this.constant = ruleWeightsOf(file, '(constant)');
    this.noRole = ruleWeightsOf(file, '(no role)');
    this.byRole = ROLE_ORDER.map((role) => ruleWeightsOf(file, role));
    let size = 2;
    while (size < file.wordWeights.length * 1.5) size *= 2;
    const slots = new Int32Array(size * 4);
    const mask = size - 1;
    this.slots = slots;
    this.mask = mask;
    this.threshold = file.threshold;
    this.wordStep = file.wordStep;
    for (const [hash, chars] of file.wordWeights) {
      if (chars.length !== R || !(hash > 0)) throw new Error(`role model: a bad word weight (${hash})`);
      let slot = hash & mask;
      while (slots[slot * 4] !== 0) slot = (slot + 1) & mask;
      slots[slot * 4] = hash | 0;
      for (let r = 0; r < R; r++) {
        const step = STEP_CHARS.indexOf(chars[r]!);
        if (step < 0) throw new Error(`role model: a bad word weight (${hash})`);
        slots[slot * 4 + 1 + Math.floor(r / 5)]! |= step << (6 * (r % 5));
      }
    }
  }

  /** The roles this model keeps for a posting whose rules found `ruleRoles`, sorted. */
  roles(words: Words, headerEnd: number, ruleRoles: readonly Role[]): Role[] {
    const { features, counted, slots, mask, sum } = this;
    sum.fill(0);
    // The rules' features have weights of their own (below): only the words are looked up.
    features.length = 0;
    forEachWordFeature(words, headerEnd, this.collect);
    const hashes = features.items;
    // First touch every feature's slot, then score: the touches do not wait on one another, so the
    // processor fetches many slots from memory at once, where the scoring loop, which branches on
    // each slot's contents, would wait for them one by one.
    // That loop also drops the features whose first slot is empty: they have no weights.
    let m = 0;
    for (let i = 0; i < features.length; i++) {
      const h = hashes[i]!;
      hashes[m] = h;
      m += slots[(h & mask) << 2] === 0 ? 0 : 1;
    }
    // Then each feature's weights are added to the sums, once a posting.
    const wrap = (mask << 2) | 3;
    for (let i = 0; i < m; i++) {
      const key = hashes[i]!;
      let at = (key & mask) << 2;
      let k = slots[at]!;
      while (k !== key && k !== 0) {
        at = (at + 4) & wrap;
        k = slots[at]!;
      }
      if (k === 0) continue;
      const a = slots[at + 1]!;
      if ((a & COUNTED) !== 0) continue;
      slots[at + 1] = a | COUNTED;
      counted.push(at);
      const b = slots[at + 2]!;
      const c = slots[at + 3]!;
      sum[0]! += a & 63;
      sum[1]! += (a >>> 6) & 63;
      sum[2]! += (a >>> 12) & 63;
      sum[3]! += (a >>> 18) & 63;
      sum[4]! += (a >>> 24) & 63;
      sum[5]! += b & 63;
      sum[6]! += (b >>> 6) & 63;
      sum[7]! += (b >>> 12) & 63;
      sum[8]! += (b >>> 18) & 63;
      sum[9]! += (b >>> 24) & 63;
      sum[10]! += c & 63;
      sum[11]! += (c >>> 6) & 63;
      sum[12]! += (c >>> 12) & 63;
      sum[13]! += (c >>> 18) & 63;
      sum[14]! += (c >>> 24) & 63;
    }
    // Each weight was summed as its step + 32.
    const bias = 32 * counted.length;
    for (let k = 0; k < counted.length; k++) slots[counted.items[k]! + 1]! &= ~COUNTED;
    counted.length = 0;
    // The roles taken in the order of their names: the list comes out sorted, with no sort (a
    // copy of the list) a posting.
    const out: Role[] = [];
    for (let k = 0; k < BY_NAME.length; k++) {
      const r = BY_NAME[k]!;
      let score = this.constant[r]! + (sum[r]! - bias) * this.wordStep;
      if (ruleRoles.length === 0) score += this.noRole[r]!;
      for (const role of ruleRoles) score += this.byRole[ROLE_ORDER.indexOf(role)]![r]!;
      if (score > this.threshold) out.push(ROLE_ORDER[r]!);
    }
    return out;
  }
}

/** The indices of ROLE_ORDER in the order `sort()` puts their names in. */
const BY_NAME: readonly number[] = [...ROLE_ORDER].sort().map((role) => ROLE_ORDER.indexOf(role));

/** A slot's mark that its feature was counted for the posting being scored. */
const COUNTED = 1 << 30;

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
