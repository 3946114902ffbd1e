import {
  ONE,
  dec,
  fromBaseQuantity,
  isMultipleOf,
  roundToScale,
  toBaseQuantity,
  type Decimal,
} from '@portal/domain';
import type { Prng } from '../core/prng';
import type { Catalog, SeededProduct } from '../steps/catalog.step';
import type { SeededCompany } from '../steps/companies.step';

/** A line of an RFQ, order or template, before it is priced: a product (or a custom item) in one of its units. */
export interface LinePlan {
  /** Null for a custom item asked for in an RFQ. */
  product: SeededProduct | null;
  sku: string;
  description: string;
  /** In the line's unit: a whole number. */
  quantity: Decimal;
  unitId: number;
  /** Base units in one of the line's unit. */
  factor: Decimal;
}

/**
 * A line of `product`: mostly in its default unit, a whole number of that unit, bumped until its
 * base quantity meets the product's minimum and order multiple.
 */
function planLine(product: SeededProduct, rng: Prng, big = false): LinePlan {
  const orderable = product.units.filter((u) => dec(u.factor).isInteger());
  const unit = orderable.find((u) => u.isDefault) ?? orderable[0] ?? product.units[0];
  if (!unit) throw new Error(`Product ${product.row.sku} has no units`);
  const factor = dec(unit.factor);
  const minimum = product.spec.minimumOrderQuantity ? dec(product.spec.minimumOrderQuantity) : null;
  const step = product.spec.orderMultiple ? dec(product.spec.orderMultiple) : null;
  const multiple = step !== null && step.gt(0) ? step : null;
  const wanted = dec(String(big ? rng.int(8, 40) : rng.pick([1, 1, 2, 2, 3, 4, 5, 6, 10, 12])));
  // Fewer whole units than the minimum needs never do: start from there.
  const fewest = minimum === null ? null : roundToScale(fromBaseQuantity(minimum, factor), 0, 'up');
  let quantity = fewest !== null && fewest.gt(wanted) ? fewest : wanted;
  for (let i = 0; i < 10_000; i++) {
    if (multiple === null || isMultipleOf(toBaseQuantity(quantity, factor), multiple)) break;
    quantity = quantity.plus(ONE);
  }
  return {
    product,
    sku: product.row.sku,
    description: product.row.name,
    quantity,
    unitId: unit.unitId,
    factor,
  };
}

/**
 * `count` lines of distinct products the company may order (after the SKUs to `include`);
 * with `big`, every other line is a large quantity.
 */
export function planLines(
  catalog: Catalog,
  company: SeededCompany,
  rng: Prng,
  count: number,
  options: { big?: boolean; include?: string[] } = {},
): LinePlan[] {
  const picked = new Set<SeededProduct>();
  for (const sku of options.include ?? []) {
    const p = catalog.productsBySku.get(sku);
    if (p) picked.add(p);
  }
  for (const p of rng.sample(company.visible, count)) {
    if (picked.size >= count + (options.include?.length ?? 0)) break;
    picked.add(p);
  }
  return [...picked].map((p, i) => planLine(p, rng, options.big === true && i % 2 === 0));
}
