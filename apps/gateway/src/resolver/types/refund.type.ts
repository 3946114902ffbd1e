import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../../common/node.type';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { UserError } from '../../common/user-error';
import { InvoiceType } from './invoice.type';
import { PaymentType } from './payment.type';

export enum RefundStatus {
  SUCCEEDED = 'SUCCEEDED',
  PENDING = 'PENDING',
}
registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description:
    'Extension: SUCCEEDED, the payment provider gave the money back; PENDING, it will (the credit is spent either way).',
});

@ObjectType('Refund', {
  implements: NodeInterface,
  description:
    'Extension: open credit of a credit note paid back to the customer through the card payment it came with. Roots are Refund entities; amount, payment and creditNote are field resolvers (resolver/refund.resolver.ts).',
})
export class RefundType extends NodeInterface {
  @Field(() => RefundStatus) status: RefundStatus;
  @Field(() => DateScalar, { description: 'The business date of the refund.' }) refundedOn: string;
  @Field(() => String) reason: string;
}

@InputType('RefundPaymentInput', {
  description:
    "Extension: pays a credit note's open credit back to the customer through the card payment it came with.",
})
export class RefundPaymentInput {
  @Field(() => ID, { description: 'A SUCCEEDED card payment of the credit note’s company.' })
  paymentId: string;
  @Field(() => ID, { description: 'The credit note whose open credit is paid back.' }) creditNoteId: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Default: as much as the open credit and what is left refundable of the payment allow; never more than either.',
  })
  amount?: string | null;
  @Field(() => String) reason: string;
  @Field(() => String, {
    description: 'Retrying with the same key answers the first refund and never refunds twice.',
  })
  idempotencyKey: string;
}

@ObjectType('RefundPaymentPayload')
export class RefundPaymentPayload {
  @Field(() => RefundType, { nullable: true }) refund: unknown;
  @Field(() => PaymentType, { nullable: true }) payment: unknown;
  @Field(() => InvoiceType, {
    nullable: true,
    description: 'The credit note, its open credit now less the refund.',
  })
  creditNote: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}
