/**
 * Classifies the items its parent sends over IPC, one at a time, and answers each with the
 * prediction and the time it took. Run by `bounded-classify.ts`, which kills it when an item
 * takes too long: a rule that tries 2^n ways never returns, and in the test process it would
 * stall the whole suite with no name on it.
 */
import { classifyItem } from '../../src/core/classify/index.ts';

process.on('message', (msg: { key: number; item: { id: number; text?: string } }) => {
  const started = performance.now();
  try {
    const prediction = classifyItem(msg.item);
    process.send?.({ key: msg.key, ms: performance.now() - started, prediction });
  } catch (err) {
    process.send?.({ key: msg.key, ms: performance.now() - started, error: String((err as Error)?.stack ?? err) });
  }
});
process.send?.({ ready: true });
