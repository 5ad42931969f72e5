import { sql } from 'kysely';
import type { CommandContext } from '../commands/types.ts';
import { defaultClassifier, skillInfos } from './classifier.ts';
import type { Db } from './db/connect.ts';
import { SkillLookup } from './skills/lookup.ts';

let cached: { at: number; version: string; lookup: SkillLookup } | null = null;
let loading: Promise<SkillLookup> | null = null;

/** How long the ranking is used before it is counted again. */
const FRESH_MS = 600_000;

async function load(db: Db, version: string): Promise<SkillLookup> {
  const rows = await db.kysely
    .selectFrom('posting_skills')
    .select(['skill', sql<number>`count(*)`.as('n')])
    .where('classifier_version', '=', version)
    .groupBy('skill')
    .execute();
  const l = new SkillLookup(skillInfos, new Map(rows.map((r) => [r.skill, Number(r.n)])));
  cached = { at: Date.now(), version, lookup: l };
  return l;
}

/**
 * Skill lookup ranked by how often each skill is mentioned, counted again every 10 minutes. An
 * old ranking is used while the new one is counted in the background: the count reads every
 * posting's skills, and a chat command waiting for it could miss Discord's 3 seconds to answer.
 * A ranking counted for another classifier version (answerFrom switched, a re-score ended) is
 * counted again at once, in the background like the rest: it had been used for up to 10 minutes.
 */
async function lookup(db: Db, version: string): Promise<SkillLookup> {
  if (cached && cached.version === version && Date.now() - cached.at < FRESH_MS) return cached.lookup;
  loading ??= load(db, version).finally(() => {
    loading = null;
  });
  if (cached) {
    loading.catch(() => {});
    return cached.lookup;
  }
  return loading;
}

/** The context every front end (terminal, Discord, Slack) passes to commands. */
/** The classifier version commands answer from instead of this one's, while it re-scores (main.ts). */
let answering: string | null = null;

/**
 * Commands answer from `version` until called with null: the service sets it while a new
 * classifier re-scores the stored postings (versionWhileScoring), then clears it.
 */
export function answerFrom(version: string | null): void {
  answering = version;
}

export async function commandContext(db: Db, extra: Partial<CommandContext> = {}): Promise<CommandContext> {
  const version = answering ?? defaultClassifier.version;
  return { db, classifierVersion: version, skills: await lookup(db, version), nowMs: Date.now(), ...extra };
}
