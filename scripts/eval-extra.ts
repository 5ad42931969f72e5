import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lookupName } from '../src/core/classify/gazetteer.ts';
import { type ClassifierInput, classifyItems } from '../src/core/classify/index.ts';
import { recordedComments } from './eval-sets.ts';

/**
 * The prediction's extra fields against labels of our own (eval/extra/README.md): seniority,
 * employment type, the job's cities and the remote scope. score.mjs knows only the guide's
 * fields, and these are not among them. Each set of extra labels covers the job postings of one
 * of our labelled sets (the scope only those labelled remote).
 */

/** The sets with extra labels: the thirteenth's postings rules may be written from; the fourteenth's are held out. */
export const EXTRA_SETS = ['thirteenth', 'fourteenth', 'fifteenth', 'sixteenth'] as const;
export type ExtraSet = (typeof EXTRA_SETS)[number];
export const EXTRA_FIELDS = ['seniority', 'employment', 'cities', 'scope'] as const;
type Field = (typeof EXTRA_FIELDS)[number];

export type ExtraLabel = { id: number } & Partial<Record<Field, string[]>>;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** Postings whose whole list is the label's. */
  exact: number;
  /** Postings labelled for this field. */
  postings: number;
  /** Per value: its counts and F1. */
  values: Record<string, Counts & { f1: number }>;
}

export type ExtraReport = { postings: number } & Partial<Record<Field, FieldScore>>;

export function extraLabelsOf(set: ExtraSet): ExtraLabel[] {
  const file = fileURLToPath(new URL(`../eval/extra/${set}-extra.jsonl`, import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExtraLabel);
}

const f1 = (c: Counts) => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));

/** A name without accents, case or dots: "Zürich" and "zurich", "St. Louis" and "St Louis" are one. */
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();

/**
 * A city name as both sides are compared: the name the gazetteer gives the city it spells (its
 * own spellings and aliases: "NYC" and "New York City" → New York, "Bengaluru" → Bangalore,
 * "Kendall Square" → Cambridge), without accents or case, so that a labeller's spelling is not a
 * miss. A name the gazetteer does not know is compared as written.
 */
function keyCity(name: string): string {
  const city = lookupName(name).find((p) => p.kind === 'city');
  return plain(city?.name ?? name);
}

/**
 * A time zone as both sides are compared: summer and winter names and the bare zone are one
 * ("PST", "PDT", "PT"), and a GMT offset is the UTC one.
 */
function zoneKey(value: string): string {
  const v = value.replace(/\s+/g, '').replace(/[−–]/g, '-');
  const us = /^([ECMP])[SD]?T$/.exec(v);
  if (us) return `${us[1]}T`;
  if (v === 'CEST') return 'CET';
  return v.replace(/^GMT(?=[+±-])/, 'UTC');
}

/** The values of a field as they are compared. */
function keyed(field: Field, values: readonly string[]): Set<string> {
  if (field === 'scope') return new Set(values.map(zoneKey));
  if (field !== 'cities') return new Set(values);
  return new Set(values.map(keyCity));
}

/** Micro precision, recall and F1 over (posting, value) pairs, per field and per value, for the fields the labels have. */
export function scoreExtra(labels: readonly ExtraLabel[], predicted: ReadonlyMap<number, Partial<Record<Field, string[]>>>): ExtraReport {
  const report: ExtraReport = { postings: labels.length };
  for (const field of EXTRA_FIELDS) {
    const labelled = labels.filter((l) => l[field] !== undefined);
    if (labelled.length === 0) continue;
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    const values: Record<string, Counts> = {};
    let exact = 0;
    for (const label of labelled) {
      const want = keyed(field, label[field]!);
      const got = keyed(field, predicted.get(label.id)?.[field] ?? []);
      if (want.size === got.size && [...want].every((v) => got.has(v))) exact++;
      for (const v of new Set([...want, ...got])) {
        const c = (values[v] ??= { tp: 0, fp: 0, fn: 0 });
        const k = want.has(v) ? (got.has(v) ? 'tp' : 'fn') : 'fp';
        c[k]++;
        total[k]++;
      }
    }
    report[field] = {
      ...total,
      precision: total.tp / Math.max(1, total.tp + total.fp),
      recall: total.tp / Math.max(1, total.tp + total.fn),
      f1: f1(total),
      exact: exact / labelled.length,
      postings: labelled.length,
      values: Object.fromEntries(
        Object.entries(values)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([v, c]) => [v, { ...c, f1: f1(c) }]),
      ),
    };
  }
  return report;
}

/** The classifier's extra fields for a set's postings, scored against its labels. */
export function evalExtra(set: ExtraSet): ExtraReport {
  const labels = extraLabelsOf(set);
  const items = recordedComments(labels.map((l) => l.id)) as ClassifierInput[];
  const predicted = new Map(classifyItems(items).map((p) => [p.id, { seniority: p.seniority, employment: p.employment, cities: p.cities, scope: p.remote_scope }]));
  return scoreExtra(labels, predicted);
}

/** Values listed one by one in the report; cities and scopes are too many to list. */
const LISTED: ReadonlySet<Field> = new Set(['seniority', 'employment']);

/** A report as lines of text, for `npm run eval -- --extra`. */
export function extraText(set: ExtraSet, r: ExtraReport): string {
  const n = (x: number) => x.toFixed(3);
  const lines = [`== extra fields: ${set} (${r.postings} labelled postings) ==`];
  for (const field of EXTRA_FIELDS) {
    const s = r[field];
    if (!s) continue;
    lines.push(`${field.padEnd(11)} F1 ${n(s.f1)} (precision ${n(s.precision)}, recall ${n(s.recall)}), whole list right ${n(s.exact)}`);
    if (LISTED.has(field)) for (const [v, c] of Object.entries(s.values)) lines.push(`  ${v.padEnd(10)} F1 ${n(c.f1)}  tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
  }
  return `${lines.join('\n')}\n`;
}
