import { describe, expect, it } from 'vitest';
import { retrying } from '../../src/core/wait.ts';

/** A task failing with the given errors in turn, then answering 'ok'. */
function failingWith(errors: unknown[]) {
  let calls = 0;
  return {
    task: async () => {
      calls++;
      if (errors.length) throw errors.shift();
      return 'ok';
    },
    calls: () => calls,
  };
}

describe('retrying (the service retries in the background)', () => {
  it('retries after each wait and tells each failure with the wait that follows it', async () => {
    const f = failingWith([new Error('a'), new Error('b')]);
    const told: (number | undefined)[] = [];
    const r = await retrying(f.task, { waits: [1, 2, 3], refused: () => false, failed: (_e, w) => told.push(w) });
    expect(r).toEqual({ value: 'ok', attempts: 3 });
    expect(told).toEqual([1, 2]);
  });

  it('gives up when the waits run out, or at once on a refusal', async () => {
    const down = failingWith([1, 2, 3, 4].map((n) => new Error(String(n))));
    const told: (number | undefined)[] = [];
    expect(await retrying(down.task, { waits: [1, 1], refused: () => false, failed: (_e, w) => told.push(w) })).toBeNull();
    expect([down.calls(), told]).toEqual([3, [1, 1, undefined]]);
    const refused = failingWith([new Error('401')]);
    expect(await retrying(refused.task, { waits: [1], refused: () => true, failed: () => {} })).toBeNull();
    expect(refused.calls()).toBe(1);
  });

  it('forever repeats the last wait; a failure made before starts it waiting; a stop ends it', async () => {
    const f = failingWith([1, 2, 3, 4, 5].map((n) => new Error(String(n))));
    const told: (number | undefined)[] = [];
    const r = await retrying(f.task, { waits: [1, 2], forever: true, failuresBefore: 1, refused: () => false, failed: (_e, w) => told.push(w) });
    expect(r).toEqual({ value: 'ok', attempts: 7 });
    expect(told).toEqual([2, 2, 2, 2, 2]);
    let stop = false;
    const g = failingWith([new Error('x'), new Error('y')]);
    const stopped = await retrying(g.task, { waits: [1], forever: true, refused: () => false, stopped: () => stop, failed: () => (stop = true) });
    expect([stopped, g.calls()]).toEqual([null, 1]);
  });
});
