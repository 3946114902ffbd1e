import { Money, compareDates, sumMoney } from '@portal/domain';
import { toMoneyValue, type MoneyValue } from '../../components/money';
import type { PayInvoicesDialog_InvoiceFragment } from '../../gql/graphql';

export interface PayTotals {
  currencyCode: string;
  /** Sum of amountDue. */
  totalDue: MoneyValue;
  /** Sum of the early-payment discounts still offered (zero when none). */
  discount: MoneyValue;
  /** The discount as a deduction from the total due (negative). */
  discountDeduction: MoneyValue;
  /**
   * What will be charged: each invoice's amountToPay when the discount is taken and offered,
   * else its amountDue (the server's figures, summed).
   */
  toPay: MoneyValue;
  /** The earliest discount deadline among the selection, if any discount is offered. */
  deadline: string | null;
  hasDiscount: boolean;
}

/** The totals of a selection of invoices (all in one currency), summed by @portal/domain. */
export function payTotals(
  invoices: readonly PayInvoicesDialog_InvoiceFragment[],
  takeDiscount: boolean,
): PayTotals {
  const currencyCode = invoices[0]?.amountDue.currencyCode ?? 'USD';
  const money = ({ amount }: MoneyValue) => Money.of(amount, currencyCode);
  const offers = invoices.flatMap((i) => (i.earlyPaymentDiscount ? [i.earlyPaymentDiscount] : []));
  const discount = sumMoney(
    offers.map((offer) => money(offer.amount)),
    currencyCode,
  );
  const hasDiscount = !discount.isZero();
  const toPay = invoices.map((i) =>
    takeDiscount && i.earlyPaymentDiscount ? money(i.earlyPaymentDiscount.amountToPay) : money(i.amountDue),
  );
  const deadlines = offers.map((offer) => offer.deadline).sort(compareDates);
  return {
    currencyCode,
    totalDue: toMoneyValue(
      sumMoney(
        invoices.map((i) => money(i.amountDue)),
        currencyCode,
      ),
    ),
    discount: toMoneyValue(discount),
    discountDeduction: toMoneyValue(discount.negate()),
    toPay: toMoneyValue(sumMoney(toPay, currencyCode)),
    deadline: hasDiscount ? (deadlines[0] ?? null) : null,
    hasDiscount,
  };
}
