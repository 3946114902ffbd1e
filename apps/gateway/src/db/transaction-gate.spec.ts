import { describe, expect, it } from 'vitest';
import { TransactionGate } from './transaction-gate';

describe('TransactionGate', () => {
  it('admits at most `limit` pieces of work at once, in arrival order, and keeps going after failures', async () => {
    const gate = new TransactionGate(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const job = (i: number) =>
      gate.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        order.push(i);
        running--;
        if (i === 1) throw new Error('boom');
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map(job));
    expect(peak).toBe(2);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(order.slice(2).sort()).toEqual([2, 3, 4]);
    expect(await gate.run(async () => 'after')).toBe('after');
  });
});
