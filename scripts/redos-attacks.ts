import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Writes bench/data/redos-attacks.json: for every regular expression of the classifier
 * (src/core/classify), written or built from pieces and data, that recheck, a ReDoS analyser, finds slower than linear, the attack string
 * it builds (a prefix, a piece to repeat, a suffix). `npm run bench -- classify-attacks` builds
 * postings from them. recheck is not a dependency of the project (its binaries weigh 58 MB): install it for
 * the run, `npm install --no-save recheck@4.5.0`, then `npx tsx scripts/redos-attacks.ts`. Run it
 * again when expressions change. The attacks of expressions no longer in the source are kept,
 * marked `gone`: such a string once slowed the classifier down, and it found a second slow rule
 * besides its own (a list of titles' dashes, put in a header field, stalled the field's trimming).
 */

const CLASSIFY_DIR = fileURLToPath(new URL('../src/core/classify/', import.meta.url));
export const ATTACKS_FILE = fileURLToPath(new URL('../bench/data/redos-attacks.json', import.meta.url));

export interface Attack {
  /** file:line in src/core/classify where the expression is written or built. */
  where: string;
  source: string;
  /** The expression has since left the source (made linear): its attack is kept, a posting it once slowed down. */
  gone?: boolean;
  flags: string;
  /** recheck's verdict: "2nd degree polynomial", "exponential", ... */
  complexity: string;
  pumps: { prefix: string; pump: string }[];
  suffix: string;
}

interface Expression {
  where: string;
  source: string;
  flags: string;
}

/** Every regular expression literal of the classifier's source, with where it is. */
function literalExpressions(): Expression[] {
  const out: Expression[] = [];
  for (const file of readdirSync(CLASSIFY_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const sf = ts.createSourceFile(file, readFileSync(CLASSIFY_DIR + file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({ where: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * The expressions the classifier builds with `new RegExp` as its modules load (from pieces, and
 * from the data files: a skill's `notFollowedBy`), with the line that built each: the RegExp
 * constructor is watched while the classifier is imported. Run in a process of its own
 * (EXPRESSIONS_FLAG), since a module already loaded builds nothing again.
 */
async function builtExpressions(): Promise<Expression[]> {
  const seen: Expression[] = [];
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const frame = new Error().stack?.split('\n').find((l) => l.includes('/src/core/classify/'));
      const at = frame?.match(/classify\/([\w-]+\.ts):(\d+)/);
      seen.push({ where: at ? `${at[1]}:${at[2]}` : 'src/core/classify', source: re.source, flags: re.flags });
      return re;
    },
  });
  try {
    await import('../src/core/classify/index.ts');
  } finally {
    globalThis.RegExp = Native;
  }
  return seen;
}
const EXPRESSIONS_FLAG = '--print-expressions';

/** Every expression of the classifier, literal or built, each once. */
export function classifierExpressions(): Expression[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), EXPRESSIONS_FLAG], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`listing the classifier's expressions failed: ${child.stderr}`);
  return eachOnce([...literalExpressions(), ...(JSON.parse(child.stdout) as Expression[])]);
}

/** The expressions, each as recheck sees it once: the first place it is written or built. */
function eachOnce(expressions: readonly Expression[]): Expression[] {
  const unique = new Map<string, Expression>();
  for (const e of expressions) if (!unique.has(expressionKey(e))) unique.set(expressionKey(e), e);
  return [...unique.values()];
}

/** An expression as recheck sees it: global and sticky change where a search starts, not how it backtracks. */
export function expressionKey(e: { source: string; flags: string }): string {
  return `${e.source}/${e.flags.replace(/[gy]/g, '')}`;
}

const runAsScript = Boolean(process.argv[1]) && fileURLToPath(import.meta.url) === process.argv[1];

if (runAsScript && process.argv.includes(EXPRESSIONS_FLAG)) {
  // Each once: some are built thousands of times (a pattern per gazetteer entry). No exit()
  // after the write: output to a pipe is written later, and exiting would cut it short.
  process.stdout.write(JSON.stringify(eachOnce(await builtExpressions())));
}

if (runAsScript && !process.argv.includes(EXPRESSIONS_FLAG)) {
  let checkSync: (source: string, flags: string, params?: { timeout?: number; checker?: 'auto' | 'automaton' | 'fuzz' }) => {
    status: string;
    complexity?: { summary: string };
    attack?: { pumps?: { prefix: string; pump: string }[]; suffix: string };
  };
  try {
    ({ checkSync } = createRequire(import.meta.url)('recheck'));
  } catch {
    process.stderr.write('redos-attacks: recheck is not installed; run `npm install --no-save recheck@4.5.0` first\n');
    process.exit(2);
  }
  const expressions = classifierExpressions();
  const attacks: Attack[] = [];
  const undecided: string[] = [];
  for (const e of expressions) {
    // Global and sticky change where a search starts, not how it backtracks.
    let result = checkSync(e.source, e.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
    // Undecided in 10 s: the fuzzer alone, given longer, found a cubic attack on visa's largest
    // expression that the default checker had timed out on.
    if (result.status === 'unknown') result = checkSync(e.source, e.flags.replace(/[gy]/g, ''), { timeout: 120_000, checker: 'fuzz' });
    if (result.status === 'unknown') undecided.push(e.where);
    if (result.status !== 'vulnerable' || !result.attack?.pumps) continue;
    attacks.push({ ...e, complexity: result.complexity?.summary ?? '', pumps: result.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix: result.attack.suffix });
  }
  const now = new Set(expressions.map(expressionKey));
  const earlier: Attack[] = existsSync(ATTACKS_FILE) ? JSON.parse(readFileSync(ATTACKS_FILE, 'utf8')) : [];
  const gone = earlier.filter((a) => !now.has(expressionKey(a))).map((a) => ({ ...a, gone: true }));
  writeFileSync(ATTACKS_FILE, `${JSON.stringify([...attacks, ...gone], null, 1)}\n`);
  process.stdout.write(`${expressions.length} expressions, ${attacks.length} with an attack, ${gone.length} kept of expressions gone → ${ATTACKS_FILE}\n`);
  process.stdout.write(`undecided (no attack): ${undecided.join(', ') || 'none'}\n`);
}
