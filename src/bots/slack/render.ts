import type { Reply } from '../../commands/reply.ts';
import { fitReply, SLACK_LIMITS } from '../limits.ts';
import { assignPositionals } from '../../commands/options.ts';
import type { CommandDef } from '../../commands/types.ts';
import { escapeSlack } from '../safe-text.ts';

export type Block = Record<string, unknown>;

function tableText(t: NonNullable<Reply['table']>): string {
  const widths = t.columns.map((c, i) => Math.max(c.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (t.align?.[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(t.columns), ...t.rows.map(line)].join('\n').replace(/`/g, "'");
}

/**
 * A reply as Block Kit: header, summary, fields (10 per section), the table in a code block,
 * the chart image when one is hosted, links, and the footnote as context. Every text from HN
 * is escaped (& < >), so "<!channel>" or "<@U123>" in a posting is shown, never triggered.
 */
export function renderSlack(reply: Reply, chartUrl?: string): { text: string; blocks: Block[] } {
  const r = fitReply(reply, SLACK_LIMITS);
  const e = escapeSlack;
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: r.title.slice(0, 150), emoji: false } }];
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cutEscaped(e(r.summary), 3000) } });
  const fields = r.fields ?? [];
  for (let i = 0; i < fields.length; i += 10) {
    blocks.push({
      type: 'section',
      fields: fields.slice(i, i + 10).map((f) => ({ type: 'mrkdwn', text: cutEscaped(`*${e(f.name)}*\n${e(f.value)}`, 2000) })),
    });
  }
  if (r.table) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${cutEscaped(e(tableText(r.table)), 2990)}\`\`\`` } });
  if (r.sparkline) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cutEscaped(e(r.sparkline), 3000) } });
  if (chartUrl) blocks.push({ type: 'image', image_url: chartUrl, alt_text: r.title.slice(0, 2000) });
  const links = r.links?.length ? linksLine(r.links) : '';
  if (links) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: links } });
  if (reply.actions?.length) {
    blocks.push({
      type: 'actions',
      elements: reply.actions.slice(0, 5).map((a, i) => ({ type: 'button', style: 'danger', text: { type: 'plain_text', text: a.label.slice(0, 75) }, action_id: `hr_action_${i}`, value: a.id })),
    });
  }
  if (r.footnote) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: cutEscaped(e(r.footnote), 3000) }] });
  return { text: cutEscaped(e(`${r.title}: ${r.summary}`), 3000), blocks: blocks.slice(0, 50) };
}

/** Longest label a link keeps, in characters: a company's header line can run to hundreds. */
const LINK_LABEL_MAX = 200;
const LINKS_SEPARATOR = '  ·  ';

/**
 * The links as one mrkdwn line of at most 3,000 characters (a section's limit): whole links only,
 * as many as fit, each label shortened to LINK_LABEL_MAX. Cutting the joined line instead could
 * leave a link without its closing ">", shown as broken markup.
 */
export function linksLine(links: NonNullable<Reply['links']>): string {
  let line = '';
  for (const l of links) {
    const label = l.label.length > LINK_LABEL_MAX ? `${l.label.slice(0, LINK_LABEL_MAX - 1)}…` : l.label;
    const link = `<${encodeURI(l.url)}|${escapeSlack(label)}>`;
    const next = line ? line + LINKS_SEPARATOR + link : link;
    if (next.length > 3000) break;
    line = next;
  }
  return line;
}

/**
 * A slash command's text as the user typed it: Slack sends "&", "<" and ">" escaped, and a link,
 * channel or mention as `<target|label>` (`<https://x|x>`, `<#C1|general>`): its label (or its
 * target). "weights & biases" arrived as "weights &amp; biases", a skill nobody knows.
 */
export function plainSlackText(text: string): string {
  return text
    .replace(/<([^<>|]*)\|([^<>]*)>/g, '$2')
    .replace(/<([^<>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `s` cut to at most `max` characters, never inside an escape (&amp; &lt; &gt;) that escapeSlack wrote. */
function cutEscaped(s: string, max: number): string {
  if (s.length <= max) return s;
  const amp = s.lastIndexOf('&', max - 1);
  return s.slice(0, amp >= 0 && amp > max - 5 && !s.slice(amp, max).includes(';') ? amp : max);
}

/**
 * Slash-command text → raw arguments: `name:value` pairs for named options, the rest in
 * order for positional ones ("rust 24 vs:go"). Quotes group words: `"rust or go"`.
 */
export function argsFromSlackText(
  def: CommandDef,
  text: string,
): Record<string, unknown> {
  text = plainSlackText(text);
  // Straight or curly quotes: Slack's clients and phones turn "rust or go" into “rust or go”.
  const words = [...text.matchAll(/(\w+):["“]([^"“”]*)["”]|["“]([^"“”]*)["”]|(\S+)/g)].map((m) => (m[1] ? `${m[1]}:${m[2]}` : (m[3] ?? m[4] ?? '')));
  const raw: Record<string, unknown> = {};
  const rest: string[] = [];
  for (const w of words) {
    const m = /^(\w+):(.*)$/.exec(w);
    if (m && Object.hasOwn(def.options, m[1]!)) raw[m[1]!] = m[2];
    else rest.push(w);
  }
  const left = assignPositionals(def, rest, raw);
  if (left.length) raw._extra = left.join(' ');
  return raw;
}
