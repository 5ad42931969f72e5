import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type ClassifierInput, classifyItems } from './index.ts';

/** Lines are classified together in groups of this many (see classifyItems). */
const GROUP = 256;

/**
 * Reads HN items (JSON Lines, Firebase shape) and writes one prediction per line. A line that
 * is not a JSON object with a numeric id is reported on `onBadLine` and skipped.
 */
export async function classifyJsonlFile(
  path: string,
  write: (line: string) => void,
  onBadLine: (lineNo: number, reason: string) => void = () => {},
): Promise<{ classified: number; bad: number }> {
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  const out = { classified: 0, bad: 0 };
  let pending: ClassifierInput[] = [];
  const flush = () => {
    for (const p of classifyItems(pending)) write(JSON.stringify(p));
    out.classified += pending.length;
    pending = [];
  };
  for await (const line of rl) {
    lineNo++;
    // A byte-order mark some editors put before the first line is no part of the JSON.
    const text = lineNo === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (!text.trim()) continue;
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch {
      out.bad++;
      onBadLine(lineNo, lineNo === 1 && text.includes('\u0000') ? 'not valid JSON (the file looks UTF-16: save it as UTF-8)' : 'not valid JSON');
      continue;
    }
    const reason = notAnItem(item);
    if (reason) {
      out.bad++;
      onBadLine(lineNo, reason);
      continue;
    }
    const it = item as ClassifierInput;
    pending.push({ ...it, text: typeof it.text === 'string' ? it.text : '' });
    if (pending.length >= GROUP) flush();
  }
  flush();
  return out;
}

/**
 * Why a parsed line is no HN item, or null: an item has a whole, positive "id", and its "text",
 * when there is one, is a string (HN's HTML). A deleted item has none, and is classified as such.
 */
function notAnItem(item: unknown): string | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return 'not an HN item (a JSON object with a numeric "id")';
  const { id, text } = item as { id?: unknown; text?: unknown };
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return 'not an HN item ("id" must be a whole number from 1 up)';
  if (text !== undefined && text !== null && typeof text !== 'string') return `"text" must be a string of HTML, not ${Array.isArray(text) ? 'an array' : typeof text}`;
  return null;
}
