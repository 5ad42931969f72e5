import type { Reply } from '../commands/reply.ts';

/** What a platform accepts in one message, in characters (and counts of fields / table rows). */
export interface ReplyLimits {
  title: number;
  summary: number;
  fields: number;
  fieldName: number;
  fieldValue: number;
  tableRows: number;
  /** Characters of the rendered table (it becomes a code block / section). */
  table: number;
  footnote: number;
  links: number;
  /** All text together. */
  total: number;
}

/** Discord embeds: 256 title, 4,096 description, 25 fields (256 / 1,024), 2,048 footer, 6,000 in all. */
export const DISCORD_LIMITS: ReplyLimits = { title: 256, summary: 4096, fields: 25, fieldName: 256, fieldValue: 1024, tableRows: 30, table: 3900, footnote: 2048, links: 10, total: 5800 };

/** Slack Block Kit: 150 header, 3,000 per section text, 10 fields per section, 50 blocks. */
export const SLACK_LIMITS: ReplyLimits = { title: 150, summary: 3000, fields: 20, fieldName: 150, fieldValue: 1900, tableRows: 30, table: 2900, footnote: 2900, links: 10, total: 12000 };

export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

function tableLength(t: NonNullable<Reply['table']>): number {
  return [t.columns, ...t.rows].reduce((n, r) => n + r.join('  ').length + 1, 0);
}

function textLength(r: Reply): number {
  return (
    r.title.length +
    r.summary.length +
    (r.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) +
    (r.table ? tableLength(r.table) : 0) +
    (r.sparkline?.length ?? 0) +
    (r.footnote?.length ?? 0) +
    (r.links ?? []).reduce((n, l) => n + l.label.length + l.url.length, 0)
  );
}

/**
 * Shortens a reply to fit a platform instead of failing: long texts are clipped with "…",
 * extra fields and table rows are dropped with an "and N more" note, and if the whole is still
 * too long the table, then fields, are trimmed from the end.
 */
export function fitReply(reply: Reply, limits: ReplyLimits): Reply {
  const out: Reply = { ...reply, title: clip(reply.title, limits.title), summary: clip(reply.summary, limits.summary) };
  if (reply.fields) {
    const kept = reply.fields.slice(0, limits.fields).map((f) => ({ ...f, name: clip(f.name, limits.fieldName), value: clip(f.value, limits.fieldValue) }));
    const dropped = reply.fields.length - kept.length;
    if (dropped > 0) kept[kept.length - 1] = { name: 'More', value: `and ${dropped + 1} more not shown` };
    out.fields = kept;
  }
  if (reply.table) {
    let rows = reply.table.rows.slice(0, limits.tableRows).map((r) => r.map((c) => clip(c, 60)));
    const table = { ...reply.table, rows };
    while (rows.length > 1 && tableLength(table) > limits.table) {
      rows = rows.slice(0, -1);
      table.rows = rows;
    }
    const dropped = reply.table.rows.length - rows.length;
    if (dropped > 0) table.rows = [...rows, [`… and ${dropped} more rows`, ...reply.table.columns.slice(1).map(() => '')]];
    out.table = table;
  }
  if (reply.links) out.links = reply.links.slice(0, limits.links);
  if (reply.footnote) out.footnote = clip(reply.footnote, limits.footnote);
  if (reply.sparkline) out.sparkline = clip(reply.sparkline, 500);
  // Still too long in all: give up table rows first, then fields, from the end.
  while (textLength(out) > limits.total && out.table && out.table.rows.length > 1) out.table = { ...out.table, rows: out.table.rows.slice(0, -1) };
  while (textLength(out) > limits.total && out.fields && out.fields.length > 0) out.fields = out.fields.slice(0, -1);
  if (textLength(out) > limits.total) out.summary = clip(out.summary, Math.max(100, limits.total - (textLength(out) - out.summary.length)));
  return out;
}

export { textLength as replyTextLength };
