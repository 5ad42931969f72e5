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
    if (!line.trim()) continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      out.bad++;
      onBadLine(lineNo, 'not valid JSON');
      continue;
    }
    if (!item || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'number') {
      out.bad++;
      onBadLine(lineNo, 'not an HN item (no numeric "id")');
      continue;
    }
    const it = item as ClassifierInput;
    pending.push({ ...it, text: typeof it.text === 'string' ? it.text : '' });
    if (pending.length >= GROUP) flush();
  }
  flush();
  return out;
}
