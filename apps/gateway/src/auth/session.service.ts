import { IsNull } from 'typeorm';
import { TOKEN_SCOPES, parseTokenScopes } from '@portal/domain';
import { addHours } from '../common/clock';
import { RequestContext, Viewer, type PortalRuntime } from '../context';
import { ApiToken, Session, User } from '../entity';
import { hashSecretToken, newSecretToken } from './secret-token';
import { SessionCache } from './session-cache';

export const SESSION_COOKIE = 'portal_session';
export const API_TOKEN_PREFIX = 'pat_';
/** lastSeenAt / lastUsedAt are refreshed at most this often, to keep reads read-only. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

/** Sessions (cookie) and personal API tokens (Bearer): issuing, resolving and revoking. */
export class SessionService {
  /** Recently resolved session cookies of this process (revocation: SessionCache). */
  readonly cache = new SessionCache();

  /** Opens a session for a user who just proved who they are, and sets the cookie. */
  async open(tx: RequestContext, user: User): Promise<Viewer> {
    const token = newSecretToken();
    const now = tx.now();
    const expiresAt = addHours(now, tx.config.sessionTtlHours);
    // The user row first: parallel sign-ins of one user queue on its lock, instead of each taking
    // a shared lock through the session's foreign key and then deadlocking on the update.
    user.lastLoginAt = now;
    await tx.db.getRepository(User).update({ id: user.id }, { lastLoginAt: now, updatedAt: now });
    const session = await tx.db.getRepository(Session).save(
      tx.db.getRepository(Session).create({
        userId: user.id,
        tokenHash: hashSecretToken(token, tx.config.sessionSecret),
        createdAt: now,
        expiresAt,
        lastSeenAt: now,
        revokedAt: null,
        ipAddress: tx.http.ip.slice(0, 45),
        userAgent: tx.http.userAgent?.slice(0, 255) ?? null,
      }),
    );
    tx.http.setSessionCookie(token, expiresAt);
    tx.http.signedInUserId = user.id;
    return new Viewer(user, 'session', session.id);
  }

  /** Ends the current session (the cookie is cleared whatever the state). */
  async close(ctx: RequestContext): Promise<void> {
    const viewer = ctx.viewer;
    if (viewer?.authMethod === 'session') {
      await ctx.db
        .getRepository(Session)
        .update({ id: viewer.credentialId, revokedAt: IsNull() }, { revokedAt: ctx.now() });
      this.cache.forgetSession(viewer.credentialId, viewer.userId);
    }
    ctx.http.clearSessionCookie();
  }

  /**
   * Resolves the caller of an HTTP request: a Bearer API token wins over the cookie. Expired,
   * revoked or unknown credentials and users who are not ACTIVE give no viewer.
   */
  async authenticate(
    runtime: PortalRuntime,
    credentials: { cookie?: string | null; bearer?: string | null },
  ): Promise<Viewer | null> {
    if (credentials.bearer) return this.authenticateApiToken(runtime, credentials.bearer);
    if (credentials.cookie) return this.authenticateSession(runtime, credentials.cookie);
    return null;
  }

  /**
   * Forgets every cached session of a user in every process (after their password, role or
   * status changed, or their sessions were revoked).
   */
  forgetUser(userId: number): void {
    this.cache.forgetUser(userId);
  }

  private async authenticateSession(runtime: PortalRuntime, token: string): Promise<Viewer | null> {
    const now = runtime.clock.now();
    const hash = hashSecretToken(token, runtime.config.sessionSecret);
    const cachedAt = runtime.rateClock();
    const cached = this.cache.get(hash, cachedAt);
    if (cached) {
      if (cached.expiresAt.getTime() <= now.getTime()) return null;
      return new Viewer(cached.user, 'session', cached.sessionId);
    }
    // One statement: the session with its user.
    const session = await runtime.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.tokenHash = :hash', { hash })
      .getOne();
    if (!session || session.revokedAt || session.expiresAt.getTime() <= now.getTime()) return null;
    const user = activeUser(session.user);
    if (!user) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await runtime.dataSource.getRepository(Session).update({ id: session.id }, { lastSeenAt: now });
    }
    this.cache.set(
      hash,
      { sessionId: session.id, user, expiresAt: session.expiresAt },
      cachedAt,
      runtime.config.sessionCacheTtlMs,
    );
    return new Viewer(user, 'session', session.id);
  }

  private async authenticateApiToken(runtime: PortalRuntime, token: string): Promise<Viewer | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const now = runtime.clock.now();
    const apiToken = await runtime.dataSource
      .getRepository(ApiToken)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.user', 'u')
      .where('t.tokenHash = :hash', { hash: hashSecretToken(token, runtime.config.sessionSecret) })
      .getOne();
    if (
      !apiToken ||
      apiToken.revokedAt ||
      (apiToken.expiresAt && apiToken.expiresAt.getTime() <= now.getTime())
    )
      return null;
    const user = activeUser(apiToken.user);
    if (!user) return null;
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await runtime.dataSource.getRepository(ApiToken).update({ id: apiToken.id }, { lastUsedAt: now });
    }
    return new Viewer(user, 'api-token', apiToken.id, scopesOf(apiToken));
  }
}

/** A token's scopes; a token created before scopes existed has every one. */
export function scopesOf(token: ApiToken) {
  return token.scopes === null
    ? TOKEN_SCOPES
    : parseTokenScopes(token.scopes.split(',').filter(Boolean)).scopes;
}

function activeUser(user: User | undefined): User | null {
  return user && user.status === 'ACTIVE' ? user : null;
}
