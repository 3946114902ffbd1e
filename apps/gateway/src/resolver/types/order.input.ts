import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../common/scalars';
import { DraftDestination, OrderChannel, OrderSortKey, OrderStatus } from './order.enums';

@InputType('OrderLineInput')
export class OrderLineInput {
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Alternative to productId, for quick order entry by SKU.',
  })
  sku?: string | null;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => ID, { nullable: true, description: "Defaults to the product's default unit." }) unitId?:
    string | null;
}

@InputType('CreateDraftOrderInput')
export class CreateDraftOrderInput {
  @Field(() => [OrderLineInput], { nullable: true }) lines?: OrderLineInput[] | null;
  @Field(() => String, { nullable: true }) purchaseOrderNumber?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Staff entering an order for a customer (a phone or e-mail order).',
  })
  companyId?: string | null;
  @Field(() => OrderChannel, { nullable: true }) channel?: OrderChannel | null;
}

@InputType('AddOrderLinesInput')
export class AddOrderLinesInput {
  @Field(() => ID) orderId: string;
  @Field(() => [OrderLineInput]) lines: OrderLineInput[];
}

@InputType('UpdateOrderLineInput')
export class UpdateOrderLineInput {
  @Field(() => ID) orderId: string;
  @Field(() => ID) lineId: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
}

@InputType('RemoveOrderLinesInput')
export class RemoveOrderLinesInput {
  @Field(() => ID) orderId: string;
  @Field(() => [ID]) lineIds: string[];
}

@InputType('UpdateOrderDetailsInput')
export class UpdateOrderDetailsInput {
  @Field(() => ID) orderId: string;
  @Field(() => String, { nullable: true }) purchaseOrderNumber?: string | null;
  @Field(() => DateScalar, { nullable: true }) requestedDeliveryDate?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => ID, { nullable: true }) shippingAddressId?: string | null;
}

@InputType('SubmitOrderInput')
export class SubmitOrderInput {
  @Field(() => ID) orderId: string;
  @Field(() => String, {
    description:
      'Retrying a submit with the same key returns the first result and never places a second order.',
  })
  idempotencyKey: string;
  @Field(() => String, {
    nullable: true,
    description: 'Extension: the PO number as typed in the cart, written with the order (omitted: kept).',
  })
  purchaseOrderNumber?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Extension: as typed in the cart (omitted: kept).',
  })
  requestedDeliveryDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Extension: as typed in the cart (omitted: kept).' })
  notes?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Extension: the ship-to chosen in the cart (omitted: kept).',
  })
  shippingAddressId?: string | null;
}

const INTO_DESCRIPTION =
  "Extension: NEW_DRAFT (default) opens a separate draft, which becomes the buyer's cart only when they have none; CART adds the lines to the buyer's cart (the same product and unit adds to its line), with the checks of any cart edit (no cart yet: a new draft, which becomes the cart).";

@InputType('ReorderInput')
export class ReorderInput {
  @Field(() => ID) orderId: string;
  @Field(() => DraftDestination, { nullable: true, description: INTO_DESCRIPTION })
  into?: DraftDestination | null;
}

@InputType('SetActiveCartInput', { description: 'Makes one of your drafts your cart.' })
export class SetActiveCartInput {
  @Field(() => ID) orderId: string;
}

@InputType('OrderActionInput')
export class OrderActionInput {
  @Field(() => ID) orderId: string;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType('OrdersDecisionInput', {
  description: 'Approve or reject several orders at once: all of them are decided, or none.',
})
export class OrdersDecisionInput {
  @Field(() => [ID]) orderIds: string[];
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType('SaveOrderTemplateInput')
export class SaveOrderTemplateInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Changes this template (rename, share, and replace its lines when fromOrderId or lines is given) instead of creating one.',
  })
  templateId?: string | null;
  @Field(() => String) name: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) shared?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Copy the lines of this order; otherwise `lines`.' })
  fromOrderId?: string | null;
  @Field(() => [OrderLineInput], { nullable: true }) lines?: OrderLineInput[] | null;
}

@InputType('DeleteOrderTemplateInput')
export class DeleteOrderTemplateInput {
  @Field(() => ID) templateId: string;
}

@InputType('OrderFromTemplateInput')
export class OrderFromTemplateInput {
  @Field(() => ID) templateId: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Submit at once (one action); otherwise a DRAFT is made.',
  })
  submit?: boolean | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
  @Field(() => DraftDestination, {
    nullable: true,
    description: `${INTO_DESCRIPTION} Not with submit: true.`,
  })
  into?: DraftDestination | null;
}

@InputType('OrderFilter')
export class OrderFilterInput {
  @Field(() => [OrderStatus], { nullable: true }) statuses?: OrderStatus[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Exact or prefix match on number or purchase order number.',
  })
  number?: string | null;
  @Field(() => ID, { nullable: true }) productId?: string | null;
  @Field(() => String, { nullable: true }) sku?: string | null;
  @Field(() => DateScalar, { nullable: true }) from?: string | null;
  @Field(() => DateScalar, { nullable: true }) to?: string | null;
  @Field(() => ID, { nullable: true }) createdById?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "Staff: any company's; a parent company's readers: one of its subsidiaries' (or their own).",
  })
  companyId?: string | null;
  @Field(() => OrderChannel, { nullable: true }) channel?: OrderChannel | null;
}

@InputType('OrderSort')
export class OrderSortInput {
  @Field(() => OrderSortKey) key: OrderSortKey;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) descending?: boolean | null;
}
