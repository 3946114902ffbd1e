import { dec, toDecimalString, currencyExponent } from '@portal/domain';
import type { PayInvoicesDialog_InvoiceFragment } from '../../gql/graphql';

export interface PayTotals {
  currencyCode: string;
  /** Sum of amountDue. */
  totalDue: string;
  /** Sum of the early-payment discounts still offered (0 when none). */
  discount: string;
  /** What will be charged: totalDue less the discount when it is taken. */
  toPay: string;
  /** The earliest discount deadline among the selection, if any discount is offered. */
  deadline: string | null;
  hasDiscount: boolean;
}

/** Exact decimal totals of a selection of invoices (all in one currency). */
export function payTotals(
  invoices: readonly PayInvoicesDialog_InvoiceFragment[],
  takeDiscount: boolean,
): PayTotals {
  const currencyCode = invoices[0]?.amountDue.currencyCode ?? 'USD';
  let scale = 2;
  try {
    scale = currencyExponent(currencyCode);
  } catch {
    // unknown currency: keep 2 decimals
  }
  let totalDue = dec('0');
  let discount = dec('0');
  let deadline: string | null = null;
  for (const invoice of invoices) {
    totalDue = totalDue.plus(dec(invoice.amountDue.amount));
    const early = invoice.earlyPaymentDiscount;
    if (early) {
      discount = discount.plus(dec(early.amount.amount));
      if (deadline === null || early.deadline < deadline) deadline = early.deadline;
    }
  }
  const hasDiscount = discount.gt(0);
  const toPay = takeDiscount && hasDiscount ? totalDue.minus(discount) : totalDue;
  return {
    currencyCode,
    totalDue: toDecimalString(totalDue, scale),
    discount: toDecimalString(discount, scale),
    toPay: toDecimalString(toPay, scale),
    deadline,
    hasDiscount,
  };
}
