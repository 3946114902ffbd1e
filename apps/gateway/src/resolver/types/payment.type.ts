import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../../common/node.type';
import { DateTimeScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { InvoiceType } from './invoice.type';

/*
 * The contract's Payment (created by the invoicing work so that Invoice.payments exists; the
 * payments work owns it from here). Roots are Payment entities; id, amount and discountTaken are
 * field resolvers in resolver/payment.resolver.ts.
 */

export enum PaymentMethod {
  CARD = 'CARD',
  ACH = 'ACH',
  WIRE = 'WIRE',
  CHECK = 'CHECK',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });

export enum PaymentStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  REFUNDED = 'REFUNDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  valuesConfig: {
    CANCELLED: {
      description: 'Extension: an announced bank transfer that accounting cancelled (it never arrived).',
    },
  },
});

@ObjectType('Payment', { implements: NodeInterface })
export class PaymentType extends NodeInterface {
  @Field(() => PaymentMethod) method: PaymentMethod;
  @Field(() => PaymentStatus) status: PaymentStatus;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) paidAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Extension: for a PENDING ACH or wire payment, where to send the money and the reference to quote.',
  })
  remittanceInstructions: string | null;
  // amount: Money!, discountTaken: Money: resolver/payment.resolver.ts
}

@ObjectType('PayInvoicesPayload')
export class PayInvoicesPayload {
  @Field(() => [PaymentType]) payments: unknown[];
  @Field(() => [InvoiceType]) invoices: unknown[];
  @Field(() => [UserError]) userErrors: UserError[];
}
