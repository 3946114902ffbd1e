import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from './scalars';

@ObjectType('Money', { description: 'An exact amount in a currency.' })
export class MoneyType {
  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => String, { description: 'ISO 4217, e.g. USD' })
  currencyCode: string;
}

/** Minor-unit digits of the currencies we price in (ISO 4217); 2 for any other. */
const CURRENCY_EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };

/**
 * Drops trailing zeros of a stored decimal ("1234.5000") down to the currency's exponent
 * ("1234.50"), keeping every significant digit ("0.0125" stays): pure string work, no floats.
 */
export function normalizeAmount(amount: string, currencyCode: string): string {
  const exponent = CURRENCY_EXPONENTS[currencyCode] ?? 2;
  const [whole, fraction = ''] = amount.split('.');
  let digits = fraction.replace(/0+$/, '');
  if (digits.length < exponent) digits = digits.padEnd(exponent, '0');
  return digits.length > 0 ? `${whole}.${digits}` : whole;
}

export function money(amount: string, currencyCode: string): MoneyType {
  return Object.assign(new MoneyType(), { amount: normalizeAmount(amount, currencyCode), currencyCode });
}

export function moneyOrNull(amount: string | null | undefined, currencyCode: string): MoneyType | null {
  return amount === null || amount === undefined ? null : money(amount, currencyCode);
}
