import { describe, expect, test } from '@jest/globals';
import { Coalescer } from '../../api/src/db/coalesce';

/** A batch function that records its batches and answers each key doubled, after `release()`. */
function recorder() {
  const batches: number[][] = [];
  const pending: (() => void)[] = [];
  const run = (keys: number[]) => {
    batches.push(keys);
    return new Promise<number[]>((resolve) => pending.push(() => resolve(keys.map((k) => k * 2))));
  };
  const release = () => { for (const r of pending.splice(0)) r(); };
  return { batches, run, release };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('Coalescer', () => {
  test('when one request comes alone, then it is sent at once, alone', async () => {
    const r = recorder();
    const c = new Coalescer(r.run, { maxBatch: 10, maxInFlight: 2 });
    const answer = c.load(21);
    await tick();
    expect(r.batches).toEqual([[21]]);
    r.release();
    await expect(answer).resolves.toBe(42);
  });

  test('when requests come while the batches in flight are full, then they wait and go together, each getting its own answer', async () => {
    const r = recorder();
    const c = new Coalescer(r.run, { maxBatch: 3, maxInFlight: 1 });
    const first = c.load(1);
    await tick();
    const rest = [2, 3, 4, 5, 6].map((k) => c.load(k));
    await tick();
    expect(r.batches).toEqual([[1]]);
    expect(c.running).toBe(1);
    r.release();
    await first;
    await tick();
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
    r.release();
    await tick();
    r.release();
    await expect(Promise.all(rest)).resolves.toEqual([4, 6, 8, 10, 12]);
    expect(r.batches).toEqual([[1], [2, 3, 4], [5, 6]]);
    expect(c.running).toBe(0);
  });

  test('when a batch fails, then every request of that batch gets the error and later ones still run', async () => {
    let calls = 0;
    const c = new Coalescer<number, number>(async (keys) => {
      calls++;
      if (calls === 1) throw new Error('database unavailable');
      return keys;
    }, { maxBatch: 10, maxInFlight: 1 });
    const failed = [c.load(1), c.load(2)];
    await expect(Promise.all(failed.map((p) => p.catch((e: Error) => e.message)))).resolves.toEqual(['database unavailable', 'database unavailable']);
    await expect(c.load(3)).resolves.toBe(3);
  });

  test('when the batch function answers the wrong number of values, then the requests fail rather than get another request’s answer', async () => {
    const c = new Coalescer<number, number>(async (keys) => keys.slice(1), { maxBatch: 10, maxInFlight: 1 });
    await expect(Promise.all([c.load(1), c.load(2)])).rejects.toThrow('answered 1 values for 2 requests');
  });
});
