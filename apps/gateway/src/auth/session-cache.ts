import { Redis } from 'ioredis';
import type { User } from '../entity';

/** The longest a process may answer from a cached session: SESSION_CACHE_TTL_MS is capped here. */
export const MAX_SESSION_CACHE_TTL_MS = 5_000;

/** What a request needs of a session cookie without reading the database again. */
export interface CachedSession {
  sessionId: number;
  /** A copy per request is handed out (services may change their viewer's user object). */
  user: User;
  expiresAt: Date;
}

interface Entry extends CachedSession {
  /** Milliseconds (the runtime's rate clock) after which the database is asked again. */
  freshUntil: number;
}

/** The Redis channel on which processes tell each other to forget a user's sessions. */
const CHANNEL_SUFFIX = 'sessions:forget';

/**
 * Session cookies resolved recently, by token hash, so a page of requests does not read the
 * session and its user for each one. Revocation stays effective within the TTL (at most
 * MAX_SESSION_CACHE_TTL_MS):
 * - in this process at once: sign-out forgets the session, and a password change or reset, a
 *   role or status change (disabling) forgets every session of the user (forgetUser);
 * - in other processes: with REDIS_URL set, the same forgetting is published and every process
 *   subscribed forgets at once; without Redis, another process answers from its cache for at
 *   most the TTL, then reads the database again.
 * The expiry of a session is checked against the business clock on every request.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;
  private channel = '';
  private subscribed: Promise<unknown> = Promise.resolve();

  get(tokenHash: string, nowMs: number): CachedSession | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.freshUntil <= nowMs) {
      this.entries.delete(tokenHash);
      return null;
    }
    return { sessionId: entry.sessionId, expiresAt: entry.expiresAt, user: copyOf(entry.user) };
  }

  /** Keeps a session for `ttlMs` (SESSION_CACHE_TTL_MS; 0: not at all). */
  set(tokenHash: string, session: CachedSession, nowMs: number, ttlMs: number): void {
    if (ttlMs <= 0) return;
    // Expired entries are dropped as they are met; a bound keeps the map small regardless.
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(tokenHash, {
      ...session,
      user: copyOf(session.user),
      freshUntil: nowMs + Math.min(ttlMs, MAX_SESSION_CACHE_TTL_MS),
    });
  }

  /** Forgets one session here (sign-out); other processes forget its user's sessions. */
  forgetSession(sessionId: number, userId: number): void {
    for (const [hash, entry] of this.entries) if (entry.sessionId === sessionId) this.entries.delete(hash);
    this.publish(userId);
  }

  /** Forgets every session of a user, here and (with Redis) in every process. */
  forgetUser(userId: number): void {
    this.forgetLocally(userId);
    this.publish(userId);
  }

  /** Listens for other processes' forgetting on Redis (REDIS_URL), under the key prefix. */
  connectRedis(url: string, prefix: string): void {
    this.channel = `${prefix}${CHANNEL_SUFFIX}`;
    this.publisher = new Redis(url, { maxRetriesPerRequest: 1 });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: 1 });
    for (const client of [this.publisher, this.subscriber])
      client.on('error', (error: Error) => console.error('[session cache] redis:', error.message));
    this.subscriber.on('message', (channel: string, message: string) => {
      const userId = Number(message);
      if (channel === this.channel && Number.isInteger(userId)) this.forgetLocally(userId);
    });
    this.subscribed = this.subscriber.subscribe(this.channel).catch((error: Error) => {
      console.error('[session cache] redis subscribe:', error.message);
    });
  }

  /** Resolves once this process receives what is published (a no-op without Redis). */
  ready(): Promise<unknown> {
    return this.subscribed;
  }

  async close(): Promise<void> {
    this.entries.clear();
    for (const client of [this.publisher, this.subscriber]) if (client) await client.quit();
    this.publisher = null;
    this.subscriber = null;
  }

  private forgetLocally(userId: number): void {
    for (const [hash, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(hash);
  }

  private publish(userId: number): void {
    this.publisher?.publish(this.channel, String(userId)).catch((error: Error) => {
      console.error('[session cache] redis publish:', error.message);
    });
  }
}

/** A shallow copy of a user entity (same class), so no request changes the cached one. */
function copyOf(user: User): User {
  return Object.assign(Object.create(Object.getPrototypeOf(user) as object) as User, user);
}
