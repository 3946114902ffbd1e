import type { TaxRate as DomainTaxRate, TaxRateRule } from '@portal/domain';
import { AccessGroup, TaxRate, UnitOfMeasure } from '../gateway';
import { ACCESS_GROUPS, REGIONAL_TAX_RATES, TAX_RATES, UNITS } from '../world/catalog-data';
import type { SeedContext } from '../core/seed-context';

/** Units of measure, tax rates and access groups, by the names the demo data uses. */
export interface ReferenceData {
  /** Unit id by symbol ("ea", "cs"). */
  unitIds: ReadonlyMap<string, number>;
  /** The rates that hold everywhere, as the domain's computeTax takes them. */
  taxRates: readonly DomainTaxRate[];
  /** Every configured rate by place (the domain's ratesForDestination picks an order's). */
  taxRules: readonly TaxRateRule[];
  accessGroupIds: ReadonlyMap<string, number>;
}

/** The id of a unit symbol; throws for a symbol the demo does not have. */
export function unitId(reference: ReferenceData, symbol: string): number {
  const id = reference.unitIds.get(symbol);
  if (id === undefined) throw new Error(`Unknown unit ${symbol}`);
  return id;
}

export async function seedReferenceData(ctx: SeedContext): Promise<ReferenceData> {
  const { writer } = ctx;
  const unitIds = new Map<string, number>();
  const units = UNITS.map((u): UnitOfMeasure => {
    const id = writer.id(UnitOfMeasure);
    unitIds.set(u.symbol, id);
    return { id, name: u.name, symbol: u.symbol, category: u.category, ratio: u.ratio, rounding: u.rounding };
  });
  await writer.insert(UnitOfMeasure, units);

  const rates = TAX_RATES.map((t) => ({
    id: writer.id(TaxRate),
    taxClass: t.taxClass,
    name: t.name,
    // These hold everywhere (no country, no region); REGIONAL_TAX_RATES are more specific.
    countryCode: '',
    region: '',
    rate: t.rate,
  }));
  const regional = REGIONAL_TAX_RATES.map((t) => ({
    id: writer.id(TaxRate),
    taxClass: t.taxClass,
    name: t.name,
    countryCode: t.countryCode,
    region: t.region,
    rate: t.rate,
  }));
  await writer.insert(TaxRate, [...rates, ...regional]);

  const accessGroupIds = new Map<string, number>();
  const groups = ACCESS_GROUPS.map((g) => {
    const id = writer.id(AccessGroup);
    accessGroupIds.set(g.code, id);
    return { id, code: g.code, name: g.name };
  });
  await writer.insert(AccessGroup, groups);

  return {
    unitIds,
    taxRates: rates.map((r) => ({ taxClass: r.taxClass, percent: r.rate })),
    taxRules: [...rates, ...regional].map((r) => ({
      taxClass: r.taxClass,
      countryCode: r.countryCode,
      region: r.region,
      percent: r.rate,
    })),
    accessGroupIds,
  };
}
