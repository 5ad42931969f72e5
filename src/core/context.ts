import { sql } from 'kysely';
import type { CommandContext } from '../commands/types.ts';
import { defaultClassifier, skillInfos } from './classifier.ts';
import type { Db } from './db/connect.ts';
import { SkillLookup } from './skills/lookup.ts';

let cached: { at: number; lookup: SkillLookup } | null = null;

/** Skill lookup ranked by how often each skill is mentioned (refreshed every 10 minutes). */
async function lookup(db: Db, version: string): Promise<SkillLookup> {
  if (cached && Date.now() - cached.at < 600_000) return cached.lookup;
  const rows = await db.kysely
    .selectFrom('posting_skills')
    .select(['skill', sql<number>`count(*)`.as('n')])
    .where('classifier_version', '=', version)
    .groupBy('skill')
    .execute();
  const l = new SkillLookup(skillInfos, new Map(rows.map((r) => [r.skill, Number(r.n)])));
  cached = { at: Date.now(), lookup: l };
  return l;
}

/** The context every front end (terminal, Discord, Slack) passes to commands. */
export async function commandContext(db: Db, extra: Partial<CommandContext> = {}): Promise<CommandContext> {
  const version = defaultClassifier.version;
  return { db, classifierVersion: version, skills: await lookup(db, version), nowMs: Date.now(), ...extra };
}
