import type { ChartSpecLike } from './types.ts';

/**
 * The neutral reply every command returns. Renderers (terminal, Discord embeds, Slack Block
 * Kit) turn it into their own format and enforce their own limits; commands never know which.
 */
export interface Reply {
  title: string;
  /** One short sentence: the answer at a glance. */
  summary: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  table?: { columns: string[]; rows: string[][]; align?: ('left' | 'right')[] };
  chart?: ChartSpecLike;
  /** Unicode sparkline(s) for where images are not shown. */
  sparkline?: string;
  links?: { label: string; url: string }[];
  /** Denominator and crawl time: what the numbers are out of, and how fresh. */
  footnote?: string;
  /** Buttons, e.g. "Stop alert #3" with id "unsubscribe:3"; a click runs the command named by the id. */
  actions?: { label: string; id: string }[];
  /** 'error' replies are shown only to the asker where the platform allows. */
  kind: 'ok' | 'empty' | 'error';
  /** The structured result, for `--json` and for tests. */
  data?: unknown;
}

export function errorReply(title: string, summary: string, hint?: string): Reply {
  return { kind: 'error', title, summary: hint ? `${summary} ${hint}` : summary };
}

export function emptyReply(title: string, summary: string, footnote?: string): Reply {
  return { kind: 'empty', title, summary, ...(footnote ? { footnote } : {}) };
}
