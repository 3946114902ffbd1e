import { currencyExponent, formatDecimal } from '@portal/domain';
import { Text } from '@mantine/core';
import { formatMoneyText, type MoneyValue } from '../../components/money';

/**
 * A unit price keeps the precision it is quoted in: "$0.0125" (a napkin), while totals round
 * to the currency ("$37.50"). Exact decimal strings; never floats.
 */
export function unitPriceText(money: MoneyValue): string {
  const trimmed = money.amount.includes('.')
    ? money.amount.replace(/0+$/, '').replace(/\.$/, '')
    : money.amount;
  const decimals = trimmed.split('.')[1]?.length ?? 0;
  let exponent: number;
  try {
    exponent = currencyExponent(money.currencyCode);
  } catch {
    return formatMoneyText(money);
  }
  if (decimals <= exponent) return formatMoneyText(money);
  // Same symbol and sign as Money, with the extra digits.
  const rounded = formatMoneyText(money);
  const digits = formatDecimal(trimmed, { scale: decimals });
  return rounded.replace(/[\d,]+(\.\d+)?/, digits.replace(/^-/, ''));
}

export function UnitPrice({ money }: { money: MoneyValue | null | undefined }) {
  return (
    <Text component="span" inherit style={{ fontVariantNumeric: 'tabular-nums' }}>
      {money ? unitPriceText(money) : '—'}
    </Text>
  );
}
