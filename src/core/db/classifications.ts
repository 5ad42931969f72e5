// Resolves on a later turn of the event loop, after the I/O callbacks already waiting.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ClassifierInput } from '../classify/types.ts';
import { sql } from 'kysely';
import type { Db } from './connect.ts';
import { bumpGeneration } from './generation.ts';
import type { PostingStatus } from './schema.ts';

/** The part of a classifier's prediction that storage normalises (GUIDE.md label format). */
export interface StoredPrediction {
  is_job_posting: boolean;
  company: string | null;
  skills: string[];
  remote: 'remote' | 'hybrid' | 'onsite' | 'unspecified' | null;
  countries: string[];
  visa: 'yes' | 'no' | 'unspecified' | null;
  salary: { min: number; max: number; currency: string; period: string } | null;
  roles: string[];
  cities?: string[];
}

/** An HN item as the classifier reads it. */
export type PostingForClassifier = ClassifierInput;

export interface Classifier {
  version: string;
  classify(item: PostingForClassifier): StoredPrediction;
  /** Many postings at once, in order: faster than one at a time when the classifier can batch. */
  classifyMany?(items: readonly PostingForClassifier[]): StoredPrediction[];
}

interface PostingRow {
  id: number;
  text: string | null;
  author: string | null;
  time: number | null;
  status: PostingStatus;
  content_hash: string;
}

function toItem(p: PostingRow): PostingForClassifier {
  return {
    id: p.id,
    ...(p.text !== null ? { text: p.text } : {}),
    ...(p.author !== null ? { by: p.author } : {}),
    ...(p.time !== null ? { time: p.time } : {}),
    ...(p.status === 'dead' ? { dead: true } : {}),
    ...(p.status === 'deleted' ? { deleted: true } : {}),
  };
}

/**
 * Predictions for postings, in batch when the classifier can. The classifier must not throw,
 * but a bug in it must not stop a crawl either: a posting it fails on stays stored without a
 * result for this version, is counted in `failed`, and is retried by the next reclassify.
 */
function classifyAll(classifier: Classifier, postings: PostingRow[], out: { failed: number }): { p: PostingRow; r: StoredPrediction }[] {
  if (classifier.classifyMany) {
    try {
      const many = classifier.classifyMany(postings.map(toItem));
      if (many.length === postings.length) return postings.map((p, k) => ({ p, r: many[k]! }));
    } catch {
      // Fall back to one at a time, so one bad posting costs only its own result.
    }
  }
  const results: { p: PostingRow; r: StoredPrediction }[] = [];
  for (const p of postings) {
    try {
      results.push({ p, r: classifier.classify(toItem(p)) });
    } catch {
      out.failed++;
    }
  }
  return results;
}

/** Postings classified and stored together, in one transaction, by default. */
const CHUNK = 500;

export interface ClassifyOptions {
  now?: () => number;
  /** Classify again even when the stored result for this version has the same content hash. */
  force?: boolean;
  /** Postings classified and stored together (default 500). */
  chunk?: number;
  /**
   * Let other work run between chunks. A crawl classifies each thread's postings while other
   * threads are being fetched: 500 postings at once hold the event loop for about a quarter of a
   * second, and every response that arrives meanwhile waits, with no new request sent.
   */
  yield?: boolean;
}

/** The advisory lock writers of classifications take turns on (PostgreSQL), an arbitrary constant of ours. */
const CLASSIFY_LOCK = 0x68726331;

/**
 * The postings of these threads that the classifier's version has no result for, or a result of
 * an older text: what a crawl killed after storing them (classification runs once a thread is
 * stored) left behind, and the next crawl, seeing them unchanged, would not classify.
 */
export async function unclassifiedPostings(db: Db, version: string, threadIds: readonly number[]): Promise<number[]> {
  if (threadIds.length === 0) return [];
  const rows = await db.kysely
    .selectFrom('postings as p')
    .leftJoin('classifications as c', (j) => j.onRef('c.posting_id', '=', 'p.id').on('c.classifier_version', '=', version))
    .select('p.id')
    .where('p.thread_id', 'in', [...threadIds])
    .where((eb) => eb.or([eb('c.posting_id', 'is', null), eb('c.content_hash', '!=', eb.ref('p.content_hash'))]))
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Classifies postings with one classifier version and stores the result: the JSON record in
 * `classifications` and its normalised facts. Results of other versions are never touched; a
 * posting whose content hash matches its stored result for this version is skipped.
 */
export async function classifyPostings(
  db: Db,
  classifier: Classifier,
  ids: readonly number[],
  opts: ClassifyOptions = {},
): Promise<{ classified: number; skipped: number; failed: number }> {
  const now = opts.now ?? Date.now;
  const version = classifier.version;
  const out = { classified: 0, skipped: 0, failed: 0 };
  const size = Math.max(1, opts.chunk ?? CHUNK);
  for (let i = 0; i < ids.length; i += size) {
    // Between chunks, whatever else waits for the event loop goes first (see ClassifyOptions.yield).
    if (i > 0 && opts.yield) await nextTurn();
    const chunk = ids.slice(i, i + size);
    const postings = await db.kysely
      .selectFrom('postings')
      .select(['id', 'text', 'author', 'time', 'status', 'content_hash'])
      .where('id', 'in', chunk)
      .execute();
    const done = await db.kysely
      .selectFrom('classifications')
      .select(['posting_id', 'content_hash'])
      .where('classifier_version', '=', version)
      .where('posting_id', 'in', chunk)
      .execute();
    const doneHash = new Map(done.map((d) => [d.posting_id, d.content_hash]));
    const todo = postings.filter((p) => opts.force || doneHash.get(p.id) !== p.content_hash);
    out.skipped += postings.length - todo.length;
    const results = classifyAll(classifier, todo, out);
    if (results.length === 0) continue;
    await db.kysely.transaction().execute(async (tx) => {
      // Two processes re-scoring the same postings at once (two reclassify, or a crawl beside the
      // start-up re-score) would both delete, then both insert: one failed on the primary key.
      // On PostgreSQL they take turns; SQLite writes one transaction at a time anyway.
      if (db.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${CLASSIFY_LOCK})`.execute(tx);
      const resultIds = results.map((x) => x.p.id);
      await tx.deleteFrom('classifications').where('classifier_version', '=', version).where('posting_id', 'in', resultIds).execute();
      for (const t of ['posting_facts', 'posting_skills', 'posting_countries', 'posting_roles', 'posting_cities'] as const) {
        await tx.deleteFrom(t).where('classifier_version', '=', version).where('posting_id', 'in', resultIds).execute();
      }
      const ts = now();
      await tx
        .insertInto('classifications')
        .values(results.map(({ p, r }) => ({ posting_id: p.id, classifier_version: version, content_hash: p.content_hash, result: JSON.stringify(r), classified_at: ts })))
        .execute();
      await tx
        .insertInto('posting_facts')
        .values(
          results.map(({ p, r }) => ({
            posting_id: p.id,
            classifier_version: version,
            is_job: r.is_job_posting ? 1 : 0,
            company: r.company,
            remote: r.remote ?? 'unspecified',
            visa: r.visa ?? 'unspecified',
            salary_min: r.salary?.min ?? null,
            salary_max: r.salary?.max ?? null,
            salary_currency: r.salary?.currency ?? null,
            salary_period: r.salary?.period ?? null,
          })),
        )
        .execute();
      const facet = <K extends string>(key: K, pick: (r: StoredPrediction) => string[]) =>
        results.flatMap(({ p, r }) =>
          [...new Set(pick(r))].map((value) => ({ classifier_version: version, posting_id: p.id, [key]: value }) as { classifier_version: string; posting_id: number } & Record<K, string>),
        );
      const skills = facet('skill', (r) => r.skills);
      const countries = facet('country', (r) => r.countries);
      const roles = facet('role', (r) => r.roles);
      const cities = facet('city', (r) => r.cities ?? []);
      for (let j = 0; j < skills.length; j += 1000) await tx.insertInto('posting_skills').values(skills.slice(j, j + 1000)).execute();
      for (let j = 0; j < countries.length; j += 1000) await tx.insertInto('posting_countries').values(countries.slice(j, j + 1000)).execute();
      for (let j = 0; j < roles.length; j += 1000) await tx.insertInto('posting_roles').values(roles.slice(j, j + 1000)).execute();
      for (let j = 0; j < cities.length; j += 1000) await tx.insertInto('posting_cities').values(cities.slice(j, j + 1000)).execute();
    });
    out.classified += results.length;
    bumpGeneration();
  }
  return out;
}

/** Re-scores every stored posting with the classifier's version, without refetching anything. */
export async function reclassifyAll(
  db: Db,
  classifier: Classifier,
  opts: Pick<ClassifyOptions, 'force' | 'chunk' | 'yield'> & { onProgress?: (done: number, total: number) => void } = {},
): Promise<{ classified: number; skipped: number; failed: number; total: number }> {
  const ids = (await db.kysely.selectFrom('postings').select('id').orderBy('id').execute()).map((r) => r.id);
  const total = { classified: 0, skipped: 0, failed: 0, total: ids.length };
  const { onProgress, ...classifyOpts } = opts;
  for (let i = 0; i < ids.length; i += 2000) {
    if (i > 0 && classifyOpts.yield) await nextTurn();
    const r = await classifyPostings(db, classifier, ids.slice(i, i + 2000), classifyOpts);
    total.classified += r.classified;
    total.skipped += r.skipped;
    total.failed += r.failed;
    onProgress?.(Math.min(i + 2000, ids.length), ids.length);
  }
  return total;
}

/**
 * The version to answer from while `version` re-scores what is stored, or null when `version`
 * already covers every posting (or no other covers more). A new classifier's facts fill up in
 * order of posting id, so until it is done a question answered from them counted a fraction of
 * the postings ("React leads with 32% of 314 postings" for a thread of 980): the version before
 * answers meanwhile, whole.
 */
export async function versionWhileScoring(db: Db, version: string): Promise<string | null> {
  const postings = await db.kysely.selectFrom('postings').select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  const byVersion = await db.kysely
    .selectFrom('classifications')
    .select(['classifier_version', sql<number>`count(*)`.as('n')])
    .groupBy('classifier_version')
    .execute();
  const mine = Number(byVersion.find((v) => v.classifier_version === version)?.n ?? 0);
  if (mine >= Number(postings?.n ?? 0)) return null;
  const best = byVersion.filter((v) => v.classifier_version !== version).sort((a, b) => Number(b.n) - Number(a.n))[0];
  return best && Number(best.n) > mine ? best.classifier_version : null;
}
