import { AvailabilityPolicy } from '@portal/domain';
import type { ProductPricingInput } from '@portal/domain';
import { Category, Product, ProductAccessGroup, ProductUnit } from '../gateway';
import { CATEGORIES, generateProducts, type ProductSpec } from '../world/catalog-data';
import { daysAfter, isoDate, type SeedContext } from '../core/seed-context';
import { unitId, type ReferenceData } from './reference-data.step';

export interface SeededProduct {
  row: Product;
  spec: ProductSpec;
  /** What the pricing engine needs to know about the product. */
  pricing: ProductPricingInput;
  units: { unitId: number; symbol: string; factor: string; isDefault: boolean }[];
}

export interface Catalog {
  /** Category id by (sub-)category name. */
  categoryIds: ReadonlyMap<string, number>;
  /** Category id → parent id, as the domain's approval rules walk the tree. */
  categoryParents: ReadonlyMap<string, string | null>;
  products: readonly SeededProduct[];
  productsBySku: ReadonlyMap<string, SeededProduct>;
}

/** The category tree and 200 × scale products with their units and access groups. */
export async function seedCatalog(ctx: SeedContext, reference: ReferenceData): Promise<Catalog> {
  const { writer } = ctx;
  const categoryIds = new Map<string, number>();
  const categoryParents = new Map<string, string | null>();
  /** Category id → its path of ids up to the root (itself first). */
  const categoryPaths = new Map<number, string[]>();
  const top: Category[] = [];
  const subs: Category[] = [];
  for (const c of CATEGORIES) {
    const id = writer.id(Category);
    top.push({ id, name: c.name, parentId: null });
    categoryIds.set(c.name, id);
    categoryPaths.set(id, [String(id)]);
    categoryParents.set(String(id), null);
    for (const sub of c.children) {
      const subId = writer.id(Category);
      subs.push({ id: subId, name: sub.name, parentId: id });
      categoryIds.set(sub.name, subId);
      categoryPaths.set(subId, [String(subId), String(id)]);
      categoryParents.set(String(subId), String(id));
    }
  }
  await writer.insert(Category, top);
  await writer.insert(Category, subs);

  const created = daysAfter(ctx.now, -240);
  const products: SeededProduct[] = [];
  const rows: Product[] = [];
  const units: ProductUnit[] = [];
  const groups: ProductAccessGroup[] = [];
  for (const spec of generateProducts(ctx.scale)) {
    const categoryId = categoryIds.get(spec.category);
    if (categoryId === undefined) throw new Error(`Unknown category ${spec.category}`);
    const row: Product = {
      id: writer.id(Product),
      sku: spec.sku,
      name: spec.name,
      description: spec.description,
      categoryId,
      baseUnitId: unitId(reference, spec.baseUnit),
      listPrice: spec.listPrice,
      cost: spec.cost,
      minimumOrderQuantity: spec.minimumOrderQuantity,
      orderMultiple: spec.orderMultiple,
      published: spec.published,
      lowStockThreshold: spec.lowStockThreshold,
      availabilityPolicy: AvailabilityPolicy[spec.availabilityPolicy],
      restockDate: spec.restockInDays === null ? null : isoDate(daysAfter(ctx.now, spec.restockInDays)),
      leadTimeDays: spec.leadTimeDays,
      taxClass: spec.taxClass,
      createdAt: created,
      updatedAt: created,
    };
    rows.push(row);
    const productUnits = spec.units.map((u) => ({
      unitId: unitId(reference, u.symbol),
      symbol: u.symbol,
      factor: u.factor,
      isDefault: u.isDefault,
    }));
    for (const u of productUnits) {
      units.push({
        id: writer.id(ProductUnit),
        productId: row.id,
        unitId: u.unitId,
        factor: u.factor,
        isDefault: u.isDefault,
      });
    }
    for (const code of spec.accessGroups) {
      groups.push({
        id: writer.id(ProductAccessGroup),
        productId: row.id,
        accessGroupId: reference.accessGroupIds.get(code) as number,
      });
    }
    // As the gateway's PricingService.pricingInput builds it from the product row.
    products.push({
      row,
      spec,
      units: productUnits,
      pricing: {
        productId: String(row.id),
        categoryPath: categoryPaths.get(categoryId) ?? [],
        listPrice: row.listPrice,
        cost: row.cost,
        baseUnitSymbol: spec.baseUnit,
      },
    });
  }
  await writer.insert(Product, rows);
  await writer.insert(ProductUnit, units);
  await writer.insert(ProductAccessGroup, groups);
  return {
    categoryIds,
    categoryParents,
    products,
    productsBySku: new Map(products.map((p) => [p.spec.sku, p])),
  };
}
