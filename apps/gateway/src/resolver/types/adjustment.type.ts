import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyType } from '../../common/money.type';
import { DecimalScalar } from '../../common/scalars';

export enum OrderAdjustmentKind {
  PORTAL_ORDER_DISCOUNT = 'PORTAL_ORDER_DISCOUNT',
  CHANNEL_SURCHARGE = 'CHANNEL_SURCHARGE',
}
registerEnumType(OrderAdjustmentKind, {
  name: 'OrderAdjustmentKind',
  description: 'An order-level line: the portal-order discount or the phone/e-mail order surcharge.',
});

@ObjectType('OrderAdjustment', {
  description:
    'An order-level line between the subtotal and the tax: negative for a discount, positive for a surcharge.',
})
export class OrderAdjustmentType {
  @Field(() => OrderAdjustmentKind) kind: OrderAdjustmentKind;
  @Field(() => String, { description: 'e.g. "Portal order discount 1%", "Phone order surcharge".' })
  description: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The percent of a discount; null for a surcharge.',
  })
  percent: string | null;
  @Field(() => MoneyType) amount: MoneyType;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The tax rate in percent; null for a discount spread over lines of several rates.',
  })
  taxRate: string | null;
  @Field(() => MoneyType, { description: 'The tax the adjustment adds (or, negative, takes away).' })
  taxAmount: MoneyType;
}

@ObjectType('CompanyIncentives', {
  description:
    "The self-service incentives in effect for a company: its own settings, else its parent's, else the seller's default.",
})
export class CompanyIncentivesType {
  @Field(() => DecimalScalar, { nullable: true, description: 'Percent off portal orders; null: none.' })
  portalDiscountPercent: string | null;
  @Field(() => MoneyType, { nullable: true, description: 'Added to phone and e-mail orders; null: none.' })
  phoneOrderSurcharge: MoneyType | null;
  @Field(() => Boolean, { description: 'Portal orders are handled first.' })
  priorityHandling: boolean;
}
