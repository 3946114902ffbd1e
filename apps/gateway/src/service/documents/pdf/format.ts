import { Money, formatDecimal, formatMoney, formatUnitPrice } from '@portal/domain';

/** "1,000.00" in the currency's decimals. */
export function amount(value: string, currencyCode: string): string {
  return formatMoney(Money.of(value, currencyCode));
}

/** "1,000.00 USD". */
export function amountWithCurrency(value: string, currencyCode: string): string {
  return formatMoney(Money.of(value, currencyCode), { withCurrency: true });
}

/** A unit price with the digits the line was priced with: "26.24", "0.0792". */
export function unitPrice(value: string, currencyCode: string): string {
  return formatUnitPrice(value, currencyCode);
}

/** A quantity as people write it: "1,200", "2.5". */
export function quantity(value: string): string {
  return formatDecimal(value);
}
