import { readFileSync } from 'node:fs';
import { type Attack, ATTACKS_FILE, classifierExpressions, expressionKey } from '../scripts/redos-attacks.ts';
import { BoundedClassifier } from '../test/helpers/bounded-classify.ts';
import { row } from './util.ts';

/** A long attack at these lengths: linear work takes four times as long on the second. */
const SHORT = 25_000;
const LONG = 100_000;
/** Flagged above this growth from SHORT to LONG (the square reads 10-16×), or above ABSOLUTE_MS. */
const GROWTH_FLAGGED = 8;
const FLOOR_MS = 50;
const ABSOLUTE_MS = 400;
/** Short attacks, each pump repeated this often, one a line or paragraph up to MANY_LENGTH. */
const MANY_REPEATS = [12, 24, 48];
const MANY_LENGTH = 50_000;
/** A classification still running after this is killed and reported. */
const DEADLINE_MS = 90_000;

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Where in a posting an attack is put: the stages read a header, a body, a list, a label or a bracket differently. */
export const PLACES: Record<string, (s: string) => string> = {
  bare: (s) => s,
  'first field': (s) => `${s} | Engineer | Berlin`,
  'last field': (s) => `Acme | Engineer | ${s}`,
  body: (s) => `Acme | Senior Backend Engineer | Berlin | Remote | $150k<p>We are hiring engineers. ${escaped(s)}`,
  'paragraph start': (s) => `Acme | Engineer | Berlin<p>${escaped(s)}`,
  bullet: (s) => `Acme | Engineer | Berlin<p>We're hiring:\n- ${escaped(s)}`,
  label: (s) => `Acme | Engineer | Berlin<p>Location: ${escaped(s)}`,
  bracket: (s) => `Acme | Engineer | Berlin<p>We are hiring engineers (${escaped(s)}`,
  pay: (s) => `Acme | Engineer | Berlin | $120k<p>Salary: ${escaped(s)}`,
  remote: (s) => `Acme | Engineer | Remote (${escaped(s)}`,
  // As written, not escaped: an anchor's text is markup the parser reads apart from the rest.
  anchor: (s) => `Acme | Engineer<p><a href="x">${s}</a>`,
};
/** The places in a header, where short attacks go one a line; elsewhere one a paragraph. */
const IN_HEADER = new Set(['bare', 'first field', 'last field']);

/** The attack with each pump repeated `repeats` times. */
const built = (a: Attack, repeats: number) => a.pumps.map((p) => p.prefix + p.pump.repeat(repeats)).join('') + a.suffix;
/** The attack about `length` characters long. */
const ofLength = (a: Attack, length: number) => built(a, Math.max(1, Math.floor(length / Math.max(1, a.pumps.reduce((s, p) => s + p.pump.length, 0)))));
/**
 * A posting of about `length` characters: the attack, as long as it can be, put in its place. Its
 * suffix must survive: the classifier reads 200 KB of a comment, and cut short, an attack that
 * needs its last character to fail matches at once. (Escaping "<", ">" and "&" makes a posting up
 * to five times its attack's length.)
 */
export function posting(a: Attack, place: string, length: number): string {
  const put = PLACES[place]!;
  const first = put(ofLength(a, length));
  return first.length <= length ? first : put(ofLength(a, Math.floor((length * length) / first.length)));
}

/** Short attacks (each pump repeated `repeats` times), one a line or paragraph of `place`, to about `length` characters. */
export function shortOnes(a: Attack, place: string, repeats: number, length: number): string {
  const line = built(a, repeats) + (IN_HEADER.has(place) ? '\n' : '<p>');
  return PLACES[place]!(line.repeat(Math.ceil(length / line.length)));
}

/**
 * The attack strings recheck, a ReDoS analyser, built for the classifier's expressions that are
 * slower than linear (bench/data/redos-attacks.json, written by scripts/redos-attacks.ts), put
 * into postings in eleven places (a header field, a body, a list item, a label, a bracket, an
 * anchor...): each
 * long (25 KB and 100 KB: flagged when the time grows more than eight-fold, or is over 400 ms)
 * and short but many (an attack of 12, 24 or 48 pumps a line, to 50 KB: flagged over 400 ms).
 * Where the random search of classify-shapes guesses, this aims: it found two expressions (a
 * header field's edges, 44 s at 200 KB; a list of titles, minutes on 60 characters) that sixteen
 * seeds of that search had not. Postings are classified in a child process, killed when one runs
 * past 90 s.
 * Exits with 1 when something is flagged. `--only=file.ts:line` runs the attacks of one line.
 */
export async function benchClassifyAttacks(): Promise<void> {
  const attacks: Attack[] = JSON.parse(readFileSync(ATTACKS_FILE, 'utf8'));
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  if (only && !attacks.some((a) => a.where === only)) {
    process.stderr.write(`classify-attacks: no attack for ${only}; the file has ${[...new Set(attacks.map((a) => a.where))].join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  const current = new Set(classifierExpressions().map(expressionKey));
  const gone = attacks.filter((a) => a.gone).length;
  // An expression changed since the file was written has no attack of its own yet.
  const stale = attacks.filter((a) => !a.gone && !current.has(expressionKey(a))).length;
  const bounded = new BoundedClassifier(DEADLINE_MS);
  const flagged: string[] = [];
  const time = async (name: string, text: string) => {
    try {
      return (await bounded.classify(name, { id: 1, text })).ms;
    } catch (err) {
      process.stdout.write(`${(err as Error).message}\n`);
      return Number.POSITIVE_INFINITY;
    }
  };
  const started = performance.now();
  let postings = 0;
  try {
    await time('warm-up', 'Acme | Engineer | Berlin<p>We are hiring engineers.');
    for (const a of attacks.filter((x) => !only || x.where === only)) {
      for (const place of Object.keys(PLACES)) {
        const name = `${a.where} (${a.complexity}), ${place}`;
        const short = await time(name, posting(a, place, SHORT));
        const long = short > ABSOLUTE_MS * 10 ? Number.POSITIVE_INFINITY : await time(name, posting(a, place, LONG));
        postings += 2;
        if (long > ABSOLUTE_MS || (long / Math.max(short, 1) > GROWTH_FLAGGED && long > FLOOR_MS)) flagged.push(`${name}: ${short.toFixed(0)} ms at 25 KB, ${long.toFixed(0)} ms at 100 KB`);
        for (const repeats of MANY_REPEATS) {
          const ms = await time(name, shortOnes(a, place, repeats, MANY_LENGTH));
          postings++;
          if (ms > ABSOLUTE_MS) flagged.push(`${name}: ${repeats} pumps an attack, 50 KB of them, ${ms.toFixed(0)} ms`);
        }
      }
    }
  } finally {
    bounded.stop();
  }
  row('attacks', `${attacks.length} (${gone} of expressions made linear since; ${stale} of expressions changed since the file was written${stale ? ': run scripts/redos-attacks.ts' : ''})`);
  row('postings classified', `${postings} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  row('flagged', flagged.length);
  for (const f of flagged) process.stdout.write(`  ${f}\n`);
  if (flagged.length) process.exitCode = 1;
}
