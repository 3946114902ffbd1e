import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, toDecimalString } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { MoneyType, moneyOrNull } from '../common/money.type';
import { idOfType, toGlobalId } from '../common/node-id';
import { DecimalScalar } from '../common/scalars';
import type { RequestContext } from '../context';
import type { Order, Rfq, RfqLine, RfqMessage } from '../entity';
import type { Services } from '../service/services';
import { CompanyType } from './types/company.type';
import { OrderType } from './types/order.type';
import { ProductType, UnitOfMeasureType } from './types/product.type';
import { RfqMessageInput, SubmitRfqInput } from './types/rfq.input';
import { RfqConnection, RfqLineType, RfqMessageType, RfqPayload, RfqStatus, RfqType } from './types/rfq.type';
import { UserType } from './types/user.type';
import { PriceSimulationType } from './types/price-simulation.type';
import { toPriceSimulation } from './price-simulation.resolver';

/** Who reads RFQs: the customer's buyers and readers of company orders, and the seller's sales team. */
const READ_RFQS = [
  Permission.RFQ_SUBMIT,
  Permission.QUOTES_RESPOND,
  Permission.ORDERS_READ_COMPANY,
  Permission.QUOTES_MANAGE,
] as const;

/** Requests for quotation and their conversation. Thin: one call into RfqService. */
@Resolver(() => RfqType)
export class RfqResolver {
  constructor(private readonly services: Services) {}

  @Allow(...READ_RFQS)
  @Query(() => RfqConnection, {
    description:
      "The company's requests for quotation, newest first (staff with QUOTES_MANAGE: every company's).",
  })
  rfqs(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('statuses', () => [RfqStatus], { nullable: true }) statuses: RfqStatus[] | null,
  ) {
    return this.services.rfqs.list(ctx, { first, after, statuses });
  }

  @Allow(...READ_RFQS)
  @Query(() => RfqType, { nullable: true })
  rfq(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.services.rfqs.findVisible(ctx, idOfType(id, 'Rfq'));
  }

  @Allow(Permission.RFQ_SUBMIT)
  @Mutation(() => RfqPayload, {
    description: 'Asks the seller for a quotation: catalog products or free-text items. Requires RFQ_SUBMIT.',
  })
  submitRfq(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitRfqInput) input: SubmitRfqInput) {
    return this.services.rfqs.submit(ctx, input);
  }

  @Allow(Permission.RFQ_SUBMIT, Permission.QUOTES_RESPOND, Permission.QUOTES_MANAGE)
  @Mutation(() => RfqPayload, {
    description: "Writes in an RFQ's conversation (the customer's buyers, or staff with QUOTES_MANAGE).",
  })
  postRfqMessage(@Ctx() ctx: RequestContext, @Arg('input', () => RfqMessageInput) input: RfqMessageInput) {
    return this.services.rfqs.postMessage(ctx, input);
  }

  @FieldResolver(() => ID)
  id(@Root() rfq: Rfq) {
    return toGlobalId('Rfq', rfq.id);
  }

  @FieldResolver(() => CompanyType)
  company(@Root() rfq: Rfq, @Ctx() ctx: RequestContext) {
    return this.services.rfqs.company(ctx, rfq.companyId);
  }

  @FieldResolver(() => UserType)
  requestedBy(@Root() rfq: Rfq, @Ctx() ctx: RequestContext) {
    return this.services.rfqs.user(ctx, rfq.requestedById);
  }

  @FieldResolver(() => [RfqLineType])
  lines(@Root() rfq: Rfq, @Ctx() ctx: RequestContext) {
    return this.services.rfqs.lines(ctx, rfq);
  }

  @FieldResolver(() => [RfqMessageType])
  messages(@Root() rfq: Rfq, @Ctx() ctx: RequestContext) {
    return this.services.rfqs.messages(ctx, rfq);
  }

  @FieldResolver(() => OrderType, {
    nullable: true,
    description: "The seller's current quotation for this request.",
  })
  quotation(@Root() rfq: Rfq, @Ctx() ctx: RequestContext) {
    return this.services.rfqs.quotation(ctx, rfq);
  }

  @Allow(Permission.QUOTES_MANAGE)
  @FieldResolver(() => PriceSimulationType, {
    nullable: true,
    description:
      "Staff quoting: the contract price this RFQ's company gets today for a product at a quantity (in one of its units; default its default unit), as priceSimulation answers it, to set beside the quoted price. Requires QUOTES_MANAGE.",
  })
  async contractPrice(
    @Root() rfq: Rfq,
    @Ctx() ctx: RequestContext,
    @Arg('productId', () => ID) productId: string,
    @Arg('quantity', () => DecimalScalar) quantity: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ): Promise<PriceSimulationType> {
    return toPriceSimulation(
      await this.services.pricing.simulate(ctx, {
        companyId: toGlobalId('Company', rfq.companyId),
        productId,
        quantity,
        unitId,
      }),
    );
  }
}

@Resolver(() => RfqLineType)
export class RfqLineResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => ID)
  id(@Root() line: RfqLine) {
    return toGlobalId('RfqLine', line.id);
  }

  @FieldResolver(() => ProductType, { nullable: true })
  product(@Root() line: RfqLine, @Ctx() ctx: RequestContext) {
    return this.services.rfqs.product(ctx, line);
  }

  @FieldResolver(() => DecimalScalar)
  quantity(@Root() line: RfqLine) {
    return toDecimalString(line.quantity);
  }

  @FieldResolver(() => UnitOfMeasureType, { nullable: true })
  unit(@Root() line: RfqLine, @Ctx() ctx: RequestContext) {
    return line.unitId === null ? null : this.services.catalog.unit(ctx, line.unitId);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'What the customer hopes to pay per unit. Requires PRICES_CONTRACT.',
  })
  @Allow(Permission.PRICES_CONTRACT)
  async targetUnitPrice(@Root() line: RfqLine, @Ctx() ctx: RequestContext) {
    return moneyOrNull(line.targetUnitPrice, await this.services.rfqs.currencyOf(ctx, line.rfqId));
  }
}

@Resolver(() => RfqMessageType)
export class RfqMessageResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => UserType)
  author(@Root() message: RfqMessage, @Ctx() ctx: RequestContext) {
    return this.services.rfqs.user(ctx, message.authorId);
  }
}

/** `Order.rfq`: the request a quotation answers. */
@Resolver(() => OrderType)
export class OrderRfqResolver {
  constructor(private readonly services: Services) {}

  @FieldResolver(() => RfqType, {
    nullable: true,
    description: 'The request for quotation this order answers.',
  })
  rfq(@Root() order: Order, @Ctx() ctx: RequestContext) {
    return this.services.rfqs.ofOrder(ctx, order);
  }
}
