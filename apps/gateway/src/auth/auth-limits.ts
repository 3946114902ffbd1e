import {
  admitAction,
  admitSignIn,
  signInLockedFor,
  type LimitVerdict,
  type RateRule,
  type SignInCounter,
} from '@portal/domain';
import type { RequestContext } from '../context';
import { AuthThrottle } from '../entity';

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Rounds of compare-and-set before giving up (each round, one of the contenders wins). */
const MAX_ROUNDS = 50;

/**
 * The database side of @portal/domain's auth-limits: one counter row per key, changed only by a
 * compare-and-set on its version (`UPDATE … WHERE id = ? AND version = ?`) or one conditional
 * UPDATE. No lock is held and
 * no transaction is needed, so parallel requests in any number of gateway processes count
 * exactly (a lost race re-reads and tries again) and can never deadlock. The limits are always
 * on (no RATE_LIMITS switch applies to them).
 */
export class AuthLimits {
  /** Whether the account is locked at this address now (read only; checked before any work). */
  async signInLock(ctx: RequestContext, email: string, address: string): Promise<Admission> {
    const row = await ctx.db
      .getRepository(AuthThrottle)
      .findOne({ where: { key: signInKey(email, address) } });
    const locked = row ? signInLockedFor(counterOf(row), ctx.now()) : null;
    return locked === null ? { allowed: true } : { allowed: false, retryAfterSeconds: locked };
  }

  /**
   * Counts a wrong password of `email` from `address` (unknown e-mails too, so the answer reveals
   * nothing); refused when the account is locked there, which the caller answers with "try again
   * in …" instead of BAD_CREDENTIALS.
   */
  signInFailed(ctx: RequestContext, email: string, address: string): Promise<Admission> {
    return this.change(ctx, signInKey(email, address), email, (row) =>
      mapNext(admitSignIn(counterOf(row), ctx.now()), (next) => ({
        count: next.failures,
        windowStartedAt: next.lastFailureAt,
        lockedUntil: next.lockedUntil,
      })),
    );
  }

  /**
   * A right password: the count starts afresh, unless the account is locked at this address
   * (a parallel wrong guess may just have locked it), which refuses the sign-in. One statement.
   */
  async signInSucceeded(ctx: RequestContext, email: string, address: string): Promise<Admission> {
    const now = ctx.now();
    const cleared = await ctx.db
      .createQueryBuilder()
      .update(AuthThrottle)
      .set({ count: 0, windowStartedAt: null, lockedUntil: null, version: () => 'version + 1' })
      .where('key = :key AND (lockedUntil IS NULL OR lockedUntil <= :now)', {
        key: signInKey(email, address),
        now,
      })
      .execute();
    if (cleared.affected) return { allowed: true };
    return this.signInLock(ctx, email, address);
  }

  /** After a password reset: every sign-in lock of the account, at every address, is lifted. */
  async clearSignInLocks(ctx: RequestContext, email: string): Promise<void> {
    await ctx.db
      .createQueryBuilder()
      .update(AuthThrottle)
      .set({ count: 0, windowStartedAt: null, lockedUntil: null, version: () => 'version + 1' })
      .where('email = :email AND key LIKE :prefix', { email, prefix: 'signin:%' })
      .execute();
  }

  /** Admits one more action under `rule` for `key` (e.g. `reset-mail:<email>`), or refuses it. */
  admit(ctx: RequestContext, key: string, rule: RateRule, email: string | null = null): Promise<Admission> {
    return this.change(ctx, key, email, (row) =>
      mapNext(
        admitAction({ count: row.count, windowStartedAt: row.windowStartedAt }, rule, ctx.now()),
        (next) => ({ count: next.count, windowStartedAt: next.windowStartedAt, lockedUntil: null }),
      ),
    );
  }

  private async change(
    ctx: RequestContext,
    key: string,
    email: string | null,
    decide: (
      row: AuthThrottle,
    ) => LimitVerdict<Pick<AuthThrottle, 'count' | 'windowStartedAt' | 'lockedUntil'>>,
  ): Promise<Admission> {
    const repo = ctx.db.getRepository(AuthThrottle);
    // The row exists from the first use of the key on (a concurrent creator's insert is ignored).
    // updateEntity(false): TypeORM would read the new row back by the connection's last insert
    // id, which an ignored insert does not set (0 in a process that inserted nothing yet: it threw).
    await ctx.db
      .createQueryBuilder()
      .insert()
      .into(AuthThrottle)
      .values({ key, email, count: 0, windowStartedAt: null, lockedUntil: null, version: 0 })
      .orIgnore()
      .updateEntity(false)
      .execute();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const row = await repo.findOneOrFail({ where: { key } });
      const verdict = decide(row);
      if (!verdict.allowed) return verdict;
      const changed = await ctx.db
        .createQueryBuilder()
        .update(AuthThrottle)
        .set({ ...verdict.next, version: row.version + 1 })
        .where('id = :id AND version = :version', { id: row.id, version: row.version })
        .execute();
      if (changed.affected) return { allowed: true };
    }
    throw new Error(`The limit ${key} is contended beyond ${MAX_ROUNDS} rounds`);
  }
}

function counterOf(row: AuthThrottle): SignInCounter {
  return { failures: row.count, lastFailureAt: row.windowStartedAt, lockedUntil: row.lockedUntil };
}

function mapNext<T, U>(verdict: LimitVerdict<T>, map: (next: T) => U): LimitVerdict<U> {
  return verdict.allowed ? { allowed: true, next: map(verdict.next) } : verdict;
}

export function signInKey(email: string, address: string): string {
  return `signin:${email}|${address}`;
}
