import { describe, expect, it } from 'vitest';
import { backoffSeconds, nextAttempt, type RetryPolicy } from './retry-schedule';

const policy: RetryPolicy = { baseSeconds: 30, maxSeconds: 3600, giveUpAfterSeconds: 24 * 3600 };
const created = new Date('2026-11-27T09:00:00.000Z');

describe('retry schedule of deliveries', () => {
  it('waits 30 s after the first failure, then doubles: 60 s, 120 s, 240 s', () => {
    expect([1, 2, 3, 4].map((n) => backoffSeconds(policy, n))).toEqual([30, 60, 120, 240]);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(backoffSeconds(policy, 8)).toBe(3600);
    expect(backoffSeconds(policy, 500)).toBe(3600);
  });

  it('treats "no attempt yet" like the first', () => {
    expect(backoffSeconds(policy, 0)).toBe(30);
  });

  it('schedules the next attempt from the time of the failure', () => {
    const now = new Date('2026-11-27T10:00:00.000Z');
    expect(nextAttempt(policy, created, 2, now)).toEqual({
      kind: 'RETRY',
      at: new Date('2026-11-27T10:01:00.000Z'),
    });
  });

  it('gives up when the next attempt would fall after the horizon', () => {
    const late = new Date('2026-11-28T08:30:00.000Z');
    expect(nextAttempt(policy, created, 10, late)).toEqual({ kind: 'GIVE_UP' });
  });

  it('still retries when the next attempt falls exactly on the horizon', () => {
    const now = new Date('2026-11-28T08:00:00.000Z');
    expect(nextAttempt(policy, created, 8, now)).toEqual({
      kind: 'RETRY',
      at: new Date('2026-11-28T09:00:00.000Z'),
    });
  });
});
