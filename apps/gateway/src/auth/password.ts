import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt's cost: N = 2^cost, with r=8, p=1 (OWASP: N=2^17 costs ~128 MiB; 2^15 keeps sign-in fast
 * on 2 cores). Production never goes below it (config.ts refuses); tests configure a cheaper cost
 * so that suites that sign many users in stay fast. Verification reads N from the stored hash.
 */
export const PASSWORD_HASH_COST = 15;
export const MIN_PASSWORD_HASH_COST = 10;
export const MAX_PASSWORD_HASH_COST = 20;
const PARAMS = { r: 8, p: 1, keyLength: 32 } as const;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

function options(N: number, r: number, p: number): ScryptOptions {
  return { N, r, p, maxmem: 256 * N * r };
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url parts), N = 2^cost. */
export async function hashPassword(password: string, cost: number = PASSWORD_HASH_COST): Promise<string> {
  if (!Number.isInteger(cost) || cost < MIN_PASSWORD_HASH_COST || cost > MAX_PASSWORD_HASH_COST) {
    throw new Error(
      `The password hash cost must be ${MIN_PASSWORD_HASH_COST} to ${MAX_PASSWORD_HASH_COST}, got ${cost}`,
    );
  }
  const N = 2 ** cost;
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, PARAMS.keyLength, options(N, PARAMS.r, PARAMS.p));
  return ['scrypt', N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Verifies in constant time; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, nText, rText, pText, saltText, hashText, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || hashText === undefined || saltText === undefined || rest.length > 0)
    return false;
  const [N, r, p] = [nText, rText, pText].map((x) => Number.parseInt(x ?? '', 10));
  const salt = Buffer.from(saltText, 'base64url');
  const expected = Buffer.from(hashText, 'base64url');
  if (N === undefined || r === undefined || p === undefined) return false;
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || expected.length === 0) return false;
  const key = await scrypt(password, salt, expected.length, options(N, r, p));
  return timingSafeEqual(key, expected);
}

/**
 * A hash of a random password at the configured cost, verified against when the e-mail is
 * unknown so that timing tells nothing.
 */
const decoyHashes = new Map<number, Promise<string>>();
export function decoyPasswordHash(cost: number = PASSWORD_HASH_COST): Promise<string> {
  let hash = decoyHashes.get(cost);
  if (!hash) {
    hash = hashPassword(randomBytes(16).toString('hex'), cost);
    decoyHashes.set(cost, hash);
  }
  return hash;
}
