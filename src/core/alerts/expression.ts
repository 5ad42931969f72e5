/**
 * Skill expressions for alerts: `rust`, `rust or go`, `python and not django`, with
 * parentheses. Precedence: not, then and, then or. Names resolve through the taxonomy.
 */
export type Expr = { op: 'skill'; name: string } | { op: 'not'; e: Expr } | { op: 'and' | 'or'; a: Expr; b: Expr };

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

/** The most words (skills, operators, parentheses) a user may type in one expression. */
export const MAX_WORDS = 40;

/**
 * `maxWords`: MAX_WORDS for what a user types; a stored expression (describe's form, which may
 * add parentheses) is read back without a cap.
 */
export function parseExpression(input: string, resolve: (word: string) => string, maxWords = MAX_WORDS): Expr {
  // Words between operators form one skill name ("react native", "ruby on rails").
  const tokens: string[] = [];
  let merge = false;
  for (const w of input.match(/\(|\)|[^\s()]+/g) ?? []) {
    const isOp = w === '(' || w === ')' || ['and', 'or', 'not'].includes(w.toLowerCase());
    if (!isOp && merge) tokens[tokens.length - 1] += ` ${w}`;
    else tokens.push(w);
    merge = !isOp;
  }
  let i = 0;
  const peek = () => tokens[i]?.toLowerCase();
  const or = (): Expr => {
    let e = and();
    while (peek() === 'or') {
      i++;
      e = { op: 'or', a: e, b: and() };
    }
    return e;
  };
  const and = (): Expr => {
    let e = not();
    while (peek() === 'and') {
      i++;
      e = { op: 'and', a: e, b: not() };
    }
    return e;
  };
  const not = (): Expr => {
    if (peek() === 'not') {
      i++;
      return { op: 'not', e: not() };
    }
    return atom();
  };
  const atom = (): Expr => {
    const t = tokens[i++];
    if (t === undefined) throw new ExpressionError('the expression ends too early: a skill is missing');
    if (t === '(') {
      const e = or();
      if (tokens[i++] !== ')') throw new ExpressionError('a closing parenthesis is missing');
      return e;
    }
    if (t === ')' || ['and', 'or', 'not'].includes(t.toLowerCase())) throw new ExpressionError(`a skill is expected where "${t}" is`);
    return { op: 'skill', name: resolve(t) };
  };
  if (tokens.length === 0) throw new ExpressionError('give at least one skill, e.g. "rust" or "rust or go"');
  if (tokens.length > maxWords) throw new ExpressionError(`the expression is too long (at most ${maxWords} words)`);
  const e = or();
  if (i < tokens.length) throw new ExpressionError(`unexpected "${tokens[i]}"`);
  return e;
}

export function evaluate(e: Expr, skills: ReadonlySet<string>): boolean {
  switch (e.op) {
    case 'skill':
      return skills.has(e.name);
    case 'not':
      return !evaluate(e.e, skills);
    case 'and':
      return evaluate(e.a, skills) && evaluate(e.b, skills);
    case 'or':
      return evaluate(e.a, skills) || evaluate(e.b, skills);
  }
}

/**
 * Skills one of which a posting must have to possibly match: the matching index. An
 * expression that can match without any skill (only "not x") returns null: it cannot be
 * indexed and is refused when subscribing.
 */
export function requiredAnyOf(e: Expr): Set<string> | null {
  switch (e.op) {
    case 'skill':
      return new Set([e.name]);
    case 'not':
      return null;
    case 'and': {
      const a = requiredAnyOf(e.a);
      const b = requiredAnyOf(e.b);
      if (a && b) return a.size <= b.size ? a : b;
      return a ?? b;
    }
    case 'or': {
      const a = requiredAnyOf(e.a);
      const b = requiredAnyOf(e.b);
      return a && b ? new Set([...a, ...b]) : null;
    }
  }
}

/** How tightly each operator binds: a part binding looser than its operator needs parentheses. */
const BINDS: Record<Expr['op'], number> = { or: 1, and: 2, not: 3, skill: 4 };

/**
 * The expression written back with the canonical skill names and only the parentheses it needs:
 * "Rust or Go or Python" (and, or are associative), "(Rust or Go) and not Java". Stored, shown in
 * /subscriptions and read back by parseExpression to the same matches.
 */
export function describe(e: Expr): string {
  const part = (child: Expr, op: Expr['op']) => (BINDS[child.op] < BINDS[op] ? `(${describe(child)})` : describe(child));
  switch (e.op) {
    case 'skill':
      return e.name;
    case 'not':
      return `not ${part(e.e, 'not')}`;
    default:
      return `${part(e.a, e.op)} ${e.op} ${part(e.b, e.op)}`;
  }
}
