import { Field, ObjectType } from 'type-graphql';
import { moneyWireAmount } from '@portal/domain';
import { DecimalScalar } from './scalars';

@ObjectType('Money', { description: 'An exact amount in a currency.' })
export class MoneyType {
  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => String, { description: 'ISO 4217, e.g. USD' })
  currencyCode: string;
}

/** Money on the wire: the domain's moneyWireAmount ("1234.5000" USD is "1234.50", "0.0125" stays). */
export function money(amount: string, currencyCode: string): MoneyType {
  return Object.assign(new MoneyType(), { amount: moneyWireAmount(amount, currencyCode), currencyCode });
}

export function moneyOrNull(amount: string | null | undefined, currencyCode: string): MoneyType | null {
  return amount === null || amount === undefined ? null : money(amount, currencyCode);
}
