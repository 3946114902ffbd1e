import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import type { RequestContext } from '../context';
import type { Services } from '../service/services';
import { ReportIssueInput, SetExpectedShipDateInput, ShipOrderInput } from './types/fulfilment.input';
import { OrderActionInput } from './types/order.input';
import { OrderPayload } from './types/order.type';

/** Fulfilment by the seller's warehouse, and the customer's side of a delivery. */
@Resolver()
export class FulfilmentResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.FULFILMENT_MANAGE)
  @Mutation(() => OrderPayload, { description: 'SALES_ORDER to IN_PROGRESS. Requires FULFILMENT_MANAGE.' })
  startFulfilment(@Ctx() ctx: RequestContext, @Arg('input', () => OrderActionInput) input: OrderActionInput) {
    return this.services.fulfilment.startFulfilment(ctx, input);
  }

  @Allow(Permission.FULFILMENT_MANAGE)
  @Mutation(() => OrderPayload, {
    description:
      'A shipment of an order IN_PROGRESS (some lines, part of a line, or everything open); the order stays IN_PROGRESS while anything is left to ship, then SHIPPED. The customer is e-mailed the tracking link. Requires FULFILMENT_MANAGE.',
  })
  shipOrder(@Ctx() ctx: RequestContext, @Arg('input', () => ShipOrderInput) input: ShipOrderInput) {
    return this.services.fulfilment.ship(ctx, input);
  }

  @Allow(Permission.FULFILMENT_MANAGE)
  @Mutation(() => OrderPayload, {
    description:
      'Sets when what is still open is expected to ship (order IN_PROGRESS; shown to the buyer). Requires FULFILMENT_MANAGE.',
  })
  setExpectedShipDate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetExpectedShipDateInput) input: SetExpectedShipDateInput,
  ) {
    return this.services.fulfilment.setExpectedShipDate(ctx, input);
  }

  @Allow(Permission.FULFILMENT_MANAGE)
  @Mutation(() => OrderPayload, {
    description:
      'Gives up what is still open on a partly shipped order (its reservations are released); the order becomes SHIPPED. Requires FULFILMENT_MANAGE.',
  })
  cancelOpenQuantities(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrderActionInput) input: OrderActionInput,
  ) {
    return this.services.fulfilment.cancelOpenQuantities(ctx, input);
  }

  @Allow(Permission.FULFILMENT_MANAGE)
  @Mutation(() => OrderPayload, { description: 'SHIPPED to DELIVERED. Requires FULFILMENT_MANAGE.' })
  markDelivered(@Ctx() ctx: RequestContext, @Arg('input', () => OrderActionInput) input: OrderActionInput) {
    return this.services.fulfilment.markDelivered(ctx, input);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload, {
    description: 'The customer confirms a shipment arrived (SHIPPED to DELIVERED). Requires ORDERS_DRAFT.',
  })
  confirmReceipt(@Ctx() ctx: RequestContext, @Arg('input', () => OrderActionInput) input: OrderActionInput) {
    return this.services.fulfilment.confirmReceipt(ctx, input);
  }

  @Allow(Permission.ORDERS_DRAFT)
  @Mutation(() => OrderPayload, {
    description:
      'The customer reports a problem with a delivery; the sales team is e-mailed. Requires ORDERS_DRAFT.',
  })
  reportDeliveryIssue(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReportIssueInput) input: ReportIssueInput,
  ) {
    return this.services.fulfilment.reportDeliveryIssue(ctx, input);
  }
}
