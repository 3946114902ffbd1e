import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Permission } from '@portal/domain';
import { Allow } from '../auth/access.decorators';
import { moneyOrNull } from '../common/money.type';
import { DecimalScalar } from '../common/scalars';
import type { RequestContext } from '../context';
import type { PriceSimulationView } from '../service/catalog/pricing.service';
import type { Services } from '../service/services';
import { PriceSimulationType } from './types/price-simulation.type';

/** The staff price simulator: a company's price of a product, with its rule and explanation. */
@Resolver()
export class PriceSimulationResolver {
  constructor(private readonly services: Services) {}

  @Allow(Permission.PRICING_MANAGE)
  @Query(() => PriceSimulationType, {
    description:
      "Staff: the price a company's buyers get for a product at a quantity (in one of its units; default its default unit), today, with the rule that applied and the explanation they read. Requires PRICING_MANAGE.",
  })
  async priceSimulation(
    @Ctx() ctx: RequestContext,
    @Arg('companyId', () => ID) companyId: string,
    @Arg('productId', () => ID) productId: string,
    @Arg('quantity', () => DecimalScalar) quantity: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
  ): Promise<PriceSimulationType> {
    return toPriceSimulation(
      await this.services.pricing.simulate(ctx, { companyId, productId, quantity, unitId }),
    );
  }
}

/** A simulation as the API shows it (also `Rfq.contractPrice`). */
export function toPriceSimulation(view: PriceSimulationView): PriceSimulationType {
  return {
    ...view,
    company: view.company as never,
    product: view.product as never,
    pricelist: view.pricelist as never,
    rule: view.rule as never,
    unit: view.unit as never,
    unitPrice: moneyOrNull(view.unitPrice, view.currencyCode),
    lineTotal: moneyOrNull(view.lineTotal, view.currencyCode),
  };
}
