import type { PaymentMethod } from '../../entity/payment.entity';

/**
 * The seam between the portal and whoever moves the money. A provider adapter turns a charge
 * request into a provider call (Stripe PaymentIntents, a bank's API, ...) and answers in the
 * portal's terms. Card data never reaches the server: `token` is what the provider's browser
 * library (Stripe.js, or our test tokenizer) made of the card.
 *
 * How to add a real provider: apps/gateway/docs/payments.md.
 */
export interface ChargeRequest {
  /** Exact decimal string in the currency's minor unit, e.g. "980.00". Never a float. */
  amount: string;
  currencyCode: string;
  /** The browser-made token (card methods); null for bank transfers. */
  token: string | null;
  /**
   * The caller's idempotency key, scoped to the paying user. Providers must pass it on (Stripe's
   * `Idempotency-Key` header) so that a retry after a crash between charge and commit never
   * charges twice.
   */
  idempotencyKey: string;
  /** e.g. "Acme Restaurant Group: INV-000012, INV-000013". */
  description: string;
  /** The invoice numbers paid, e.g. for the transfer reference. */
  invoiceNumbers: readonly string[];
}

export type ChargeStatus = 'SUCCEEDED' | 'FAILED' | 'PENDING';

export interface ChargeResult {
  /** SUCCEEDED: the money is ours; PENDING: it will arrive later (bank transfer); FAILED: nothing happened. */
  status: ChargeStatus;
  /** The provider's id of the charge (e.g. a PaymentIntent id); null when there is none. */
  providerReference: string | null;
  /** FAILED: why, fit to show the payer ("Your card was declined."). */
  failureMessage?: string;
  /** PENDING bank transfers: how and where to send the money. */
  remittanceInstructions?: string;
  /** PENDING bank transfers: the reference the payer must quote. */
  reference?: string;
}

/** Money given back on a charge this provider made (refundPayment). */
export interface RefundRequest {
  /** The provider's id of the charge (Payment.providerReference). */
  providerReference: string;
  /** Exact decimal string, at most what is left refundable of the charge. Never a float. */
  amount: string;
  currencyCode: string;
  /** The caller's key, scoped to the refunding user; providers pass it on, as for charges. */
  idempotencyKey: string;
  /** e.g. "Refund of CN-000004 (Acme Restaurant Group)". */
  description: string;
}

export interface RefundResult {
  /** SUCCEEDED: the money went back; PENDING: it will; FAILED: nothing happened. */
  status: 'SUCCEEDED' | 'FAILED' | 'PENDING';
  /** The provider's id of the refund (e.g. a Stripe re_… id); null when there is none. */
  providerReference: string | null;
  /** FAILED: why, fit to show accounting. */
  failureMessage?: string;
}

export interface PaymentProvider {
  /** Stored on Payment.provider, e.g. "test-card", "bank-transfer", "stripe". At most 32 characters. */
  readonly name: string;
  /** Whether the method needs a browser-made token (cards do, bank transfers do not). */
  readonly requiresToken: boolean;
  /**
   * Charges (or, for bank transfers, asks for) the money. Expected failures (declines) are
   * answered with status FAILED; throw only for the unexpected (the provider is down), which
   * rolls the whole payment back.
   */
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /**
   * Gives money back on one of its charges (refundPayment); not every provider can (bank
   * transfers are paid back by the seller's bank, outside the portal). Expected refusals are
   * answered FAILED; throw only for the unexpected, which rolls the refund back.
   */
  refund?(request: RefundRequest): Promise<RefundResult>;
}

/**
 * The provider of each payment method the portal accepts online. Built once at start-up
 * (`defaultPaymentProviders` in ./payment-providers.ts); tests pass their own through
 * `bootPortal(config, { paymentProviders })`.
 */
export class PaymentProviderRegistry {
  private readonly byMethod: ReadonlyMap<PaymentMethod, PaymentProvider>;

  constructor(providers: Partial<Record<PaymentMethod, PaymentProvider>>) {
    this.byMethod = new Map(Object.entries(providers) as [PaymentMethod, PaymentProvider][]);
  }

  /** The provider of a method, or null when the method is not accepted online (e.g. CHECK). */
  providerFor(method: PaymentMethod): PaymentProvider | null {
    return this.byMethod.get(method) ?? null;
  }

  /** The methods accepted online. */
  get methods(): PaymentMethod[] {
    return [...this.byMethod.keys()];
  }
}
