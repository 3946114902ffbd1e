import { Money as DomainMoney, formatMoney, moneyWireAmount } from '@portal/domain';
import { Text, type TextProps } from '@mantine/core';

export interface MoneyValue {
  /** Decimal as a string, e.g. "1234.5"; never a float. */
  amount: string;
  currencyCode: string;
}

/** A domain Money in the API's form: { amount: "1234.50", currencyCode: "USD" }. */
export function toMoneyValue(money: DomainMoney): MoneyValue {
  return { amount: moneyWireAmount(money.amount, money.currencyCode), currencyCode: money.currencyCode };
}

/** "$1,234.50", "-€3.50", "¥1,200": rounded to the currency by @portal/domain, no floats. */
export function formatMoneyText(money: MoneyValue): string {
  let digits: string;
  try {
    digits = formatMoney(DomainMoney.of(money.amount, money.currencyCode));
  } catch {
    return `${money.amount} ${money.currencyCode}`; // unknown currency: show what we got
  }
  return withCurrencySymbol(digits, money.currencyCode);
}

/** Formatted digits with the currency's symbol in front of them: "-1,234.50" → "-$1,234.50". */
export function withCurrencySymbol(digits: string, currencyCode: string): string {
  const negative = digits.startsWith('-');
  return `${negative ? '-' : ''}${currencySymbol(currencyCode)}${negative ? digits.slice(1) : digits}`;
}

function currencySymbol(currencyCode: string): string {
  try {
    const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: currencyCode }).formatToParts(
      0,
    );
    return parts.find((p) => p.type === 'currency')?.value ?? `${currencyCode} `;
  } catch {
    return `${currencyCode} `;
  }
}

export interface MoneyProps extends Omit<TextProps, 'children'> {
  money: MoneyValue | null | undefined;
  /** Shown when money is null (e.g. a price hidden from this role). Default "—". */
  placeholder?: string;
}

/** Inline money amount; tabular figures so columns line up. */
export function Money({ money, placeholder = '—', ...text }: MoneyProps) {
  return (
    <Text component="span" inherit style={{ fontVariantNumeric: 'tabular-nums' }} {...text}>
      {money ? formatMoneyText(money) : placeholder}
    </Text>
  );
}
