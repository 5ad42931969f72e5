import type { Db } from '../db/connect.ts';
import type { OutboxKind } from '../db/schema.ts';
import { monthlyThreads, threadIdsOfMonth } from '../insights/data.ts';

/** The messages of a digest channel, as against alerts and notices to a person. */
export type DigestKind = Extract<OutboxKind, 'thread_live' | 'digest' | 'recap'>;

export interface DigestSchedule {
  /** Hours after a thread opens before its digest is posted (it fills fast on day 1). */
  settleHours: number;
  kinds: readonly DigestKind[];
}

export const DEFAULT_SCHEDULE: DigestSchedule = { settleHours: 24, kinds: ['thread_live', 'digest', 'recap'] };

const HOUR = 3_600_000;
/** A thread is "new" for the live post this long: an install never announces old threads. */
const LIVE_WINDOW_HOURS = 48;
const RECAP_AFTER_HOURS = 30 * 24;

/**
 * When a thread's month-end recap is due: 30 days after it opened, but before the next month's
 * thread (which opens on the 1st, New York's late morning, 15:00 UTC at the earliest): noon UTC on
 * the next month's 1st when that comes first. February's recap at 30 days came after March's
 * thread was announced and digested. Never before the thread's own digest.
 */
export function recapDue(opened: number, settleHours: number): number {
  const d = new Date(opened);
  const nextMonthNoon = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1, 12);
  return Math.max(Math.min(opened + RECAP_AFTER_HOURS * HOUR, nextMonthNoon), opened + (settleHours + 1) * HOUR);
}

export function outboxKey(platform: string, workspace: string, channel: string, kind: string, thread: number | string): string {
  return `${platform}:${workspace}:${channel}:${kind}:${thread}`;
}

/**
 * Decides which digests are due for the latest monthly thread and writes them to the outbox,
 * each in the same statement as its decision (insert-or-ignore on the unique key), so a
 * decision is never lost and never duplicated, however often this runs.
 */
export async function scheduleDigests(db: Db, nowMs: number, schedule: DigestSchedule = DEFAULT_SCHEDULE): Promise<number> {
  const latest = (await monthlyThreads(db)).at(-1);
  if (!latest || latest.time === null) return 0;
  const opened = latest.time * 1000;
  const age = (nowMs - opened) / HOUR;
  if (age < 0 || age > RECAP_AFTER_HOURS + 7 * 24) return 0;
  const channels = await db.kysely.selectFrom('digest_channels').selectAll().where('enabled', '=', 1).execute();
  const due: Record<DigestKind, number | null> = {
    // Not once the digest is due: a channel chosen late would get "the digest follows" after it.
    thread_live: age <= Math.min(LIVE_WINDOW_HOURS, schedule.settleHours) ? nowMs : null,
    digest: age <= RECAP_AFTER_HOURS ? opened + schedule.settleHours * HOUR : null,
    recap: recapDue(opened, schedule.settleHours),
  };
  // HN's other thread for the same month, if it has two (a repost): which one stands for the month
  // follows their sizes, and its digests must not go out again under the other's id.
  const twins = (await threadIdsOfMonth(db, latest.month)).filter((id) => id !== latest.id);
  let created = 0;
  for (const c of channels) {
    for (const kind of schedule.kinds) {
      const at = due[kind];
      if (at === null) continue;
      if (twins.length > 0) {
        const already = await db.kysely
          .selectFrom('outbox')
          .select('id')
          .where('platform', '=', c.platform)
          .where('channel_id', '=', c.channel_id)
          .where('kind', '=', kind)
          .where('thread_id', 'in', twins)
          .executeTakeFirst();
        if (already) continue;
      }
      const r = await db.kysely
        .insertInto('outbox')
        .values({
          key: outboxKey(c.platform, c.workspace_id, c.channel_id, kind, latest.id),
          platform: c.platform,
          workspace_id: c.workspace_id,
          channel_id: c.channel_id,
          kind,
          thread_id: latest.id,
          due_at: at,
          status: 'pending',
          next_attempt_at: at,
          claimed_at: null,
          message_id: null,
          last_error: null,
          created_at: nowMs,
          sent_at: null,
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      created += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return created;
}
