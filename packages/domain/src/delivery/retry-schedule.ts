/**
 * When a delivery that failed (an e-mail, a webhook) is tried again: exponential backoff from
 * `baseSeconds`, doubling after each failed attempt and capped at `maxSeconds`, until the message
 * is older than `giveUpAfterSeconds`, when it is given up for good.
 */
export interface RetryPolicy {
  baseSeconds: number;
  maxSeconds: number;
  giveUpAfterSeconds: number;
}

export type RetryDecision = { kind: 'RETRY'; at: Date } | { kind: 'GIVE_UP' };

/** Seconds to wait after the `attempts`-th failed attempt (1 for the first): base × 2^(attempts − 1), capped. */
export function backoffSeconds(policy: RetryPolicy, attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(exponent, 30));
}

/**
 * After the `attempts`-th attempt failed at `now`: the next attempt's time, or GIVE_UP when that
 * time would be past the give-up horizon counted from `createdAt`.
 */
export function nextAttempt(
  policy: RetryPolicy,
  createdAt: Date,
  attempts: number,
  now: Date,
): RetryDecision {
  const at = new Date(now.getTime() + backoffSeconds(policy, attempts) * 1000);
  const horizon = createdAt.getTime() + policy.giveUpAfterSeconds * 1000;
  return at.getTime() > horizon ? { kind: 'GIVE_UP' } : { kind: 'RETRY', at };
}
