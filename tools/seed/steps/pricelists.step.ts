import {
  createPricingEngine,
  dec,
  type Pricelist as DomainPricelist,
  type PricelistRule as DomainPricelistRule,
  type PricingEngine,
} from '@portal/domain';
import { Pricelist, PricelistRule } from '../gateway';
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
      portalDiscountPercent: null,
      createdAt,
      updatedAt: createdAt,
    };
  });
  const rules: PricelistRule[] = [];
  for (const p of PRICELISTS) {
    const pricelistId = pricelistIds.get(p.key) as number;
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
        basePricelistId: r.basePricelist ? (pricelistIds.get(r.basePricelist) as number) : null,
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

/**
 * A stored pricelist and its rules as the domain's engine takes them: the very mapping of the
 * gateway's `toDomainPricelist` (apps/gateway/src/service/pricing.service.ts), which its library
 * entry does not export. "Created last" order is (createdAt, id); a rule without a label is
 * explained with the pricelist's name.
 */
function toDomainPricelist(pricelist: Pricelist, rules: readonly PricelistRule[]): DomainPricelist {
  const ordered = [...rules].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  return {
    id: String(pricelist.id),
    name: pricelist.name,
    currencyCode: pricelist.currencyCode,
    showsCatalogPrices: pricelist.showsCatalogPrices,
    rules: ordered.map((rule, index): DomainPricelistRule => ({
      id: String(rule.id),
      scope: rule.scope,
      categoryId: rule.categoryId === null ? null : String(rule.categoryId),
      productId: rule.productId === null ? null : String(rule.productId),
      minQuantity: rule.minQuantity,
      validFrom: rule.validFrom,
      validTo: rule.validTo,
      computation: rule.computation,
      fixedPrice: rule.fixedPrice,
      percentDiscount: rule.percentDiscount,
      base: rule.base,
      basePricelistId: rule.basePricelistId === null ? null : String(rule.basePricelistId),
      formulaDiscountPercent: rule.formulaDiscountPercent,
      formulaSurcharge: rule.formulaSurcharge,
      formulaRounding: rule.formulaRounding,
      formulaMinMargin: rule.formulaMinMargin,
      formulaMaxMargin: rule.formulaMaxMargin,
      createdSeq: index,
      label: rule.label ?? pricelist.name,
    })),
  };
}
