import { Redis } from 'ioredis';
import type { BucketSpec } from '../config';

/** A bucket after a take, give or peek. */
export interface BucketState {
  /** false when a take was refused (nothing was taken). */
  allowed: boolean;
  /** Points available now (after what was taken or given back). */
  available: number;
  /** When refused: how long until the points asked for are available. */
  retryAfterMs: number;
}

/**
 * Where the buckets live: the process (MemoryBuckets, one gateway) or Redis (RedisBuckets,
 * shared by every gateway process on it). Time is the caller's (the portal's clock, in ms), so
 * a test with a fixed clock drains and restores a bucket exactly. Each operation is atomic.
 */
export interface CostBuckets {
  /** Takes `cost` points if that many are available; otherwise takes nothing. */
  take(key: string, cost: number, spec: BucketSpec, nowMs: number): Promise<BucketState>;
  /** Takes `points` whatever is available (an answer that cost more than was asked); the bucket may go below empty. */
  charge(key: string, points: number, spec: BucketSpec, nowMs: number): Promise<BucketState>;
  /** Gives back `points` taken earlier (the answer cost less than was asked). */
  give(key: string, points: number, spec: BucketSpec, nowMs: number): Promise<BucketState>;
  peek(key: string, spec: BucketSpec, nowMs: number): Promise<BucketState>;
  close(): Promise<void>;
}

interface Level {
  used: number;
  at: number;
}

/**
 * The bucket's arithmetic, shared by both stores (the Lua script below is its transcription):
 * `used` leaks at `restorePerSecond` since `at`; a clock behind `at` (another process's)
 * leaks nothing.
 */
function step(level: Level | undefined, cost: number, spec: BucketSpec, nowMs: number, force = false) {
  const at = Math.max(nowMs, level?.at ?? nowMs);
  const used = Math.max(
    0,
    (level?.used ?? 0) - (Math.max(0, nowMs - (level?.at ?? nowMs)) * spec.restorePerSecond) / 1000,
  );
  if (cost > 0 && !force && used + cost > spec.size) {
    return {
      next: null,
      state: {
        allowed: false,
        available: spec.size - used,
        retryAfterMs: Math.ceil(((used + cost - spec.size) * 1000) / spec.restorePerSecond),
      },
    };
  }
  const nextUsed = Math.max(0, used + cost);
  return {
    next: { used: nextUsed, at },
    state: { allowed: true, available: spec.size - nextUsed, retryAfterMs: 0 },
  };
}

/** Buckets in this process's memory (the default: one gateway process). */
export class MemoryBuckets implements CostBuckets {
  private readonly levels = new Map<string, Level>();

  take(key: string, cost: number, spec: BucketSpec, nowMs: number): Promise<BucketState> {
    return Promise.resolve(this.apply(key, cost, spec, nowMs));
  }
  charge(key: string, points: number, spec: BucketSpec, nowMs: number): Promise<BucketState> {
    return Promise.resolve(this.apply(key, points, spec, nowMs, true));
  }
  give(key: string, points: number, spec: BucketSpec, nowMs: number): Promise<BucketState> {
    return Promise.resolve(this.apply(key, -points, spec, nowMs));
  }
  peek(key: string, spec: BucketSpec, nowMs: number): Promise<BucketState> {
    return Promise.resolve(step(this.levels.get(key), 0, spec, nowMs).state);
  }
  close(): Promise<void> {
    this.levels.clear();
    return Promise.resolve();
  }

  private apply(key: string, cost: number, spec: BucketSpec, nowMs: number, force = false): BucketState {
    const { next, state } = step(this.levels.get(key), cost, spec, nowMs, force);
    if (next) {
      if (next.used === 0) this.levels.delete(key);
      else this.levels.set(key, next);
    }
    if (this.levels.size > 10_000) this.sweep(spec, nowMs);
    return state;
  }

  /** Forgets buckets that have leaked empty. */
  private sweep(spec: BucketSpec, nowMs: number): void {
    for (const [key, level] of this.levels)
      if (level.used - ((nowMs - level.at) * spec.restorePerSecond) / 1000 <= 0) this.levels.delete(key);
  }
}

/** KEYS[1] the bucket; ARGV now (ms), cost (negative: give back, 0: peek), size, restore per second, force (1: charge). */
const LEAKY_BUCKET_LUA = `
local now = tonumber(ARGV[1])
local cost = tonumber(ARGV[2])
local size = tonumber(ARGV[3])
local rate = tonumber(ARGV[4])
local force = ARGV[5] == '1'
local state = redis.call('HMGET', KEYS[1], 'used', 'at')
local used = tonumber(state[1]) or 0
local at = tonumber(state[2]) or now
used = math.max(0, used - math.max(0, now - at) * rate / 1000)
at = math.max(now, at)
if cost > 0 and not force and used + cost > size then
  return {0, tostring(size - used), tostring(math.ceil((used + cost - size) * 1000 / rate))}
end
if cost ~= 0 then
  used = math.max(0, used + cost)
  redis.call('HSET', KEYS[1], 'used', tostring(used), 'at', tostring(at))
  redis.call('PEXPIRE', KEYS[1], math.ceil(used * 1000 / rate) + 60000)
end
return {1, tostring(size - used), '0'}
`;

type LeakyBucketRedis = Redis & {
  leakyBucket(
    key: string,
    now: string,
    cost: string,
    size: string,
    rate: string,
    force: string,
  ): Promise<[number, string, string]>;
};

/** Buckets in Redis (REDIS_URL): every gateway process on it shares each budget. */
export class RedisBuckets implements CostBuckets {
  private readonly redis: LeakyBucketRedis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false });
    redis.defineCommand('leakyBucket', { numberOfKeys: 1, lua: LEAKY_BUCKET_LUA });
    redis.on('error', (error: Error) => console.error('[rate limits] redis:', error.message));
    this.redis = redis as LeakyBucketRedis;
  }

  take(key: string, cost: number, spec: BucketSpec, nowMs: number): Promise<BucketState> {
    return this.run(key, cost, spec, nowMs);
  }
  charge(key: string, points: number, spec: BucketSpec, nowMs: number): Promise<BucketState> {
    return this.run(key, points, spec, nowMs, true);
  }
  give(key: string, points: number, spec: BucketSpec, nowMs: number): Promise<BucketState> {
    return this.run(key, -points, spec, nowMs);
  }
  peek(key: string, spec: BucketSpec, nowMs: number): Promise<BucketState> {
    return this.run(key, 0, spec, nowMs);
  }
  async close(): Promise<void> {
    await this.redis.quit();
  }

  private async run(
    key: string,
    cost: number,
    spec: BucketSpec,
    nowMs: number,
    force = false,
  ): Promise<BucketState> {
    const [allowed, available, retryAfterMs] = await this.redis.leakyBucket(
      this.prefix + key,
      String(nowMs),
      String(cost),
      String(spec.size),
      String(spec.restorePerSecond),
      force ? '1' : '0',
    );
    return { allowed: allowed === 1, available: Number(available), retryAfterMs: Number(retryAfterMs) };
  }
}
