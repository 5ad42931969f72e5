import type { Reply } from '../../commands/reply.ts';

/** Display width, counting East Asian wide characters as two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** Strips terminal control sequences from text that may come from HN. */
export function safeForTerminal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * A reply's text with its references to chat commands ("/help lists what you can ask", "e.g.
 * /compare rust go") written as the terminal's ("hiring-radar help"): there is no /help at a
 * shell prompt. Only the commands named, and only where a word starts: never inside a URL.
 */
export function terminalCommandRefs(text: string, commands: readonly string[]): string {
  if (commands.length === 0 || !text.includes('/')) return text;
  const names = [...commands].sort((a, b) => b.length - a.length).map((n) => n.replace(/[-]/g, '\\-'));
  return text.replace(new RegExp(`(^|[\\s("'“])/(${names.join('|')})(?![\\w-])`, 'g'), '$1hiring-radar $2');
}

/**
 * Renders a reply as plain text for a terminal: title, summary, fields, table, sparkline, links,
 * footnote. `commands`: the chat commands the terminal runs too, whose references are rewritten.
 */
export function renderTerminal(reply: Reply, commands: readonly string[] = []): string {
  const out: string[] = [];
  const t = safeForTerminal;
  // Only our own sentences name commands: fields, tables and links carry HN's text ("Onsite /remote").
  const own = (s: string) => terminalCommandRefs(safeForTerminal(s), commands);
  out.push(own(reply.kind === 'error' ? `Error: ${reply.title}` : reply.title));
  out.push('='.repeat(Math.min(80, width(out[0] ?? ''))));
  out.push(own(reply.summary), '');
  if (reply.fields?.length) {
    const w = Math.min(40, Math.max(...reply.fields.map((f) => width(t(f.name)))));
    for (const f of reply.fields) out.push(`${pad(t(f.name), w, 'left')}  ${t(f.value)}`);
    out.push('');
  }
  if (reply.table?.rows.length) {
    const { columns, rows, align } = reply.table;
    const widths = columns.map((c, i) => Math.max(width(c), ...rows.map((r) => width(t(r[i] ?? '')))));
    const line = (cells: string[]) =>
      cells.map((c, i) => pad(t(c), widths[i] ?? 0, align?.[i] ?? 'left')).join('  ').trimEnd();
    out.push(line(columns), widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) out.push(line(r));
    out.push('');
  }
  if (reply.sparkline) out.push(t(reply.sparkline), '');
  for (const l of reply.links ?? []) out.push(`${t(l.label)}: ${t(l.url)}`);
  if (reply.links?.length) out.push('');
  if (reply.footnote) out.push(own(reply.footnote));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
