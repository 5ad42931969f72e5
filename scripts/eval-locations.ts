import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/core/classify/html.ts';
import { extractLocations } from '../src/core/classify/locations.ts';
import { extractRemote } from '../src/core/classify/remote.ts';

// Scores only remote policy and countries on the dev set and lists every miss with its text, so
// the location and remote rules can be worked on apart from the rest of the classifier.
// Usage: npx tsx scripts/eval-locations.ts [--quiet]
const EVAL = new URL('../../shared/eval/', import.meta.url);
const readJsonl = (name: string) =>
  readFileSync(new URL(name, EVAL), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const items = new Map(readJsonl('dev-items.jsonl').map((i) => [i.id as number, i]));
const quiet = process.argv.includes('--quiet');
let remoteOk = 0;
let n = 0;
let tp = 0;
let fp = 0;
let fn = 0;
for (const label of readJsonl('dev-labels.jsonl')) {
  if (!label.is_job_posting) continue;
  const parsed = parseHtml(items.get(label.id as number)?.text as string | undefined);
  const { remote, scope } = extractRemote(parsed);
  const { countries, cities } = extractLocations(parsed);
  n++;
  if (remote === label.remote) remoteOk++;
  const gold = new Set(label.countries as string[]);
  const extra = countries.filter((c) => !gold.has(c));
  const missed = [...gold].filter((c) => !countries.includes(c));
  tp += countries.length - extra.length;
  fp += extra.length;
  fn += missed.length;
  if (quiet || (remote === label.remote && !extra.length && !missed.length)) continue;
  console.log(`--- ${label.id}  remote ${label.remote} → ${remote} ${JSON.stringify(scope)}  countries +${extra} -${missed}  cities ${cities}`);
  console.log(parsed.text.slice(0, 1500));
}
const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(`remote ${(remoteOk / n).toFixed(3)}  countries P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
