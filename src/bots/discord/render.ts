import type { Reply } from '../../commands/reply.ts';
import { DISCORD_LIMITS, fitReply } from '../limits.ts';
import { defuseDiscord } from '../safe-text.ts';

export interface DiscordMessage {
  content?: string;
  embeds: Record<string, unknown>[];
  /** Nothing in a message may ping anyone, whatever it quotes. */
  allowed_mentions: { parse: []; users: []; roles: []; replied_user: false };
  /** Buttons (action rows), from the reply's actions. */
  components?: Record<string, unknown>[];
  /** PNG to attach as chart.png, referenced by the embed's image. */
  chartPng?: Buffer;
}

const COLORS = { ok: 0x0072b2, empty: 0x999999, error: 0xd55e00 } as const;

function tableBlock(t: NonNullable<Reply['table']>): string {
  const widths = t.columns.map((c, i) => Math.max(c.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (t.align?.[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  // Backticks inside HN text would end the code block early.
  return `\`\`\`\n${[line(t.columns), ...t.rows.map(line)].join('\n').replace(/`/g, "'")}\n\`\`\``;
}

/** A reply as a Discord message: one embed (table in a code block), the chart attached. */
export function renderDiscord(reply: Reply, chartPng?: Buffer): DiscordMessage {
  const r = fitReply(reply, DISCORD_LIMITS);
  const d = defuseDiscord;
  const body = [d(r.summary), r.table ? tableBlock({ ...r.table, columns: r.table.columns.map(d), rows: r.table.rows.map((row) => row.map(d)) }) : '', r.sparkline ? d(r.sparkline) : '']
    .filter(Boolean)
    .join('\n\n')
    .slice(0, DISCORD_LIMITS.summary);
  // The links after the rest, as many whole ones as the description's limit leaves room for.
  const links = r.links?.length ? discordLinksLine(r.links, DISCORD_LIMITS.summary - body.length - 2) : '';
  const description = links ? `${body}\n\n${links}` : body;
  const embed: Record<string, unknown> = {
    title: d(r.title),
    description,
    color: COLORS[r.kind],
    ...(r.fields?.length ? { fields: r.fields.map((f) => ({ name: d(f.name), value: d(f.value) || '—', inline: Boolean(f.inline) })) } : {}),
    ...(r.footnote ? { footer: { text: d(r.footnote) } } : {}),
    ...(chartPng ? { image: { url: 'attachment://chart.png' } } : {}),
  };
  const buttons = (reply.actions ?? []).slice(0, 5).map((a) => ({ type: 2, style: 4, label: a.label.slice(0, 80), custom_id: a.id.slice(0, 100) }));
  return {
    embeds: [embed],
    ...(buttons.length ? { components: [{ type: 1, components: buttons }] } : {}),
    allowed_mentions: { parse: [], users: [], roles: [], replied_user: false },
    ...(chartPng ? { chartPng } : {}),
  };
}

/** Longest label a link keeps, in characters: a company's header line can run to hundreds. */
const LINK_LABEL_MAX = 100;

/**
 * The links as one line of markdown links of at most `room` characters: whole links only, so a
 * cut never leaves "[label](htt" behind. Brackets leave the label (they would end it early) and a
 * ")" in the address is escaped (it would end the address).
 */
export function discordLinksLine(links: NonNullable<Reply['links']>, room: number): string {
  let line = '';
  for (const l of links) {
    const plain = defuseDiscord(l.label).replace(/[[\]]/g, '');
    const label = plain.length > LINK_LABEL_MAX ? `${plain.slice(0, LINK_LABEL_MAX - 1)}…` : plain;
    const link = `[${label}](${encodeURI(l.url).replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
    const next = line ? `${line} · ${link}` : link;
    if (next.length > room) break;
    line = next;
  }
  return line;
}
