import { describe, expect, it } from 'vitest';
import {
  AUTH_LIMITS,
  NO_ACTIONS,
  NO_FAILURES,
  admitAction,
  admitSignIn,
  signInLockMinutes,
  signInLockedFor,
  tryAgainIn,
  type SignInCounter,
} from './auth-limits';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 9, 0) + minutes * 60_000);

describe('sign-in limits', () => {
  it('lock after five failures, 1, 2, 4 … minutes, growing to an hour', () => {
    expect([1, 4, 5, 6, 7, 10, 11, 40].map(signInLockMinutes)).toEqual([0, 0, 1, 2, 4, 32, 60, 60]);
  });

  it('count wrong passwords and lock from the fifth', () => {
    let counter: SignInCounter = NO_FAILURES;
    for (let i = 1; i <= 5; i++) {
      const verdict = admitSignIn(counter, at(0));
      if (!verdict.allowed) throw new Error(`attempt ${i} refused`);
      counter = verdict.next;
    }
    expect(counter).toEqual({ failures: 5, lastFailureAt: at(0), lockedUntil: at(1) });
    expect(admitSignIn(counter, at(0.5))).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(signInLockedFor(counter, at(0.5))).toBe(30);
    expect(signInLockedFor(counter, at(1))).toBeNull();
    expect(signInLockedFor(NO_FAILURES, at(1))).toBeNull();
    const sixth = admitSignIn(counter, at(1));
    expect(sixth).toEqual({ allowed: true, next: { failures: 6, lastFailureAt: at(1), lockedUntil: at(3) } });
  });

  it('forget failures after a day', () => {
    const old: SignInCounter = { failures: 9, lastFailureAt: at(0), lockedUntil: at(16) };
    expect(admitSignIn(old, at(24 * 60))).toEqual({
      allowed: true,
      next: { failures: 1, lastFailureAt: at(24 * 60), lockedUntil: null },
    });
  });
});

describe('action limits', () => {
  const rule = { limit: 2, windowMinutes: 10 };
  it('admit up to the limit per window, then say when the window ends', () => {
    const first = admitAction(NO_ACTIONS, rule, at(0));
    if (!first.allowed) throw new Error('refused');
    const second = admitAction(first.next, rule, at(3));
    if (!second.allowed) throw new Error('refused');
    expect(second.next).toEqual({ count: 2, windowStartedAt: at(0) });
    expect(admitAction(second.next, rule, at(4))).toEqual({ allowed: false, retryAfterSeconds: 360 });
    expect(admitAction(second.next, rule, at(10))).toEqual({
      allowed: true,
      next: { count: 1, windowStartedAt: at(10) },
    });
  });

  it('are tighter for mail than for sign-in', () => {
    expect(AUTH_LIMITS.resetMailsPerEmail.limit).toBeLessThan(AUTH_LIMITS.resetRequestsPerAddress.limit);
  });

  it('word the wait in whole minutes, rounded up', () => {
    expect(tryAgainIn(1)).toBe('Try again in 1 minute.');
    expect(tryAgainIn(61)).toBe('Try again in 2 minutes.');
  });
});
