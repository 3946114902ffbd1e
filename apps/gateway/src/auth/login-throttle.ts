import { MoreThan } from 'typeorm';
import type { RequestContext } from '../context';
import { LoginAttempt } from '../entity';

/** Failed sign-ins allowed per window, per e-mail address and per client address. */
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface ThrottleVerdict {
  throttled: boolean;
  retryAfterMinutes: number;
}

/**
 * Counts recent failed sign-ins for the e-mail (whether or not it exists, so the answer tells
 * nothing) and for the client address; a success for the e-mail starts its count afresh.
 */
export async function checkLoginThrottle(
  tx: RequestContext,
  email: string,
  ipAddress: string,
  now: Date,
): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const repo = tx.db.getRepository(LoginAttempt);
  const lastSuccess = await repo.findOne({
    where: { email, succeeded: true, at: MoreThan(since) },
    order: { at: 'DESC' },
  });
  const emailFailures = await repo.find({
    where: { email, succeeded: false, at: MoreThan(lastSuccess?.at ?? since) },
    order: { at: 'ASC' },
  });
  const addressFailures = await repo.count({ where: { ipAddress, succeeded: false, at: MoreThan(since) } });
  if (emailFailures.length >= MAX_FAILURES_PER_EMAIL || addressFailures >= MAX_FAILURES_PER_ADDRESS) {
    const oldest = emailFailures[0]?.at ?? since;
    const freeAt = oldest.getTime() + THROTTLE_WINDOW_MINUTES * 60_000;
    return { throttled: true, retryAfterMinutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
  }
  return { throttled: false, retryAfterMinutes: 0 };
}

export async function recordLoginAttempt(
  tx: RequestContext,
  email: string,
  ipAddress: string,
  succeeded: boolean,
  at: Date,
): Promise<void> {
  await tx.db.getRepository(LoginAttempt).insert({ email, ipAddress, succeeded, at });
}
