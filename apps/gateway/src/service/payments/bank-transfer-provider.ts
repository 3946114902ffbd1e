import { Money, formatMoney } from '@portal/domain';
import type { ChargeRequest, ChargeResult, PaymentProvider } from './payment-provider';

/**
 * ACH and wire transfers: the customer's bank sends the money, the portal only says where. A
 * charge is answered PENDING with remittance instructions (the seller's bank details, from the
 * SELLER_BANK_DETAILS setting that documents print too, and the invoice numbers as the
 * reference); staff settle it with `recordPayment` when the money arrives.
 */
export class BankTransferProvider implements PaymentProvider {
  readonly requiresToken = false;
  readonly name: string;

  constructor(
    private readonly method: 'ACH' | 'WIRE',
    /** e.g. ["First Example Bank", "Account name: Seller Supply Co.", "Routing (ABA): 021000021", ...]. */
    private readonly bankLines: readonly string[],
  ) {
    this.name = method === 'ACH' ? 'ach-transfer' : 'wire-transfer';
  }

  charge(request: ChargeRequest): Promise<ChargeResult> {
    const reference = referenceFor(request.invoiceNumbers);
    const lines = [
      `Pay ${formatMoney(Money.of(request.amount, request.currencyCode), { withCurrency: true })} by ${this.method === 'ACH' ? 'ACH transfer' : 'wire transfer'} to:`,
      ...this.bankLines,
      `Reference: ${reference}`,
      'The invoices stay open until the money has arrived.',
    ];
    return Promise.resolve({
      status: 'PENDING',
      providerReference: null,
      reference,
      remittanceInstructions: lines.join('\n'),
    });
  }
}

/** The transfer reference: the invoice numbers, cut to fit a payment reference column. */
export function referenceFor(invoiceNumbers: readonly string[]): string {
  const all = invoiceNumbers.join(' ');
  return all.length <= 128 ? all : `${all.slice(0, 124)} ...`;
}
