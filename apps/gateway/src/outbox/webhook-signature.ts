import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header of a delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const SIGNATURE_HEADER = 'portal-signature';
/** The header naming the delivery (the same on every attempt): receivers deduplicate on it. */
export const WEBHOOK_ID_HEADER = 'portal-webhook-id';

/** The signature header's value for a body sent at `timestamp` (Unix seconds), as Stripe signs. */
export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/**
 * Whether a received body carries a valid signature of `secret`, made within `toleranceSeconds`
 * of `nowSeconds` (an old signature replayed later is refused). What a receiver runs.
 */
export function verifyWebhookSignature(
  header: string | undefined,
  rawBody: string,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = signWebhook(secret, timestamp, rawBody).split('v1=')[1] ?? '';
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
