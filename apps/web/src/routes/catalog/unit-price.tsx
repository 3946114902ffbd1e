import { currencyExponent, formatDecimal } from '@portal/domain';
import { Text } from '@mantine/core';
import { formatMoneyText, withCurrencySymbol, type MoneyValue } from '../../components/money';

/**
 * A unit price keeps the precision it is quoted in: "$0.0125" (a napkin), while totals round
 * to the currency ("$37.50"). Formatted by @portal/domain; never floats.
 */
export function unitPriceText(money: MoneyValue): string {
  let digits: string;
  try {
    digits = formatDecimal(money.amount, { minScale: currencyExponent(money.currencyCode) });
  } catch {
    return formatMoneyText(money);
  }
  return withCurrencySymbol(digits, money.currencyCode);
}

export function UnitPrice({ money }: { money: MoneyValue | null | undefined }) {
  return (
    <Text component="span" inherit style={{ fontVariantNumeric: 'tabular-nums' }}>
      {money ? unitPriceText(money) : '—'}
    </Text>
  );
}
