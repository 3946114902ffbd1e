import { createHmac, randomBytes } from 'node:crypto';

/**
 * Opaque bearer secrets (session cookies, invitation links, API tokens): 32 random bytes shown
 * once, stored only as an HMAC-SHA-256 keyed by SESSION_SECRET, so a database leak reveals none.
 */
export function newSecretToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token, 'utf8').digest('hex');
}
