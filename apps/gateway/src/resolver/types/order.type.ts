import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../common/node.type';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../common/scalars';
import { UserError, UserErrorCode } from '../../common/user-error';
import { ApprovalStatus, OrderChannel, OrderStatus, ReorderChangeKind } from './order.enums';

/*
 * Object types of ordering. Resolvers return TypeORM entities (Order, OrderLine, OrderEvent,
 * Approval, Shipment, OrderTemplate) as roots; the fields declared here read the entity's own
 * columns, the rest (relations, prices, issues, actions) are field resolvers in order.resolver.ts.
 */

@ObjectType('OrderIssue', {
  description: 'A rule the order or one of its lines breaks; it blocks submission.',
})
export class OrderIssueType {
  @Field(() => UserErrorCode) code: UserErrorCode;
  @Field(() => String) message: string;
  @Field(() => ID, { nullable: true }) lineId: string | null;
}

@ObjectType('OrderLine')
export class OrderLineType {
  @Field(() => String) sku: string;
  @Field(() => String) description: string;
  @Field(() => DecimalScalar) quantity: string;
  @Field(() => DecimalScalar, {
    description: "The same quantity in the product's base unit (5 cases of 24 = 120).",
  })
  baseQuantity: string;
}

@ObjectType('Approval')
export class ApprovalType {
  @Field(() => ApprovalStatus) status: ApprovalStatus;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType('QuoteDetails')
export class QuoteDetailsType {
  @Field(() => Int) revision: number;
  @Field(() => DateScalar, { nullable: true }) validUntil: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) acceptedAt: Date | null;
  @Field(() => String, { nullable: true }) signedByName: string | null;
}

@ObjectType('Shipment')
export class ShipmentType {
  @Field(() => String, { nullable: true }) carrier: string | null;
  @Field(() => String, { nullable: true }) trackingNumber: string | null;
  @Field(() => String, { nullable: true }) trackingUrl: string | null;
  @Field(() => String, { nullable: true }) billOfLadingNumber: string | null;
  @Field(() => DateScalar, { nullable: true }) expectedShipDate: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) shippedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) deliveredAt: Date | null;
}

@ObjectType('ShipmentLine', { description: 'What a shipment carries of an order line.' })
export class ShipmentLineType {}

@ObjectType('OrderEvent', { description: "One step of an order's timeline." })
export class OrderEventType {
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => OrderStatus, { description: "The order's status after the event." }) status: OrderStatus;
}

@ObjectType('Order', { implements: NodeInterface })
export class OrderType extends NodeInterface {
  @Field(() => String, { description: 'Human-readable, e.g. SO-000042 (drafts: DR-000007 until submitted).' })
  number: string;
  @Field(() => OrderStatus) status: OrderStatus;
  @Field(() => OrderChannel) channel: OrderChannel;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt: Date | null;
  @Field(() => String, { nullable: true }) purchaseOrderNumber: string | null;
  @Field(() => DateScalar, { nullable: true }) requestedDeliveryDate: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the warehouse expects to ship what is still open (set while IN_PROGRESS).',
  })
  expectedShipDate: string | null;
}

@ObjectType('OrderLineTemplate')
export class OrderLineTemplateType {
  @Field(() => DecimalScalar) quantity: string;
}

@ObjectType('OrderTemplate', { implements: NodeInterface })
export class OrderTemplateType extends NodeInterface {
  @Field(() => String) name: string;
  @Field(() => Boolean, {
    description: 'Shared templates are visible to everyone in the company who may draft orders.',
  })
  shared: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) lastUsedAt: Date | null;
}

@ObjectType('OrderEstimateLine', {
  description: 'A line as it would be ordered now: the product, quantity and unit, and its price today.',
})
export class OrderEstimateLineType {
  @Field(() => DecimalScalar) quantity: string;
}

@ObjectType('OrderEstimate', {
  description:
    "What lines would cost if ordered now, priced by the server under the company's contract prices " +
    '(the same pricing, tax at the default ship-to and incentive adjustments as the draft they would ' +
    'make), with the issues that would block placing them. Lines that cannot be priced are left out ' +
    'of the totals; their issues say why. Nothing is written.',
})
export class OrderEstimateType {
  @Field(() => [OrderIssueType], {
    description: 'Order-level issues: minimum order value, credit limit, a missing tax rate.',
  })
  issues: OrderIssueType[];
}

@ObjectType('ReorderChange', { description: 'Something that differs on a reorder from the order it copies.' })
export class ReorderChangeType {
  @Field(() => ReorderChangeKind) kind: ReorderChangeKind;
  @Field(() => String) sku: string;
  @Field(() => String) message: string;
}

// ---------------------------------------------------------------- payloads

@ObjectType('OrderPayload')
export class OrderPayload {
  @Field(() => OrderType, { nullable: true }) order: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('OrdersPayload', {
  description: 'The outcome of deciding several orders at once: all of them, or none.',
})
export class OrdersPayload {
  @Field(() => [OrderType]) orders: unknown[];
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('ReorderPayload')
export class ReorderPayload {
  @Field(() => OrderType, {
    nullable: true,
    description: 'A new DRAFT order with the same products and quantities.',
  })
  order: unknown;
  @Field(() => [ReorderChangeType]) changes: ReorderChangeType[];
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('OrderTemplatePayload')
export class OrderTemplatePayload {
  @Field(() => OrderTemplateType, { nullable: true }) template: unknown;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType('DeletePayload')
export class DeletePayload {
  @Field(() => ID, { nullable: true }) deletedId: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
