/**
 * Limits on sign-in and on the other unauthenticated or mail-sending account actions. The
 * gateway keeps one counter row per key in the database and changes it only through these
 * functions, so every gateway process applies the same rules to the same counts.
 */

/** A failed-sign-in counter of one account at one client address. */
export interface SignInCounter {
  /** Consecutive failures (reset by a success, forgotten after SIGN_IN_MEMORY_HOURS). */
  readonly failures: number;
  readonly lastFailureAt: Date | null;
  readonly lockedUntil: Date | null;
}

/** Failures allowed before the first lock. */
export const SIGN_IN_FREE_FAILURES = 5;
/** The longest lock, whatever the number of failures. */
export const SIGN_IN_MAX_LOCK_MINUTES = 60;
/** Failures older than this are forgotten: the count starts again. */
export const SIGN_IN_MEMORY_HOURS = 24;

export const NO_FAILURES: SignInCounter = { failures: 0, lastFailureAt: null, lockedUntil: null };

/**
 * How long the account is locked at that address after its n-th consecutive failure: not at all
 * for the first four, then 1, 2, 4, 8, 16, 32 minutes, and 60 from the eleventh on.
 */
export function signInLockMinutes(failures: number): number {
  if (failures < SIGN_IN_FREE_FAILURES) return 0;
  return Math.min(SIGN_IN_MAX_LOCK_MINUTES, 2 ** (failures - SIGN_IN_FREE_FAILURES));
}

export type LimitVerdict<T> =
  | { readonly allowed: true; readonly next: T }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/** Seconds until the counter's lock ends, or null when it is not locked. */
export function signInLockedFor(counter: SignInCounter, now: Date): number | null {
  return counter.lockedUntil && counter.lockedUntil.getTime() > now.getTime()
    ? secondsBetween(now, counter.lockedUntil)
    : null;
}

/**
 * Counts a wrong password, or refuses while the counter is locked (the caller then answers
 * "try again in …" whatever the password was). Applied atomically after each check, so of
 * parallel wrong guesses exactly the first five are answered BAD_CREDENTIALS, while parallel
 * right passwords are not held back by one another.
 */
export function admitSignIn(counter: SignInCounter, now: Date): LimitVerdict<SignInCounter> {
  const locked = signInLockedFor(counter, now);
  if (locked !== null) return { allowed: false, retryAfterSeconds: locked };
  const remembered =
    counter.lastFailureAt !== null &&
    now.getTime() - counter.lastFailureAt.getTime() < SIGN_IN_MEMORY_HOURS * 3_600_000;
  const failures = (remembered ? counter.failures : 0) + 1;
  const lockMinutes = signInLockMinutes(failures);
  return {
    allowed: true,
    next: {
      failures,
      lastFailureAt: now,
      lockedUntil: lockMinutes ? new Date(now.getTime() + lockMinutes * 60_000) : null,
    },
  };
}

/** At most `limit` actions per `windowMinutes` (a fixed window from the first action). */
export interface RateRule {
  readonly limit: number;
  readonly windowMinutes: number;
}

export interface RateCounter {
  readonly count: number;
  readonly windowStartedAt: Date | null;
}

export const NO_ACTIONS: RateCounter = { count: 0, windowStartedAt: null };

/** Admits one more action under the rule, or says when the window ends. */
export function admitAction(counter: RateCounter, rule: RateRule, now: Date): LimitVerdict<RateCounter> {
  const windowEnd = counter.windowStartedAt
    ? new Date(counter.windowStartedAt.getTime() + rule.windowMinutes * 60_000)
    : null;
  if (!windowEnd || windowEnd.getTime() <= now.getTime())
    return { allowed: true, next: { count: 1, windowStartedAt: now } };
  if (counter.count >= rule.limit)
    return { allowed: false, retryAfterSeconds: secondsBetween(now, windowEnd) };
  return { allowed: true, next: { count: counter.count + 1, windowStartedAt: counter.windowStartedAt } };
}

/**
 * The limits, per key. Sign-in failures are counted per account and client address together
 * (SIGN_IN_*), so nobody can lock a user out from another address, and one person's typing
 * errors do not lock out colleagues behind the same address.
 */
export const AUTH_LIMITS = {
  /** Sign-in calls from one client address, whatever the account. */
  loginPerAddress: { limit: 300, windowMinutes: 15 },
  /** Password-reset requests from one client address. */
  resetRequestsPerAddress: { limit: 10, windowMinutes: 60 },
  /** Password-reset e-mails to one address (further requests are answered the same, unsent). */
  resetMailsPerEmail: { limit: 3, windowMinutes: 60 },
  /** Attempts to use a reset or invitation link from one client address. */
  linkUsesPerAddress: { limit: 20, windowMinutes: 60 },
  /** Invitations sent (or sent again) by one administrator. */
  invitationsPerAdmin: { limit: 30, windowMinutes: 60 },
} as const satisfies Record<string, RateRule>;

/** "Try again in 1 minute." / "Try again in 12 minutes." (rounded up, at least a minute). */
export function tryAgainIn(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

function secondsBetween(from: Date, to: Date): number {
  return Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 1000));
}
