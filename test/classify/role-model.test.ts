import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../src/core/classify/index.ts';
import { CONSTANT, forEachFeature, NO_RULE_ROLE, ROLE_ORDER, RoleModel, type RoleModelFile, ruleFeature, STEP_CHARS, useRoleModel } from '../../src/core/classify/role-model.ts';
import type { Role } from '../../src/core/classify/roles.ts';
import { scanWords } from '../../src/core/classify/tokens.ts';
import { featuresOf, MODEL_FILE, modelText, trainingPostings, trainRoleModel, aboutText } from '../../scripts/train-roles.ts';
import { requireShared } from '../helpers/shared.ts';

const count = (text: string, headerEnd = 0, roles: Role[] = []) => {
  let n = 0;
  forEachFeature(scanWords(text), headerEnd, roles, () => n++);
  return n;
};
const features = (text: string, headerEnd: number, roles: Role[]) => featuresOf(scanWords(text), headerEnd, roles);

/** A model file with no weight but those given: every role's constant at -1, the threshold 0. */
function modelFile(words: Record<string, Partial<Record<Role, number>>>, rules: Partial<Record<string, Partial<Record<Role, number>>>> = {}): RoleModelFile {
  const row = (w: Partial<Record<Role, number>> = {}) => ROLE_ORDER.map((r) => w[r] ?? 0);
  const ruleWeights: Record<string, number[]> = { '(constant)': ROLE_ORDER.map(() => -1), '(no role)': row(rules['(no role)']) };
  for (const r of ROLE_ORDER) ruleWeights[r] = row(rules[r]);
  const wordWeights: [number, string][] = Object.entries(words).map(([word, w]) => {
    // The word's text feature: its features alone minus the constant and "no role".
    const hash = features(word, 0, []).find((h) => h !== CONSTANT && h !== NO_RULE_ROLE)!;
    return [hash, row(w).map((x) => STEP_CHARS[Math.round(x / 0.5) + 32]).join('')];
  });
  return { about: 'test', roles: [...ROLE_ORDER], threshold: 0, ruleWeights, wordStep: 0.5, wordWeights };
}

describe('role model features', () => {
  it('reads a word the same way whatever its case, and keeps "." and "-" inside a word', () => {
    expect(features('Node.JS full-stack', 0, [])).toEqual(features('node.js FULL-STACK', 0, []));
    // constant, no role, two words, one pair
    expect(count('node.js full-stack')).toBe(5);
    // A "." or "-" at a word's end, and any other character, only separates.
    expect(features('rust.', 0, [])).toEqual(features('rust', 0, []));
    expect(features('C++ / C#', 0, [])).toEqual(features('c++ c#', 0, []));
  });

  it('gives words that start in the header features of their own besides the text ones', () => {
    expect(count('Acme | Rust', 0)).toBe(2 + 2 + 1);
    expect(count('Acme | Rust', 11)).toBe(2 + 2 + 1 + 2 + 1);
    expect(count('Acme | Rust', 5)).toBe(2 + 2 + 1 + 1);
  });

  it('marks the rules\u2019 roles, or that they found none', () => {
    expect(features('', 0, [])).toEqual([CONSTANT, NO_RULE_ROLE]);
    expect(features('', 0, ['backend', 'design'])).toEqual([CONSTANT, ruleFeature('backend'), ruleFeature('design')]);
  });

  it('hashes as the committed model was trained with (a changed hash would leave its weights unread)', () => {
    expect(features('Rust engineers', 3, ['backend'])).toEqual([2328593439, 1748353052, 3049763606, 2500474721, 2889334748, 3700929397]);
  });
});

describe('role model scoring', () => {
  it('keeps a role whose score is above the threshold', () => {
    const model = new RoleModel(modelFile({ kubernetes: { devops_sre_platform: 1.5 } }, { backend: { backend: 2 } }));
    expect(model.roles(scanWords('we run kubernetes'), 0, [])).toEqual(['devops_sre_platform']);
    expect(model.roles(scanWords('we run kubernetes'), 0, ['backend'])).toEqual(['backend', 'devops_sre_platform']);
    expect(model.roles(scanWords('we run nomad'), 0, ['backend'])).toEqual(['backend']);
  });

  it('counts a word once, however often a posting repeats it', () => {
    const model = new RoleModel(modelFile({ kubernetes: { devops_sre_platform: 0.5 } }));
    expect(model.roles(scanWords('kubernetes kubernetes kubernetes'), 0, [])).toEqual([]);
  });

  it('lets words outweigh a role the rules found', () => {
    const model = new RoleModel(modelFile({ recruiter: { backend: -4 } }, { backend: { backend: 2 } }));
    expect(model.roles(scanWords('a recruiter for a client'), 0, ['backend'])).toEqual([]);
  });

  it('reads a model of more than 65,535 words (rows past a 16-bit index)', () => {
    const file = modelFile({ kubernetes: { devops_sre_platform: 1.5 } });
    // 70,000 other words first, so kubernetes' row is past 65,535. They all weigh nothing: a
    // filler hash that happened to be one of the posting's features would change no score.
    const filler: [number, string][] = Array.from({ length: 70_000 }, (_, i) => [0x7f000000 + i, 'g'.repeat(ROLE_ORDER.length)]);
    const model = new RoleModel({ ...file, wordWeights: [...filler, ...file.wordWeights] });
    expect(model.roles(scanWords('we run kubernetes'), 0, [])).toEqual(['devops_sre_platform']);
  });

  it('refuses a model file it cannot read, saying why', () => {
    const good = modelFile({});
    expect(() => new RoleModel({ ...good, roles: good.roles.slice(1) })).toThrow(/roles are not the vocabulary/);
    const { backend: _, ...noBackend } = good.ruleWeights;
    expect(() => new RoleModel({ ...good, ruleWeights: noBackend })).toThrow(/no weights for "backend"/);
    expect(() => new RoleModel({ ...good, wordWeights: [[5, 'gg']] })).toThrow(/bad word weight/);
  });

  it('is what the classifier uses, and off gives the rules\u2019 roles as they are', () => {
    const text = 'Acme | Senior Engineer | Remote<p>We build APIs in Go.';
    try {
      useRoleModel(new RoleModel(modelFile({}, { backend: { backend: 2 } })));
      expect(classifyItem({ id: 1, text }).roles).toEqual(['backend']);
      useRoleModel(new RoleModel(modelFile({ apis: { backend: -4 } }, { backend: { backend: 2 } })));
      expect(classifyItem({ id: 1, text }).roles).toEqual([]);
      useRoleModel(null);
      expect(classifyItem({ id: 1, text }).roles).toEqual(['backend']);
    } finally {
      useRoleModel(undefined);
    }
  });
});

/** The labelled postings with their features under the current rules: read once for this file (about 15 s). */
let labelled: ReturnType<typeof trainingPostings> | undefined;
function labelledPostings(): ReturnType<typeof trainingPostings> {
  labelled ??= trainingPostings();
  return labelled;
}

describe('the committed role model', () => {
  it('is what training on the labelled sets gives with the current rules (npm run train-roles)', () => {
    requireShared('hn/items');
    const postings = labelledPostings();
    const expected = modelText(trainRoleModel(postings, aboutText(postings.length)));
    // Not toEqual on the text: a 700 KB diff is no message.
    const committed = readFileSync(MODEL_FILE, 'utf8');
    expect(committed === expected, 'data/role-model.json is out of date: run npm run train-roles').toBe(true);
  }, 300_000);
});

describe('the role model on postings it was not trained on', () => {
  it('finds roles better than the rules alone, on each of the three latest blind sets of the rules left out of its training in turn', () => {
    requireShared('hn/items');
    const postings = labelledPostings();
    const f1 = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    const pooledRules = { tp: 0, fp: 0, fn: 0 };
    const pooledWeighed = { tp: 0, fp: 0, fn: 0 };
    for (const set of ['twentieth', 'twenty-first', 'twenty-second'] as const) {
      const rest = postings.filter((p) => p.set !== set);
      const model = new RoleModel(trainRoleModel(rest, aboutText(rest.length)));
      const rules = { tp: 0, fp: 0, fn: 0 };
      const weighed = { tp: 0, fp: 0, fn: 0 };
      for (const p of postings.filter((q) => q.set === set)) {
        for (const [c, pooled, got] of [
          [rules, pooledRules, p.ruleRoles],
          [weighed, pooledWeighed, model.roles(p.words, p.headerEnd, p.ruleRoles)],
        ] as const) {
          for (const r of got) {
            const k = p.roles.includes(r) ? 'tp' : 'fp';
            c[k]++;
            pooled[k]++;
          }
          for (const r of p.roles) {
            if (got.includes(r)) continue;
            c.fn++;
            pooled.fn++;
          }
        }
      }
      // Left out: 0.842, 0.864 and 0.873 against the rules' 0.830, 0.838 and 0.838 (classifier 2.387.0,
      // the other sixty-seven sets; 0.845, 0.843 and 0.866 at 2.363.0 with thirty-seven).
      expect(f1(weighed), set).toBeGreaterThan(f1(rules));
      expect(f1(weighed), set).toBeGreaterThanOrEqual(0.835);
    }
    expect(f1(pooledWeighed)).toBeGreaterThan(f1(pooledRules) + 0.01);
  }, 300_000);
});
