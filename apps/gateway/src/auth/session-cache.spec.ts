import { afterEach, describe, expect, it, vi } from 'vitest';
import { User } from '../entity';
import { MAX_SESSION_CACHE_TTL_MS, SessionCache } from './session-cache';

const userOf = (id: number, role = 'BUYER'): User =>
  Object.assign(new User(), { id, role, status: 'ACTIVE', companyId: 1, email: `u${id}@x.example` });
const sessionOf = (sessionId: number, user: User) => ({
  sessionId,
  user,
  expiresAt: new Date('2030-01-01T00:00:00Z'),
});

describe('SessionCache', () => {
  it('answers an entry until its TTL has passed, never longer than the maximum', () => {
    const cache = new SessionCache();
    cache.set('a', sessionOf(1, userOf(7)), 1_000, 2_000);
    expect(cache.get('a', 2_999)?.sessionId).toBe(1);
    expect(cache.get('a', 3_000)).toBeNull();
    cache.set('b', sessionOf(2, userOf(7)), 0, 60_000);
    expect(cache.get('b', MAX_SESSION_CACHE_TTL_MS - 1)?.sessionId).toBe(2);
    expect(cache.get('b', MAX_SESSION_CACHE_TTL_MS)).toBeNull();
  });

  it('keeps nothing with a TTL of 0', () => {
    const cache = new SessionCache();
    cache.set('a', sessionOf(1, userOf(7)), 0, 0);
    expect(cache.get('a', 0)).toBeNull();
  });

  it('hands out copies of the user, so a request cannot change the cached one', () => {
    const cache = new SessionCache();
    const user = userOf(7);
    cache.set('a', sessionOf(1, user), 0, 1_000);
    user.role = 'PORTAL_ADMIN' as User['role'];
    const first = cache.get('a', 1)!.user;
    expect(first).toBeInstanceOf(User);
    expect(first.role).toBe('BUYER');
    first.role = 'PORTAL_ADMIN' as User['role'];
    expect(cache.get('a', 2)!.user.role).toBe('BUYER');
  });

  it('forgets one session on sign-out, and every session of a user on forgetUser', () => {
    const cache = new SessionCache();
    cache.set('a', sessionOf(1, userOf(7)), 0, 1_000);
    cache.set('b', sessionOf(2, userOf(7)), 0, 1_000);
    cache.set('c', sessionOf(3, userOf(8)), 0, 1_000);
    cache.forgetSession(1, 7);
    expect(cache.get('a', 1)).toBeNull();
    expect(cache.get('b', 1)?.sessionId).toBe(2);
    cache.forgetUser(7);
    expect(cache.get('b', 1)).toBeNull();
    expect(cache.get('c', 1)?.sessionId).toBe(3);
  });
});

const redisUrl = process.env.TEST_REDIS_URL?.trim();
if (!redisUrl) console.warn('[test] TEST_REDIS_URL is not set: the session cache Redis test is skipped.');

describe.skipIf(!redisUrl)('SessionCache over Redis', () => {
  const caches: SessionCache[] = [];
  afterEach(async () => {
    await Promise.all(caches.splice(0).map((c) => c.close()));
  });

  it("makes every process forget a user's sessions when one process forgets them", async () => {
    const prefix = `portal:test:${process.pid}:${Date.now()}:`;
    const [one, other] = [new SessionCache(), new SessionCache()];
    caches.push(one, other);
    for (const cache of caches) cache.connectRedis(redisUrl!, prefix);
    await Promise.all(caches.map((c) => c.ready()));
    other.set('a', sessionOf(1, userOf(7)), 0, 5_000);
    other.set('b', sessionOf(2, userOf(8)), 0, 5_000);
    one.forgetUser(7);
    await vi.waitFor(() => expect(other.get('a', 1)).toBeNull());
    expect(other.get('b', 1)?.sessionId).toBe(2);
  });
});
