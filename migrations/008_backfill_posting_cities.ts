import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/** Results read at a time: the stored JSON of a few thousand postings. */
const BATCH = 2000;

/**
 * The cities of postings classified before 007 made posting_cities: their stored results name
 * them, but the table stayed empty for them, and reclassify (which skips a posting whose text and
 * version are unchanged) never filled it, so /where showed no cities for all older data. Read
 * from each stored result, written where the posting has no city rows of that version yet.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  // Typed loosely: a migration sees the schema as it was then, not today's Database type.
  const k = db as Kysely<{
    classifications: { posting_id: number; classifier_version: string; result: string };
    posting_cities: { classifier_version: string; city: string; posting_id: number };
  }>;
  for (let after = -1; ; ) {
    // A batch of postings, with every version's result of each (a posting's rows never straddle two).
    const ids = await k.selectFrom('classifications').select('posting_id').distinct().where('posting_id', '>', after).orderBy('posting_id').limit(BATCH).execute();
    if (ids.length === 0) break;
    const last = Number(ids.at(-1)!.posting_id);
    const rows = await k
      .selectFrom('classifications')
      .select(['posting_id', 'classifier_version', 'result'])
      .where('posting_id', '>', after)
      .where('posting_id', '<=', last)
      .execute();
    after = last;
    const have = new Set(
      (
        await k
          .selectFrom('posting_cities')
          .select(['posting_id', 'classifier_version'])
          .where(
            'posting_id',
            'in',
            rows.map((r) => r.posting_id),
          )
          .execute()
      ).map((r) => `${r.classifier_version}\u0000${r.posting_id}`),
    );
    const values: { classifier_version: string; city: string; posting_id: number }[] = [];
    for (const r of rows) {
      if (have.has(`${r.classifier_version}\u0000${r.posting_id}`)) continue;
      let cities: unknown;
      try {
        cities = (JSON.parse(r.result) as { cities?: unknown }).cities;
      } catch {
        continue;
      }
      if (!Array.isArray(cities)) continue;
      for (const city of new Set(cities.filter((c): c is string => typeof c === 'string' && c.length > 0))) {
        values.push({ classifier_version: r.classifier_version, city, posting_id: r.posting_id });
      }
    }
    for (let j = 0; j < values.length; j += 500) {
      await k
        .insertInto('posting_cities')
        .values(values.slice(j, j + 500))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
}

/** Nothing to undo: the rows are what classifying the postings today writes. */
export async function down(): Promise<void> {}
