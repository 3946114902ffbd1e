import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { listContext } from '../common/selection';
import { OrderAction, Permission, openQuantity, toDecimalString, type OrderIssue } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { cappedConnectionTypes } from '../common/connection';
import { selectsAnyField } from '../common/selection';
import { MoneyType, money, moneyOrNull } from '../common/money.type';
import { DecimalScalar } from '../common/scalars';
import { idOfType, toGlobalId } from '../common/node-id';
import {
  toUserErrorCode,
  type EstimatedLine,
  type OrderEstimate,
} from '../service/orders/order-lines.service';
import { TextReader } from '../service/support/reader-text';
import type { RequestContext, Viewer } from '../context';
import {
  Address,
  Approval,
  Company,
  Order,
  OrderEvent,
  OrderLine,
  OrderTemplate,
  OrderTemplateLine,
  Product,
  Shipment,
  ShipmentLine,
  User,
} from '../entity';
import type { Services } from '../service/services';
import { AddressType, CompanyType } from './types/company.type';
import { DocumentType } from './types/document.type';
import { InvoiceType } from './types/invoice.type';
import {
  AddOrderLinesInput,
  CreateDraftOrderInput,
  DeleteOrderTemplateInput,
  OrderActionInput,
  OrderFilterInput,
  OrderFromTemplateInput,
  OrdersDecisionInput,
  OrderSortInput,
  RemoveOrderLinesInput,
  ReorderInput,
  SetActiveCartInput,
  SaveOrderTemplateInput,
  SubmitOrderInput,
  UpdateOrderDetailsInput,
  UpdateOrderLineInput,
} from './types/order.input';
import {
  ApprovalType,
  DeletePayload,
  OrderEventType,
  OrderEstimateLineType,
  OrderEstimateType,
  OrderIssueType,
  OrderLineTemplateType,
  OrderLineType,
  OrderPayload,
  OrdersPayload,
  OrderTemplatePayload,
  OrderTemplateType,
  OrderType,
  QuoteDetailsType,
  ReorderPayload,
  ShipmentLineType,
  ShipmentType,
} from './types/order.type';
import { AvailabilityType, ProductType, UnitOfMeasureType, toAvailabilityType } from './types/product.type';
import { UserType } from './types/user.type';
import { ViewerType } from './types/viewer.type';
import { OrderAction as OrderActionEnum } from './types/order.enums';

export const { ConnectionType: OrderConnection } = cappedConnectionTypes(OrderType, 'Order');

/** The fields of a capped connection that need a count. */
const COUNT_FIELDS = ['totalCount', 'totalCountIsCapped'] as const;

const READ_ORDERS = [
  Permission.ORDERS_READ_COMPANY,
  Permission.ORDERS_READ_OWN,
  Permission.ORDERS_APPROVE,
] as const;

/** Orders: history and search, the cart, submitting, approvals, reorder. Thin: one call into a service. */
@Resolver(() => OrderType)
export class OrderResolver {
  constructor(private readonly services: Services) {}

  // ------------------------------------------------------------ queries

  @Allow(...READ_ORDERS)
  @Query(() => OrderConnection, {
    description: "Orders the viewer may see: their own, their company's, or (staff) every company's.",
  })
  orders(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => OrderFilterInput, { nullable: true }) filter: OrderFilterInput | null,
    @Arg('sort', () => OrderSortInput, { nullable: true }) sort: OrderSortInput | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    const countWanted = selectsAnyField(info, COUNT_FIELDS);
    return this.services.orders.list(ctx, { first, after, filter, sort, countWanted });
  }

  @Allow(...READ_ORDERS)
  @Query(() => OrderType, { nullable: true })
  order(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('number', () => String, { nullable: true }) number: string | null,
  ) {
    if (id) return this.services.orders.findVisible(ctx, idOfType(id, 'Order'));
    return number ? this.services.orders.findVisibleByNumber(ctx, number) : null;
  }

  @Allow(Permission.ORDERS_APPROVE)
  @Query(() => OrderConnection, {
    description: "Orders waiting for the viewer's decision. Requires ORDERS_APPROVE.",
  })
  approvalQueue(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.services.orders.approvalQueue(listContext(ctx, info), first, after);
  }

  @Allow(Permission.ORDERS_APPROVE)
  @Query(() => OrderConnection, {
    description:
      "Orders of the viewer's company the viewer approved or rejected, the latest decision first (see Order.approval for the decision and its comment). Requires ORDERS_APPROVE.",
  })
  approvalHistory(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.services.orders.approvalHistory(listContext(ctx, info), first, after);
  }

  // ------------------------------------------------------------ cart

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload, {
    description: 'Starts a draft order (cart). Staff enter phone and e-mail orders for a company.',
  })
  createDraftOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateDraftOrderInput) input: CreateDraftOrderInput,
  ) {
    return this.services.cart.createDraft(ctx, input);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload, {
    description: 'Adds lines by product id or SKU (quick order: many SKU/quantity pairs at once).',
  })
  addOrderLines(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddOrderLinesInput) input: AddOrderLinesInput,
  ) {
    return this.services.cart.addLines(ctx, input.orderId, input.lines);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload)
  updateOrderLine(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateOrderLineInput) input: UpdateOrderLineInput,
  ) {
    return this.services.cart.updateLine(ctx, input);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload)
  removeOrderLines(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RemoveOrderLinesInput) input: RemoveOrderLinesInput,
  ) {
    return this.services.cart.removeLines(ctx, input.orderId, input.lineIds);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload)
  updateOrderDetails(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateOrderDetailsInput) input: UpdateOrderDetailsInput,
  ) {
    return this.services.cart.updateDetails(ctx, input);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload, {
    description: 'Places the order, or sends it for approval where the role or an approval rule requires it.',
  })
  submitOrder(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitOrderInput) input: SubmitOrderInput) {
    return this.services.placement.submit(ctx, input);
  }

  @Allow(Permission.ORDERS_DRAFT, Permission.ORDERS_SUBMIT, Permission.QUOTES_MANAGE)
  @Mutation(() => OrderPayload)
  cancelOrder(@Ctx() ctx: RequestContext, @Arg('input', () => OrderActionInput) input: OrderActionInput) {
    return this.services.placement.cancel(ctx, input.orderId, input.comment);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => ReorderPayload)
  reorder(@Ctx() ctx: RequestContext, @Arg('input', () => ReorderInput) input: ReorderInput) {
    return this.services.reorder.reorder(ctx, input.orderId, input.into ?? undefined);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload, {
    description:
      "Extension: makes one of the viewer's drafts their cart (Viewer.cart), for every tab and device.",
  })
  setActiveCart(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetActiveCartInput) input: SetActiveCartInput,
  ) {
    return this.services.cart.setActiveCart(ctx, input.orderId);
  }

  // ------------------------------------------------------------ approvals

  @Allow(Permission.ORDERS_APPROVE)
  @Mutation(() => OrderPayload, { description: 'Requires ORDERS_APPROVE.' })
  async approveOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrderActionInput) input: OrderActionInput,
  ) {
    const result = await this.services.approvals.decide(
      ctx,
      OrderAction.APPROVE,
      [input.orderId],
      input.comment,
      () => ['input', 'orderId'],
    );
    return { order: result.orders[0] ?? null, userErrors: result.userErrors };
  }

  @Allow(Permission.ORDERS_APPROVE)
  @Mutation(() => OrderPayload, {
    description: 'Sends the order back to its author as an editable draft. Requires ORDERS_APPROVE.',
  })
  async rejectOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrderActionInput) input: OrderActionInput,
  ) {
    const result = await this.services.approvals.decide(
      ctx,
      OrderAction.REJECT,
      [input.orderId],
      input.comment,
      () => ['input', 'orderId'],
    );
    return { order: result.orders[0] ?? null, userErrors: result.userErrors };
  }

  @Allow(Permission.ORDERS_APPROVE)
  @Mutation(() => OrdersPayload, {
    description: 'Approves a selection of orders: all of them, or none. Requires ORDERS_APPROVE.',
  })
  approveOrders(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrdersDecisionInput) input: OrdersDecisionInput,
  ) {
    return this.services.approvals.decide(ctx, OrderAction.APPROVE, input.orderIds, input.comment, (i) => [
      'input',
      'orderIds',
      String(i),
    ]);
  }

  @Allow(Permission.ORDERS_APPROVE)
  @Mutation(() => OrdersPayload, {
    description: 'Rejects a selection of orders: all of them, or none. Requires ORDERS_APPROVE.',
  })
  rejectOrders(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrdersDecisionInput) input: OrdersDecisionInput,
  ) {
    return this.services.approvals.decide(ctx, OrderAction.REJECT, input.orderIds, input.comment, (i) => [
      'input',
      'orderIds',
      String(i),
    ]);
  }

  // ------------------------------------------------------------ fields

  @FieldResolver(() => ID)
  id(@Root() order: Order) {
    return toGlobalId('Order', order.id);
  }

  @FieldResolver(() => CompanyType)
  company(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return ctx.loaders.load(Company, order.companyId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  createdBy(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return order.createdById === null ? null : ctx.loaders.load(User, order.createdById);
  }

  @FieldResolver(() => AddressType, { nullable: true })
  shippingAddress(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return order.shippingAddressId === null ? null : ctx.loaders.load(Address, order.shippingAddressId);
  }

  @FieldResolver(() => [OrderLineType])
  lines(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(OrderLine, 'orderId', order.id, 'position');
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Requires PRICES_CONTRACT.' })
  @Allow(Permission.PRICES_CONTRACT)
  subtotal(@Root() order: Order) {
    return money(order.subtotal, order.currencyCode);
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Requires PRICES_CONTRACT.' })
  @Allow(Permission.PRICES_CONTRACT)
  taxTotal(@Root() order: Order) {
    return money(order.taxTotal, order.currencyCode);
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Requires PRICES_CONTRACT.' })
  @Allow(Permission.PRICES_CONTRACT)
  total(@Root() order: Order) {
    return money(order.total, order.currencyCode);
  }

  @FieldResolver(() => [OrderIssueType], {
    description: "What blocks submitting this draft: its lines' issues (with lineId) and the order's.",
  })
  async issues(@Root() order: Order, @Ctx() ctx: RequestContext) {
    const issues = await this.services.orderLines.issuesOf(ctx, order);
    const reader = TextReader.of(ctx);
    return [
      ...[...issues.byLine.entries()].flatMap(([lineId, list]) =>
        list.map((i) => toIssue(reader.issue(i), lineId)),
      ),
      ...issues.order.map((i) => toIssue(reader.issue(i), null)),
    ];
  }

  @FieldResolver(() => ApprovalType, { nullable: true })
  async approval(@Root() order: Order, @Ctx() ctx: RequestContext) {
    const approvals = await ctx.loaders.children(Approval, 'orderId', order.id);
    return approvals[approvals.length - 1] ?? null;
  }

  @FieldResolver(() => QuoteDetailsType, { nullable: true })
  quote(@Root() order: Order) {
    if (order.quoteRevision === 0) return null;
    return {
      revision: order.quoteRevision,
      validUntil: order.quoteValidUntil,
      sentAt: order.quoteSentAt,
      acceptedAt: order.quoteAcceptedAt,
      signedByName: order.quoteSignedByName,
    };
  }

  @FieldResolver(() => [ShipmentType])
  shipments(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(Shipment, 'orderId', order.id);
  }

  @FieldResolver(() => [InvoiceType], { nullable: true })
  @Allow(Permission.INVOICES_READ_COMPANY, Permission.INVOICES_READ_OWN, Permission.INVOICES_SUMMARY)
  invoices(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return this.services.invoices.ofOrder(ctx, order);
  }

  @FieldResolver(() => [OrderEventType])
  events(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(OrderEvent, 'orderId', order.id);
  }

  @FieldResolver(() => [DocumentType], {
    description:
      'Its generated documents (quotation, order confirmation once placed, delivery slip per shipment; price-bearing ones need PRICES_CONTRACT) and shipment papers.',
  })
  documents(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return this.services.documents.ofOrder(ctx, order);
  }

  @FieldResolver(() => OrderType, { nullable: true })
  sourceOrder(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return this.services.orders.findVisible(ctx, order.sourceOrderId);
  }

  @FieldResolver(() => [OrderActionEnum], {
    description: 'What the viewer may do with the order right now, from the order state machine.',
  })
  availableActions(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return this.services.orderStates.actionsFor(ctx, order);
  }
}

@Resolver(() => OrderLineType)
export class OrderLineResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => ID)
  id(@Root() line: OrderLine) {
    return toGlobalId('OrderLine', line.id);
  }

  @FieldResolver(() => ProductType, { nullable: true })
  product(@Root() line: OrderLine, @Ctx() ctx: RequestContext) {
    return line.productId === null ? null : ctx.loaders.load(Product, line.productId);
  }

  @FieldResolver(() => DecimalScalar)
  quantity(@Root() line: OrderLine) {
    return toDecimalString(line.quantity);
  }

  @FieldResolver(() => DecimalScalar, {
    description: "The same quantity in the product's base unit (5 cases of 24 = 120).",
  })
  baseQuantity(@Root() line: OrderLine) {
    return toDecimalString(line.baseQuantity);
  }

  @FieldResolver(() => UnitOfMeasureType)
  unit(@Root() line: OrderLine, @Ctx() ctx: RequestContext) {
    return this.services.catalog.unit(ctx, line.unitId);
  }

  @FieldResolver(() => DecimalScalar, { description: "Shipped so far, in the line's unit." })
  shippedQuantity(@Root() line: OrderLine) {
    return toDecimalString(line.shippedQuantity);
  }

  @FieldResolver(() => DecimalScalar, {
    description: "Still to ship (ordered less shipped and cancelled), in the line's unit.",
  })
  openQuantity(@Root() line: OrderLine) {
    return toDecimalString(
      openQuantity({
        sku: line.sku,
        quantity: line.quantity,
        shipped: line.shippedQuantity,
        cancelled: line.cancelledQuantity,
        unit: '',
        step: '0',
      }),
    );
  }

  @FieldResolver(() => DecimalScalar, {
    description: "Given up after part of the order shipped, in the line's unit.",
  })
  cancelledQuantity(@Root() line: OrderLine) {
    return toDecimalString(line.cancelledQuantity);
  }

  @FieldResolver(() => DecimalScalar, {
    description:
      "The part that was not in stock when the order was placed (a backorder, shipped when goods arrive), in the product's base unit.",
  })
  backorderedQuantity(@Root() line: OrderLine) {
    return toDecimalString(line.backorderedBaseQuantity);
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Requires PRICES_CONTRACT.' })
  @Allow(Permission.PRICES_CONTRACT)
  async unitPrice(@Root() line: OrderLine, @Ctx() ctx: RequestContext) {
    return money(line.unitPrice, await currencyOfLine(ctx, line));
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Requires PRICES_CONTRACT.' })
  @Allow(Permission.PRICES_CONTRACT)
  async lineTotal(@Root() line: OrderLine, @Ctx() ctx: RequestContext) {
    return money(line.lineTotal, await currencyOfLine(ctx, line));
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'On a reorder: the unit price on the order it came from. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  async previousUnitPrice(@Root() line: OrderLine, @Ctx() ctx: RequestContext) {
    return moneyOrNull(line.previousUnitPrice, await currencyOfLine(ctx, line));
  }

  @FieldResolver(() => AvailabilityType, { nullable: true })
  async availability(@Root() line: OrderLine, @Ctx() ctx: RequestContext) {
    const product = line.productId === null ? null : await ctx.loaders.load(Product, line.productId);
    if (!product) return null;
    const summary = await this.services.catalog.availabilityOf(ctx, product);
    return toAvailabilityType(summary);
  }

  @FieldResolver(() => [OrderIssueType])
  async issues(@Root() line: OrderLine, @Ctx() ctx: RequestContext) {
    const order = await ctx.loaders.load(Order, line.orderId);
    if (!order) return [];
    const issues = await this.services.orderLines.issuesOf(ctx, order);
    const reader = TextReader.of(ctx);
    return (issues.byLine.get(line.id) ?? []).map((i) => toIssue(reader.issue(i), line.id));
  }
}

@Resolver(() => ApprovalType)
export class ApprovalResolver {
  @FieldResolver(() => String, {
    description:
      "Why approval was required, e.g. 'Order total 6,139.66 USD is above 5,000.00 USD' (without PRICES_CONTRACT: 'Order total is above the approval limit') or 'Drafted by a requisitioner'.",
  })
  reason(@Root() approval: Approval, @Ctx() ctx: RequestContext) {
    return TextReader.of(ctx).stored(approval.reason, approval.redactedReason);
  }

  @FieldResolver(() => UserType, { nullable: true })
  requestedBy(@Root() approval: Approval, @Ctx() ctx: RequestContext) {
    return approval.requestedById === null ? null : ctx.loaders.load(User, approval.requestedById);
  }

  @FieldResolver(() => UserType, { nullable: true })
  decidedBy(@Root() approval: Approval, @Ctx() ctx: RequestContext) {
    return approval.decidedById === null ? null : ctx.loaders.load(User, approval.decidedById);
  }
}

@Resolver(() => OrderEventType)
export class OrderEventResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'What happened; contract figures in it only for viewers with PRICES_CONTRACT.',
  })
  message(@Root() event: OrderEvent, @Ctx() ctx: RequestContext) {
    return TextReader.of(ctx).stored(event.message, event.redactedMessage);
  }

  @FieldResolver(() => UserType, { nullable: true })
  actor(@Root() event: OrderEvent, @Ctx() ctx: RequestContext) {
    return event.actorId === null ? null : ctx.loaders.load(User, event.actorId);
  }

  @FieldResolver(() => CompanyType, {
    nullable: true,
    description:
      "Extension: the customer company the actor acts from (a parent company's admin on a subsidiary's order); null for the seller's staff.",
  })
  async actorCompany(@Root() event: OrderEvent, @Ctx() ctx: RequestContext) {
    const actor = event.actorId === null ? null : await ctx.loaders.load(User, event.actorId);
    return actor?.companyId == null ? null : ctx.loaders.load(Company, actor.companyId);
  }
}

@Resolver(() => ShipmentType)
export class ShipmentResolver {
  @FieldResolver(() => ID)
  id(@Root() shipment: Shipment) {
    return toGlobalId('Shipment', shipment.id);
  }

  @FieldResolver(() => [ShipmentLineType], {
    description: 'What this shipment carries (shipments made before partial shipments have none listed).',
  })
  lines(@Root() shipment: Shipment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(ShipmentLine, 'shipmentId', shipment.id);
  }
}

@Resolver(() => ShipmentLineType)
export class ShipmentLineResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => DecimalScalar, { description: "In the line's unit." })
  quantity(@Root() line: ShipmentLine) {
    return toDecimalString(line.quantity);
  }

  @FieldResolver(() => DecimalScalar, { description: "In the product's base unit." })
  baseQuantity(@Root() line: ShipmentLine) {
    return toDecimalString(line.baseQuantity);
  }

  @FieldResolver(() => OrderLineType)
  orderLine(@Root() line: ShipmentLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.load(OrderLine, line.orderLineId);
  }

  @FieldResolver(() => String)
  async sku(@Root() line: ShipmentLine, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.load(OrderLine, line.orderLineId))?.sku ?? '';
  }

  @FieldResolver(() => UnitOfMeasureType, { nullable: true, description: "The order line's unit." })
  async unit(@Root() line: ShipmentLine, @Ctx() ctx: RequestContext) {
    const orderLine = await ctx.loaders.load(OrderLine, line.orderLineId);
    return orderLine ? this.services.catalog.unit(ctx, orderLine.unitId) : null;
  }
}

/** Saved shopping lists. `saveOrderTemplate` with a templateId renames or changes a template. */
@Resolver(() => OrderTemplateType)
export class OrderTemplateResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.ORDERS_DRAFT)
  @Query(() => [OrderTemplateType], {
    description: "The viewer's templates and the company's shared ones. Requires ORDERS_DRAFT.",
  })
  orderTemplates(@Ctx() ctx: RequestContext) {
    return this.services.templates.list(ctx);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderTemplatePayload, {
    description:
      'Saves a template from an order or from lines; with templateId, renames or changes that template.',
  })
  saveOrderTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveOrderTemplateInput) input: SaveOrderTemplateInput,
  ) {
    return this.services.templates.save(ctx, input);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => DeletePayload)
  deleteOrderTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteOrderTemplateInput) input: DeleteOrderTemplateInput,
  ) {
    return this.services.templates.delete(ctx, input.templateId);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload, {
    description: 'A new order from a template: a draft, or (submit: true) placed at once.',
  })
  orderFromTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrderFromTemplateInput) input: OrderFromTemplateInput,
  ) {
    return this.services.templates.orderFrom(ctx, input);
  }

  @FieldResolver(() => ID)
  id(@Root() template: OrderTemplate) {
    return toGlobalId('OrderTemplate', template.id);
  }

  @FieldResolver(() => UserType)
  owner(@Root() template: OrderTemplate, @Ctx() ctx: RequestContext) {
    return ctx.loaders.load(User, template.ownerId);
  }

  @FieldResolver(() => [OrderLineTemplateType])
  lines(@Root() template: OrderTemplate, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(OrderTemplateLine, 'templateId', template.id, 'position');
  }

  @FieldResolver(() => OrderEstimateType, {
    nullable: true,
    description:
      'What "Place order" would order now for the viewer\'s company: the template\'s lines priced ' +
      'today by the server, with the issues that would block placing it (prices require ' +
      'PRICES_CONTRACT). Null for a viewer who cannot order from this template.',
  })
  estimate(@Root() template: OrderTemplate, @Ctx() ctx: RequestContext) {
    return this.services.templates.estimate(ctx, template);
  }
}

/** `OrderEstimate` and its lines: a priced preview computed by OrderLinesService.estimate. */
@Resolver(() => OrderEstimateType)
export class OrderEstimateResolver {
  @FieldResolver(() => [OrderEstimateLineType])
  lines(@Root() estimate: OrderEstimate) {
    return estimate.lines.map((line) => ({ ...line, currencyCode: estimate.currencyCode }));
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'The goods of the priced lines. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  subtotal(@Root() estimate: OrderEstimate) {
    return money(estimate.subtotal, estimate.currencyCode);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description:
      'Portal discount or phone surcharge; null when the tax cannot be computed. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  adjustmentTotal(@Root() estimate: OrderEstimate) {
    return moneyOrNull(estimate.adjustmentTotal, estimate.currencyCode);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description:
      'Tax at the default ship-to; null when a rate is missing (see issues). Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  taxTotal(@Root() estimate: OrderEstimate) {
    return moneyOrNull(estimate.taxTotal, estimate.currencyCode);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description:
      'What the buyer would pay: subtotal, adjustments and tax; null when the tax cannot be computed. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  total(@Root() estimate: OrderEstimate) {
    return moneyOrNull(estimate.total, estimate.currencyCode);
  }

  @FieldResolver(() => [OrderIssueType])
  issues(@Root() estimate: OrderEstimate, @Ctx() ctx: RequestContext) {
    const reader = TextReader.of(ctx);
    return estimate.issues.map((i) => toIssue(reader.issue(i), null));
  }
}

type EstimateLineRoot = EstimatedLine & { currencyCode: string };

@Resolver(() => OrderEstimateLineType)
export class OrderEstimateLineResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => ProductType)
  product(@Root() line: EstimateLineRoot) {
    return line.product;
  }

  @FieldResolver(() => DecimalScalar)
  quantity(@Root() line: EstimateLineRoot) {
    return toDecimalString(line.quantity);
  }

  @FieldResolver(() => UnitOfMeasureType)
  unit(@Root() line: EstimateLineRoot, @Ctx() ctx: RequestContext) {
    return this.services.catalog.unit(ctx, line.unitId);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description:
      "Today's contract unit price; null when it cannot be priced (see issues). Requires PRICES_CONTRACT.",
  })
  @Allow(Permission.PRICES_CONTRACT)
  unitPrice(@Root() line: EstimateLineRoot) {
    return moneyOrNull(line.unitPrice, line.currencyCode);
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Requires PRICES_CONTRACT.' })
  @Allow(Permission.PRICES_CONTRACT)
  lineTotal(@Root() line: EstimateLineRoot) {
    return moneyOrNull(line.lineTotal, line.currencyCode);
  }

  @FieldResolver(() => [OrderIssueType], {
    description: 'What would block ordering this line: catalog, unit, minimum, multiple, price on request.',
  })
  issues(@Root() line: EstimateLineRoot, @Ctx() ctx: RequestContext) {
    const reader = TextReader.of(ctx);
    return line.issues.map((i) => toIssue(reader.issue(i), null));
  }
}

@Resolver(() => OrderLineTemplateType)
export class OrderLineTemplateResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => ProductType)
  product(@Root() line: OrderTemplateLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.load(Product, line.productId);
  }

  @FieldResolver(() => DecimalScalar)
  quantity(@Root() line: OrderTemplateLine) {
    return toDecimalString(line.quantity);
  }

  @FieldResolver(() => UnitOfMeasureType)
  unit(@Root() line: OrderTemplateLine, @Ctx() ctx: RequestContext) {
    return this.services.catalog.unit(ctx, line.unitId);
  }
}

/** `Viewer.cart`. */
@Resolver(() => ViewerType)
export class ViewerCartResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => OrderType, {
    nullable: true,
    description:
      "The viewer's open draft order (cart), if any: the draft they made their cart (setActiveCart), else their most recently changed draft.",
  })
  cart(@Root() _viewer: Viewer, @Ctx() ctx: RequestContext) {
    return this.services.orders.cartOf(ctx);
  }
}

async function currencyOfLine(ctx: RequestContext, line: OrderLine): Promise<string> {
  return (await ctx.loaders.load(Order, line.orderId))?.currencyCode ?? 'USD';
}

function toIssue(issue: OrderIssue, lineId: number | null): OrderIssueType {
  return {
    code: toUserErrorCode(issue.code),
    message: issue.message,
    lineId: lineId === null ? null : toGlobalId('OrderLine', lineId),
  };
}
