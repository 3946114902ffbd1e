import { describe, expect, it } from 'vitest';
import { TransactionGate } from './transaction-gate';

/** Lets every promise callback that is ready run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('TransactionGate', () => {
  it('admits at most `limit` pieces of work at once, the waiting ones in arrival order, and goes on after a failure', async () => {
    const gate = new TransactionGate(2);
    const started: number[] = [];
    const finish = new Map<number, (ok: boolean) => void>();
    const job = (i: number) =>
      gate.run(
        () =>
          new Promise<number>((resolve, reject) => {
            started.push(i);
            finish.set(i, (ok) => (ok ? resolve(i) : reject(new Error(`job ${i} failed`))));
          }),
      );
    const results = Promise.allSettled([0, 1, 2, 3, 4].map(job));
    await settle();
    expect(started).toEqual([0, 1]);

    finish.get(1)!(false); // a failure frees its place like a success
    await settle();
    expect(started).toEqual([0, 1, 2]);
    finish.get(0)!(true);
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    finish.get(3)!(true);
    await settle();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    finish.get(4)!(true);
    finish.get(2)!(true);

    expect((await results).map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(await gate.run(async () => 'after')).toBe('after');
  });
});
