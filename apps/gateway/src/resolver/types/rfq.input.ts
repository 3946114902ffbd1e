import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../common/scalars';

@InputType('RfqLineInput', {
  description: 'A catalog product (productId) or a free-text item (description only).',
})
export class RfqLineInput {
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => String) description: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "Catalog lines: one of the product's units (default: its default unit); free-text lines: any unit of measure (default ea), kept on the quote.",
  })
  unitId?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Per unit, in the company's currency." })
  targetUnitPrice?: string | null;
}

@InputType('SubmitRfqInput')
export class SubmitRfqInput {
  @Field(() => String) title: string;
  @Field(() => DateScalar, { nullable: true }) neededBy?: string | null;
  @Field(() => [RfqLineInput]) lines: RfqLineInput[];
  @Field(() => String, {
    nullable: true,
    description: "Becomes the first message of the RFQ's conversation.",
  })
  notes?: string | null;
}

@InputType('RfqMessageInput')
export class RfqMessageInput {
  @Field(() => ID) rfqId: string;
  @Field(() => String) body: string;
}

@InputType('QuoteLineInput')
export class QuoteLineInput {
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => String) description: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "Catalog lines: one of the product's units (default: its default unit); free-text lines: default ea.",
  })
  unitId?: string | null;
  @Field(() => DecimalScalar, { description: 'Price of one unit, in the currency of the customer.' })
  unitPrice: string;
}

@InputType('SendQuoteInput', {
  description:
    'Give rfqId (a new quotation, or a revision of its current one) or orderId (a draft, or a quotation to revise).',
})
export class SendQuoteInput {
  @Field(() => ID, { nullable: true }) rfqId?: string | null;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => [QuoteLineInput], {
    nullable: true,
    description: 'Replaces the lines; required for a new quotation of an RFQ.',
  })
  lines?: QuoteLineInput[] | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the quote may be accepted; none: it does not expire.',
  })
  validUntil?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Posted to the RFQ conversation and included in the e-mail.',
  })
  message?: string | null;
}

@InputType('AcceptQuoteInput')
export class AcceptQuoteInput {
  @Field(() => ID) orderId: string;
  @Field(() => String, {
    description: 'Typed full name of the signer, recorded with the time and a hash of the quoted content.',
  })
  signatureName: string;
  @Field(() => String, { nullable: true }) purchaseOrderNumber?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      "Extension: where the order ships to, one of the company's addresses; default: the quotation's, else the company's default shipping address.",
  })
  shippingAddressId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The quote revision the signer reviewed; if the seller revised the quote meanwhile, the acceptance is refused (INVALID_STATE).',
  })
  revision?: number | null;
}

@InputType('QuoteResponseInput')
export class QuoteResponseInput {
  @Field(() => ID) orderId: string;
  @Field(() => String) message: string;
}
