import { Permission } from '@portal/domain';
import type { RequestContext } from '../../../context';
import { PriceIndexState, type Product } from '../../../entity';
import type { PricingService } from '../pricing.service';
import { isFresh } from './price-index-state';

/**
 * Where the PRICE sort of the `products` connection takes its figure from, for this viewer.
 * The figure is always one the viewer may read (a sort reveals the order of what it sorts by):
 * - NO_PRICE: the viewer sees no prices; every product counts as "on request" (name order);
 * - LIST_PRICE: catalog-price-only viewers (a requisitioner), staff, and companies without a
 *   pricelist — `product.listPrice`, never a contract price;
 * - PRICE_INDEX: contract-price viewers whose company's pricelist has a fresh index;
 * - IN_MEMORY: the same viewers while that index is missing or stale (a change not yet rebuilt,
 *   or a validity date passed): the exact per-request sort, so the order is never stale.
 */
export type PriceSortPlan =
  | { source: 'NO_PRICE' }
  | { source: 'LIST_PRICE' }
  | { source: 'PRICE_INDEX'; pricelistId: number; dense: boolean }
  | { source: 'IN_MEMORY'; pricesOf: (products: Product[]) => Promise<Map<number, string>> };

/**
 * The PRICE sort plan of the viewer: their company's pricelist from the request's pricing (whose
 * statement the page's prices share), then one short statement for the index state.
 */
export async function priceSortPlan(ctx: RequestContext, pricing: PricingService): Promise<PriceSortPlan> {
  const viewer = ctx.requireViewer();
  if (!viewer.can(Permission.PRICES_CONTRACT))
    return viewer.can(Permission.PRICES_CATALOG) ? { source: 'LIST_PRICE' } : { source: 'NO_PRICE' };
  const pricelistId =
    viewer.isStaff || viewer.companyId === null ? null : await pricing.pricelistIdOf(ctx, viewer.companyId);
  if (pricelistId === null) return { source: 'LIST_PRICE' };
  const state = await ctx.readDb.getRepository(PriceIndexState).findOneBy({ pricelistId });
  if (state && isFresh(state, ctx.clock.today()))
    return { source: 'PRICE_INDEX', pricelistId, dense: state.dense };
  return { source: 'IN_MEMORY', pricesOf: (products) => pricing.sortPrices(ctx, products) };
}
