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
 * to 50 KB and to 200 KB, every other one after a posting's opening (OPENING): a mix of words,
 * marks and markup the rules react to (in other scripts too), a few pieces of recorded postings
 * run together, or recorded postings joined up to 200 KB. A shape whose time
 * grew more than eight-fold, and took over 100 ms, is timed again (the best of three runs, since
 * the first run of a shape pays for compiling) and printed with those figures when the growth
 * holds (`confirmed`): add it to test/fixtures/long-postings.ts with the time it took, then
 * make the rule linear. The search of the fourteenth session found seven such shapes (0.2–2.9 s
 * at 200 KB, in five rules); after their fixes, seeds 1–10 of 400 shapes each found none.
 * `--seed=N` picks another search (default 1), `--shapes=N` its size (default 300).
 */
export async function benchClassifyShapes(): Promise<void> {
  const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
  const seed = arg('seed', 1);
  const count = arg('shapes', 300);
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
  for (let n = 0; n < count; n++) {
    const kind = random();
    let unit = '';
    // Spaces between tokens as often as not, or never: a run without white space is one "word" to
    // the rules, which some read back over ("between 90 and 120k" looked back over \S+).
    const spaced = [0, 0.3, 0.6][Math.floor(random() * 3)]!;
    if (kind < 0.6) for (let k = 1 + Math.floor(random() * 8); k > 0; k--) unit += pick(TOKENS) + (random() < spaced ? ' ' : '');
    else unit = piece() + piece() + (random() < 0.5 ? piece() : '');
    // Every other shape after a posting's opening, the others bare.
    const opened = n % 2 === 1;
    const short = timeMs(repeated(unit, SHORT, opened));
    const long = timeMs(repeated(unit, LONG, opened));
    const growth = long / Math.max(short, 1);
    if (long > FLOOR_MS && growth > worst[0]) worst = [growth, shapeName(unit, opened)];
    const figures = long > FLOOR_MS && growth > GROWTH_FLAGGED ? confirmed(unit, opened) : null;
    if (figures) flagged.push([shapeName(unit, opened), figures]);
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

/** `unit` repeated to `length` characters, after OPENING when `opened`. */
function repeated(unit: string, length: number, opened = false): string {
  const start = opened ? OPENING : '';
  return (start + unit.repeat(Math.ceil(length / Math.max(1, unit.length)))).slice(0, length);
}

function timeMs(text: string): number {
  const item: ClassifierInput = { id: 1, text };
  const t0 = performance.now();
  classifyItem(item);
  return performance.now() - t0;
}

/** How a shape is printed: its unit as a string literal, and whether it follows the opening. */
function shapeName(unit: string, opened: boolean): string {
  return `${JSON.stringify(unit)}${opened ? ' after an opening' : ''}`;
}

/** The best of three runs: the first run of a shape may pay for compiling, any may meet a collection. */
function bestMs(text: string): number {
  return Math.min(timeMs(text), timeMs(text), timeMs(text));
}

/**
 * A flagged shape timed again at 50, 100 and 200 KB (the best of three runs each), when it still
 * grows faster than its length: over 50 → 200 KB and over the last doubling. Null when it does not.
 */
function confirmed(unit: string, opened: boolean): number[] | null {
  const [short, middle, long] = [SHORT, MIDDLE, LONG].map((len) => bestMs(repeated(unit, len, opened))) as [number, number, number];
  const grows = long > FLOOR_MS && long / Math.max(short, 1) > GROWTH_FLAGGED && long / Math.max(middle, 1) > DOUBLING_FLAGGED;
  return grows ? [short, middle, long] : null;
}
