import { DEFAULT_PRICE_PRECISION, createPricingEngine, dec, type PricingEngine } from '@portal/domain';
import { Pricelist, PricelistRule, toDomainPricelist } from '../gateway';
import type { PricelistKey } from '../world/demo-world';
import { PRICELISTS } from '../world/pricing-setup';
import { CURRENCY, MINUTE, daysAfter, isoDate, scale4, type SeedContext } from '../core/seed-context';
import type { Catalog } from './catalog.step';

/** The seeded pricelists and the domain's pricing engine compiled from their rows. */
export interface DemoPricing {
  pricelistIds: ReadonlyMap<PricelistKey, number>;
  pricelists: ReadonlyMap<number, Pricelist>;
  engine: PricingEngine;
}

/** The three demo pricelists (Gold tier, Globex contract, Initech formula) and their rules. */
export async function seedPricelists(ctx: SeedContext, catalog: Catalog): Promise<DemoPricing> {
  const { writer, now } = ctx;
  const createdAt = daysAfter(now, -200);
  const date = (days: number | undefined) => (days === undefined ? null : isoDate(daysAfter(now, days)));
  const decimal = (value: string | undefined) => (value ? scale4(dec(value)) : null);
  const pricelistIds = new Map<PricelistKey, number>();
  const lists: Pricelist[] = PRICELISTS.map((p) => {
    const id = writer.id(Pricelist);
    pricelistIds.set(p.key, id);
    return {
      id,
      name: p.name,
      currencyCode: CURRENCY,
      showsCatalogPrices: p.showsCatalogPrices,
      pricePrecision: DEFAULT_PRICE_PRECISION,
      portalDiscountPercent: null,
      revision: 1,
      createdAt,
      updatedAt: createdAt,
    };
  });
  const idOf = (key: PricelistKey): number => {
    const id = pricelistIds.get(key);
    if (id === undefined) throw new Error(`No demo pricelist ${key}`);
    return id;
  };
  const rules: PricelistRule[] = [];
  for (const p of PRICELISTS) {
    const pricelistId = idOf(p.key);
    p.rules.forEach((r, i) => {
      const product = r.sku ? catalog.productsBySku.get(r.sku) : undefined;
      if (r.sku && !product) throw new Error(`Pricelist ${p.name}: unknown SKU ${r.sku}`);
      const categoryId = r.category ? catalog.categoryIds.get(r.category) : undefined;
      if (r.category && categoryId === undefined)
        throw new Error(`Pricelist ${p.name}: unknown category ${r.category}`);
      rules.push({
        id: writer.id(PricelistRule),
        pricelistId,
        position: i + 1,
        label: r.label,
        customerText: r.customerText ?? null,
        scope: r.scope,
        categoryId: categoryId ?? null,
        productId: product?.row.id ?? null,
        minQuantity: scale4(dec(r.minQuantity ?? '0')),
        validFrom: date(r.validFromDays),
        validTo: date(r.validToDays),
        computation: r.computation,
        fixedPrice: decimal(r.fixedPrice),
        percentDiscount: decimal(r.percentDiscount),
        base: r.base ?? null,
        basePricelistId: r.basePricelist ? idOf(r.basePricelist) : null,
        formulaDiscountPercent: decimal(r.formulaDiscountPercent),
        formulaSurcharge: decimal(r.formulaSurcharge),
        formulaRounding: decimal(r.formulaRounding),
        formulaMinMargin: decimal(r.formulaMinMargin),
        formulaMaxMargin: decimal(r.formulaMaxMargin),
        createdAt: new Date(createdAt.getTime() + i * MINUTE),
      });
    });
  }
  await writer.insert(Pricelist, lists);
  await writer.insert(PricelistRule, rules);
  return {
    pricelistIds,
    pricelists: new Map(lists.map((l) => [l.id, l])),
    engine: createPricingEngine(
      lists.map((l) =>
        toDomainPricelist(
          l,
          rules.filter((r) => r.pricelistId === l.id),
        ),
      ),
    ),
  };
}
