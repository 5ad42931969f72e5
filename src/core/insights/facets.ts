import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/**
 * Per-posting facts of one thread, loaded once and aggregated in memory: a thread has at most
 * a few thousand postings, so this is faster and simpler than one SQL query per question.
 */
export interface PostingFacts {
  id: number;
  author: string | null;
  time: number | null;
  text: string | null;
  company: string | null;
  remote: string;
  visa: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  skills: Set<string>;
  countries: Set<string>;
  roles: Set<string>;
  cities: Set<string>;
}

/** Live job postings of the given threads (the denominator population), with their facets. */
export async function loadFacts(db: Db, version: string, threadIds: readonly number[]): Promise<Map<number, PostingFacts[]>> {
  const out = new Map<number, PostingFacts[]>();
  if (threadIds.length === 0) return out;
  const rows = await db.kysely
    .selectFrom('postings as p')
    .innerJoin('posting_facts as f', (j) => j.onRef('f.posting_id', '=', 'p.id').on('f.classifier_version', '=', version))
    .select([
      'p.id',
      'p.thread_id',
      'p.author',
      'p.time',
      'p.text',
      'f.company',
      'f.remote',
      'f.visa',
      'f.salary_min',
      'f.salary_max',
      'f.salary_currency',
      'f.salary_period',
    ])
    .where('p.thread_id', 'in', threadIds)
    .where('p.status', '=', 'live')
    .where('f.is_job', '=', 1)
    .execute();
  const byId = new Map<number, PostingFacts>();
  for (const r of rows) {
    const f: PostingFacts = {
      id: r.id,
      author: r.author,
      time: r.time,
      text: r.text,
      company: r.company,
      remote: r.remote,
      visa: r.visa,
      salaryMin: r.salary_min,
      salaryMax: r.salary_max,
      salaryCurrency: r.salary_currency,
      salaryPeriod: r.salary_period,
      skills: new Set(),
      countries: new Set(),
      roles: new Set(),
      cities: new Set(),
    };
    byId.set(r.id, f);
    const list = out.get(r.thread_id) ?? [];
    list.push(f);
    out.set(r.thread_id, list);
  }
  const ids = [...byId.keys()];
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    const facet = async (
      table: 'posting_skills' | 'posting_countries' | 'posting_roles' | 'posting_cities',
      column: 'skill' | 'country' | 'role' | 'city',
      key: 'skills' | 'countries' | 'roles' | 'cities',
    ) => {
      const rs = await db.kysely
        .selectFrom(table)
        .select(['posting_id', sql<string>`${sql.ref(column)}`.as('v')])
        .where('classifier_version', '=', version)
        .where('posting_id', 'in', chunk)
        .execute();
      for (const r of rs) byId.get(r.posting_id)?.[key].add(r.v);
    };
    await facet('posting_skills', 'skill', 'skills');
    await facet('posting_countries', 'country', 'countries');
    await facet('posting_roles', 'role', 'roles');
    await facet('posting_cities', 'city', 'cities');
  }
  return out;
}
