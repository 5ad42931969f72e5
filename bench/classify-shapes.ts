import { type ClassifierInput, classifyItem } from '../src/core/classify/index.ts';
import { loadRecordedComments, prng } from '../test/fakes/hn-replay.ts';
import { row } from './util.ts';

/** The most of a comment the classifier reads (MAX_HTML), a quarter and a half of it. */
const LONG = 200_000;
const SHORT = 50_000;
const MIDDLE = 100_000;
/**
 * Linear work takes four times as long on four times the text, and work that grows with the
 * square sixteen times. Linear shapes heavy in garbage read up to 7× (a 200 KB text's collections
 * cost more than four 50 KB texts'), the quadratic ones found read 10–32×.
 */
const GROWTH_FLAGGED = 8;
/** The same over the last doubling: 2× for linear work (up to 2.8× read), 4× for the square (3.4–8.8× read). */
const DOUBLING_FLAGGED = 3.2;
/** Below this a 200 KB text is fast whatever its growth: timer noise, not a rule to mend. */
const FLOOR_MS = 100;

/**
 * Shapes a posting can take that no fixture holds, looked for at random: a seeded search for
 * texts whose classification time grows faster than their length, the sign of a rule that reads
 * the rest of a text (or of a list) for every word, mark or place. Each shape is a unit repeated
 * to 50 KB and to 200 KB, bare or after a posting's opening (OPENING, or a recorded posting's),
 * alone or followed by a second: a mix of words, marks and markup the rules react to (in other
 * scripts too), or a few pieces of recorded postings run together; and recorded postings joined
 * up to 200 KB. A shape whose time
 * grew more than eight-fold, and took over 100 ms, is timed again (the best of three runs, since
 * the first run of a shape pays for compiling) and printed with those figures when the growth
 * holds (`confirmed`): add it to test/fixtures/long-postings.ts with the time it took, then
 * make the rule linear. The search of the fourteenth session found thirteen such shapes (0.18 s
 * at 200 KB to never ending); after their fixes, seeds 1–16 of 500 shapes each found none.
 * `--seed=N` picks another search (default 1), `--shapes=N` its size (default 300), `--trace`
 * names each shape on stderr before timing it.
 */
export async function benchClassifyShapes(): Promise<void> {
  const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
  const seed = arg('seed', 1);
  const count = arg('shapes', 300);
  // Each shape named on stderr before it is timed: the one a search hangs on is the last named.
  const trace = process.argv.includes('--trace');
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
    process.stderr.write('classify-shapes: --seed and --shapes take whole numbers (--shapes at least 1)\n');
    process.exitCode = 2;
    return;
  }
  const texts = loadRecordedComments()
    .map((i) => (typeof i.text === 'string' ? i.text : ''))
    .filter((t) => t.length > 80);
  for (let k = 0; k < 2000; k++) timeMs(texts[k % texts.length]!);
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const piece = () => {
    const text = pick(texts);
    const at = Math.floor(random() * (text.length - 40));
    return text.slice(at, at + 2 + Math.floor(random() * 40));
  };
  const started = performance.now();
  let worst: [number, string] = [0, ''];
  /** Each shape found, and its best times at 50, 100 and 200 KB. */
  const flagged: [string, number[]][] = [];
  const unit = () => {
    // Spaces between tokens as often as not, or never: a run without white space is one "word"
    // to the rules, which some read back over ("between 90 and 120k" looked back over \S+).
    const spaced = [0, 0.3, 0.6][Math.floor(random() * 3)]!;
    let made = '';
    if (random() < 0.6) for (let k = 1 + Math.floor(random() * 8); k > 0; k--) made += pick(TOKENS) + (random() < spaced ? ' ' : '');
    else made = piece() + piece() + (random() < 0.5 ? piece() : '');
    return made;
  };
  for (let n = 0; n < count; n++) {
    // A third of the shapes bare, a third after OPENING, a third after a recorded posting's
    // opening; half of them of two units, the second repeated after the first.
    const kind = n % 3;
    const opening = kind === 0 ? '' : kind === 1 ? OPENING : pick(texts).slice(0, 300);
    const shape: Shape = { opening, units: random() < 0.5 ? [unit()] : [unit(), unit()] };
    if (trace) process.stderr.write(`shape ${n}: ${shapeName(shape)}\n`);
    const short = timeMs(build(shape, SHORT));
    const long = timeMs(build(shape, LONG));
    const growth = long / Math.max(short, 1);
    if (long > FLOOR_MS && growth > worst[0]) worst = [growth, shapeName(shape)];
    const figures = long > FLOOR_MS && growth > GROWTH_FLAGGED ? confirmed(shape) : null;
    if (figures) flagged.push([shapeName(shape), figures]);
  }
  // Recorded postings joined up to 200 KB, each shape once: real text, every rule reached.
  let slowestJoined = 0;
  for (let n = 0; n < 10; n++) {
    let text = '';
    while (text.length < LONG) text += `${pick(texts)}${random() < 0.5 ? '<p>' : ' '}`;
    slowestJoined = Math.max(slowestJoined, timeMs(text.slice(0, LONG)));
  }
  row('shapes tried', `${count} (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  row('worst growth, 50 → 200 KB', worst[0] > 0 ? `${worst[0].toFixed(1)}× (linear is 4×): ${worst[1]}` : 'none over 100 ms at 200 KB');
  row('slowest of 10 joined 200 KB texts', `${slowestJoined.toFixed(0)} ms`);
  row('shapes that grow faster than their length', flagged.length === 0 ? 'none' : flagged.length);
  for (const [name, figures] of flagged) {
    row(`  ${name}`, [SHORT, MIDDLE, LONG].map((len, k) => `${len / 1000} KB ${figures[k]!.toFixed(0)} ms`).join(', '));
  }
  if (flagged.length > 0) process.exitCode = 1;
}

/** Words, marks and markup the rules react to, for the mixed shapes. */
const TOKENS = [
  '(', ')', '[', '"', '$', '100k', '-', '|', ':', ';', ',', '.', '!', '?', '\n', '<p>', '<i>', '<a href="x">', '</a>', '<pre><code>', '&amp;', '&#x2F;', '*', '•', '1.', '/', '@',
  'Remote', 'remote', 'onsite', 'hybrid', 'US', 'CA', 'UK', 'ON', 'London', 'Berlin', 'NYC', 'San Francisco, CA', 'EST', 'UTC', 'timezone',
  'no', 'not', 'visa', 'H1B', 'sponsor', 'relocation', 'salary', '€', '£', '50', '000', 'EUR', 'per', 'hour', 'year', 'equity', '%',
  'Senior', 'Sr.', 'Engineer', 'engineers', 'developer', 'Frontend', 'Backend', 'front-end', 'Full-Stack', 'mobile', 'data', 'iOS', 'ML', 'AI', 'Head of', 'Director', 'team', 'recruiters',
  'our', 'we', "we're", 'hiring', 'for', 'and', 'or', 'please', 'apply', 'Acme', 'Inc', 'Ltd', 'e.g.', 'x@y.com', 'http://x.io/jobs', 'Go', 'C', 'R', 'Python', 'React', 'Native', 'Java', 'Script',
  // Letters, digits, marks and signs of other scripts ("٠" an Arabic-Indic digit, which \d does not match; "؋" a currency sign).
  'Æ', 'ŗ', 'é', 'ß', 'ڨ', '٠', '؋', '۔', '中文', '東京', 'Ж', '—', '–', '’', '“', '\t', '\u00a0',
];

/**
 * The opening of a posting that every stage reads on: a header line of fields with pay, and a
 * hiring sentence. Without it most shapes are no job posting (or name no pay) and the stages
 * after the first never see them: 200 KB of "$1k" alone is turned away at once, after this
 * opening it took 19 s.
 */
const OPENING = 'Acme | Senior Engineer | Berlin | Remote | $120k<p>We are hiring engineers. ';

/**
 * A shape: an opening, then its units each repeated over an equal share of the rest. Two units
 * find what one cannot: 100 KB of prose full of places, then 100 KB of fields, made every place
 * of the long first field walk it again (3.4 s).
 */
interface Shape {
  opening: string;
  units: string[];
}

/** A shape `length` characters long. */
function build(shape: Shape, length: number): string {
  const share = Math.ceil((length - shape.opening.length) / shape.units.length);
  const parts = shape.units.map((u) => u.repeat(Math.ceil(share / Math.max(1, u.length))).slice(0, share));
  return (shape.opening + parts.join('')).slice(0, length);
}

/** How a shape is printed: its units as string literals, and what opens it. */
function shapeName(shape: Shape): string {
  const units = shape.units.map((u) => JSON.stringify(u)).join(' then ');
  if (!shape.opening) return units;
  return `${units} after ${shape.opening === OPENING ? 'an opening' : JSON.stringify(shape.opening)}`;
}

function timeMs(text: string): number {
  const item: ClassifierInput = { id: 1, text };
  const t0 = performance.now();
  classifyItem(item);
  return performance.now() - t0;
}

/** The best of three runs: the first run of a shape may pay for compiling, any may meet a collection. */
function bestMs(text: string): number {
  return Math.min(timeMs(text), timeMs(text), timeMs(text));
}

/**
 * A flagged shape timed again at 50, 100 and 200 KB (the best of three runs each), when it still
 * grows faster than its length: over 50 → 200 KB and over the last doubling. Null when it does not.
 */
function confirmed(shape: Shape): number[] | null {
  const [short, middle, long] = [SHORT, MIDDLE, LONG].map((len) => bestMs(build(shape, len))) as [number, number, number];
  const grows = long > FLOOR_MS && long / Math.max(short, 1) > GROWTH_FLAGGED && long / Math.max(middle, 1) > DOUBLING_FLAGGED;
  return grows ? [short, middle, long] : null;
}
