import { randomBytes } from 'node:crypto';
import type {
  ChargeRequest,
  ChargeResult,
  PaymentProvider,
  RefundRequest,
  RefundResult,
} from './payment-provider';

/** The tokens of the test card provider, made in the browser by apps/web/src/payments/test-card-tokenizer.ts. */
export const TEST_CARD_TOKENS = {
  /** 4242 4242 4242 4242: always succeeds. */
  SUCCEEDS: 'tok_visa',
  /** 4000 0000 0000 0002: always declined. */
  DECLINED: 'tok_chargeDeclined',
} as const;

/**
 * An offline card provider for the demo and the tests, shaped like Stripe's test mode: it never
 * sees a card number, only the token the browser made of it. `tok_visa` succeeds,
 * `tok_chargeDeclined` is declined, anything else is an unknown token. Like a real provider it
 * honours idempotency keys: the same key answers the same result without charging again.
 */
export class TestCardProvider implements PaymentProvider {
  readonly name = 'test-card';
  readonly requiresToken = true;
  private readonly byKey = new Map<string, ChargeResult>();
  private readonly refundsByKey = new Map<string, RefundResult>();

  charge(request: ChargeRequest): Promise<ChargeResult> {
    const earlier = this.byKey.get(request.idempotencyKey);
    if (earlier) return Promise.resolve(earlier);
    const result = this.decide(request);
    this.byKey.set(request.idempotencyKey, result);
    return Promise.resolve(result);
  }

  /**
   * Refunds succeed for charges this provider made (`ch_test_…`); the same key answers the same
   * refund without refunding again, like the charges.
   */
  refund(request: RefundRequest): Promise<RefundResult> {
    const earlier = this.refundsByKey.get(request.idempotencyKey);
    if (earlier) return Promise.resolve(earlier);
    const result: RefundResult = request.providerReference.startsWith('ch_test_')
      ? { status: 'SUCCEEDED', providerReference: `re_test_${randomBytes(8).toString('hex')}` }
      : {
          status: 'FAILED',
          providerReference: null,
          failureMessage: `The test card provider made no charge ${request.providerReference}.`,
        };
    this.refundsByKey.set(request.idempotencyKey, result);
    return Promise.resolve(result);
  }

  private decide(request: ChargeRequest): ChargeResult {
    switch (request.token) {
      case TEST_CARD_TOKENS.SUCCEEDS:
        return { status: 'SUCCEEDED', providerReference: `ch_test_${randomBytes(8).toString('hex')}` };
      case TEST_CARD_TOKENS.DECLINED:
        return {
          status: 'FAILED',
          providerReference: `ch_test_${randomBytes(8).toString('hex')}`,
          failureMessage: 'Your card was declined.',
        };
      default:
        return {
          status: 'FAILED',
          providerReference: null,
          failureMessage: 'The card could not be charged: unknown token. Enter the card again.',
        };
    }
  }
}
