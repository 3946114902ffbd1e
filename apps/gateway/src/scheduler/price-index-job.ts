import { PriceIndexBuilder } from '../service/catalog/price-index/price-index-builder';
import type { Services } from '../service/services';
import type { JobDefinition } from './scheduler';

/**
 * Every minute, rebuilds the price indexes that a change made stale, that were never built, or
 * whose validity window the business date has left (a rule started or ended). Until then the
 * PRICE sort of those pricelists is computed exactly per request.
 */
export function refreshPriceIndexes(services: Services): JobDefinition {
  return {
    name: 'refresh-price-indexes',
    schedule: '* * * * *',
    async run(ctx) {
      await new PriceIndexBuilder(ctx.runtime, services.pricing).refreshStale();
    },
  };
}
