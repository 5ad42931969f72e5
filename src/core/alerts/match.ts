import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import { outboxKey } from '../outbox/schedule.ts';
import { evaluate, type Expr, parseExpression } from './expression.ts';

export interface AlertFilters {
  remote?: string;
  country?: string;
  visa?: string;
  role?: string;
}

interface Sub {
  id: number;
  platform: 'discord' | 'slack';
  workspace_id: string;
  channel_id: string;
  expr: Expr;
  filters: AlertFilters;
  createdAtSec: number;
}

export interface PostingForMatch {
  id: number;
  time: number | null;
  skills: ReadonlySet<string>;
  remote: string;
  visa: string;
  countries: ReadonlySet<string>;
  roles: ReadonlySet<string>;
}

/** The in-memory index: skill → subscriptions that need it. Built once per matching run. */
export class SubscriptionIndex {
  private readonly bySkill = new Map<string, Sub[]>();
  readonly size: number;
  // "Already evaluated for this posting", without allocating a Set per posting: a stamp per id.
  private readonly stamp: Uint32Array;
  private generation = 0;

  constructor(subs: readonly Sub[], skillsOf: ReadonlyMap<number, readonly string[]>) {
    this.stamp = new Uint32Array(subs.reduce((m, s) => Math.max(m, s.id), 0) + 1);
    for (const s of subs) for (const k of skillsOf.get(s.id) ?? []) {
      const list = this.bySkill.get(k) ?? [];
      list.push(s);
      this.bySkill.set(k, list);
    }
    this.size = subs.length;
  }

  /** Subscriptions a posting matches: only those indexed under one of its skills are evaluated. */
  match(p: PostingForMatch): Sub[] {
    const gen = ++this.generation;
    const out: Sub[] = [];
    for (const skill of p.skills) {
      for (const s of this.bySkill.get(skill) ?? []) {
        if (this.stamp[s.id] === gen) continue;
        this.stamp[s.id] = gen;
        // Only postings that arrive after the subscription: no backlog of an old thread.
        if (p.time === null || p.time < s.createdAtSec) continue;
        const f = s.filters;
        if (f.remote && p.remote !== f.remote) continue;
        if (f.visa && p.visa !== f.visa) continue;
        if (f.country && !p.countries.has(f.country)) continue;
        if (f.role && !p.roles.has(f.role)) continue;
        // A lone skill was already satisfied by the index lookup itself.
        if (s.expr.op === 'skill' || evaluate(s.expr, p.skills)) out.push(s);
      }
    }
    return out;
  }
}

export async function loadIndex(db: Db, log?: Logger): Promise<SubscriptionIndex> {
  const rows = await db.kysely.selectFrom('subscriptions').selectAll().execute();
  const skills = await db.kysely.selectFrom('subscription_skills').selectAll().execute();
  const skillsOf = new Map<number, string[]>();
  for (const r of skills) skillsOf.set(r.subscription_id, [...(skillsOf.get(r.subscription_id) ?? []), r.skill]);
  // A stored row that cannot be read (written by an older version, edited by hand) is left out
  // with a warning: it must never stop everyone else's alerts.
  const subs = rows.flatMap((r) => {
    try {
      const sub = {
        id: r.id,
        platform: r.platform,
        workspace_id: r.workspace_id,
        channel_id: r.channel_id,
        expr: parseExpression(r.expression, (w) => w, Number.POSITIVE_INFINITY),
        filters: JSON.parse(r.filters) as AlertFilters,
        createdAtSec: Math.floor(r.created_at / 1000),
      };
      return [sub];
    } catch (err) {
      log?.warn({ subscription: r.id, err: (err as Error).message }, 'alert left out: its stored expression cannot be read');
      return [];
    }
  });
  return new SubscriptionIndex(subs, skillsOf);
}

/**
 * Matches the given postings (new, or changed by an edit) against every subscription and
 * queues one outbox message per subscription listing its new matches. The matches and the
 * outbox rows are written in one transaction; a posting is never alerted twice to the same
 * subscription (alert_matches), and dead, deleted or removed postings never are.
 */
export async function matchPostings(db: Db, version: string, postingIds: readonly number[], nowMs: number, log?: Logger): Promise<number> {
  if (postingIds.length === 0) return 0;
  const index = await loadIndex(db, log);
  if (index.size === 0) return 0;
  const perSub = new Map<number, { sub: Sub; postings: number[] }>();
  const targetOf = (sub: Sub) => `${sub.platform}|${sub.channel_id}`;
  for (let i = 0; i < postingIds.length; i += 1000) {
    const chunk = postingIds.slice(i, i + 1000);
    const rows = await db.kysely
      .selectFrom('postings as p')
      .innerJoin('posting_facts as f', (j) => j.onRef('f.posting_id', '=', 'p.id').on('f.classifier_version', '=', version))
      .select(['p.id', 'p.time', 'f.remote', 'f.visa'])
      .where('p.id', 'in', chunk)
      .where('p.status', '=', 'live')
      .where('f.is_job', '=', 1)
      .execute();
    const facet = async (table: 'posting_skills' | 'posting_countries' | 'posting_roles', col: 'skill' | 'country' | 'role') => {
      const m = new Map<number, Set<string>>();
      const rs = await db.kysely.selectFrom(table).selectAll().where('classifier_version', '=', version).where('posting_id', 'in', chunk).execute();
      for (const r of rs as Record<string, unknown>[]) {
        const id = Number(r.posting_id);
        const set = m.get(id) ?? new Set<string>();
        set.add(String(r[col]));
        m.set(id, set);
      }
      return m;
    };
    const skills = await facet('posting_skills', 'skill');
    const countries = await facet('posting_countries', 'country');
    const roles = await facet('posting_roles', 'role');
    for (const r of rows) {
      const p: PostingForMatch = { id: r.id, time: r.time, remote: r.remote, visa: r.visa, skills: skills.get(r.id) ?? new Set(), countries: countries.get(r.id) ?? new Set(), roles: roles.get(r.id) ?? new Set() };
      for (const sub of index.match(p)) {
        const entry = perSub.get(sub.id) ?? { sub, postings: [] };
        entry.postings.push(p.id);
        perSub.set(sub.id, entry);
      }
    }
  }
  // One message per target (a person's DM or a channel) listing every new match of its
  // subscriptions: a subscriber is never flooded with one message per alert.
  const perTarget = new Map<string, { sub: Sub; entries: { sub: Sub; postings: number[] }[] }>();
  for (const e of perSub.values()) {
    const t = perTarget.get(targetOf(e.sub)) ?? { sub: e.sub, entries: [] };
    t.entries.push(e);
    perTarget.set(targetOf(e.sub), t);
  }
  let queued = 0;
  for (const { sub, entries } of perTarget.values()) {
    await db.kysely.transaction().execute(async (tx) => {
      const fresh: { subscriptionId: number; postingIds: number[] }[] = [];
      for (const e of entries) {
        const already = new Set(
          (await tx.selectFrom('alert_matches').select('posting_id').where('subscription_id', '=', e.sub.id).where('posting_id', 'in', e.postings).execute()).map((r) => r.posting_id),
        );
        const ids = e.postings.filter((id) => !already.has(id)).sort((a, b) => b - a);
        if (ids.length === 0) continue;
        await tx.insertInto('alert_matches').values(ids.map((posting_id) => ({ subscription_id: e.sub.id, posting_id, matched_at: nowMs }))).execute();
        fresh.push({ subscriptionId: e.sub.id, postingIds: ids });
      }
      if (fresh.length === 0) return;
      const first = fresh.map((f) => `${f.subscriptionId}.${f.postingIds[0]}.${f.postingIds.length}`).join('-');
      await tx
        .insertInto('outbox')
        .values({
          key: outboxKey(sub.platform, sub.workspace_id, sub.channel_id, 'alert', first),
          platform: sub.platform,
          workspace_id: sub.workspace_id,
          channel_id: sub.channel_id,
          kind: 'alert',
          thread_id: null,
          payload: JSON.stringify({ alerts: fresh }),
          due_at: nowMs,
          status: 'pending',
          next_attempt_at: nowMs,
          claimed_at: null,
          message_id: null,
          last_error: null,
          created_at: nowMs,
          sent_at: null,
        })
        .execute();
      queued++;
    });
  }
  return queued;
}

/** bot_state key: the last_changed_at up to which every posting has been matched against the alerts. */
const MATCHED_UNTIL = 'alerts.matched_until';

/**
 * matchPostings for a crawl: the postings it stored or changed, and any a crawl before it stored
 * but never matched (it died between storing and matching, which runs once, at the crawl's end):
 * every posting changed since the last match (postings.last_changed_at past the mark in
 * bot_state). Matching one again is harmless (alert_matches). The first time, with no mark yet,
 * only the crawl's own postings: the backlog before any alert existed has nothing to alert.
 */
export async function matchNewPostings(db: Db, version: string, stored: readonly number[], nowMs: number, log?: Logger): Promise<number> {
  const mark = await db.kysely.selectFrom('bot_state').select('value').where('key', '=', MATCHED_UNTIL).executeTakeFirst();
  // Past the mark: the postings changed since, and the new mark is the latest of them. No mark
  // yet: only the latest change, to start from.
  let missed: number[] = [];
  let until = Number(mark?.value ?? 0);
  if (mark) {
    const changed = await db.kysely.selectFrom('postings').select(['id', 'last_changed_at']).where('last_changed_at', '>', until).execute();
    missed = changed.map((r) => r.id);
    for (const r of changed) until = Math.max(until, r.last_changed_at);
  } else {
    const latest = await db.kysely.selectFrom('postings').select((eb) => eb.fn.max('last_changed_at').as('at')).executeTakeFirst();
    until = Number(latest?.at ?? 0);
  }
  const queued = await matchPostings(db, version, [...new Set([...stored, ...missed])], nowMs, log);
  const value = String(until);
  await db.kysely
    .insertInto('bot_state')
    .values({ key: MATCHED_UNTIL, value, updated_at: nowMs })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: nowMs }))
    .execute();
  return queued;
}
