import { Brackets, In, IsNull } from 'typeorm';
import type { RequestContext } from '../../context';
import { Pricelist, PricelistRule, Product } from '../../entity';
import type { CatalogService } from './catalog.service';

/** What a cost-based rule needs to be matched against products. */
export type CostRuleShape = Pick<
  PricelistRule,
  'computation' | 'base' | 'scope' | 'categoryId' | 'productId' | 'validTo'
>;

/** A FORMULA over the seller's cost: it cannot price a product that has no cost. */
export function isCostBased(rule: Pick<PricelistRule, 'computation' | 'base'>): boolean {
  return rule.computation === 'FORMULA' && rule.base === 'COST';
}

/**
 * Cost-based pricelist rules and the products they reach. A product without a cost under such a
 * rule cannot be priced: its save is refused while a rule applies (today or later), and the
 * pricelist editor is warned about products a new rule reaches.
 */
export class CostRuleService {
  constructor(private readonly catalog: CatalogService) {}

  /** A stored cost-based rule that applies (today or later) to a product in this category, or null. */
  async ruleReaching(
    tx: RequestContext,
    product: { id: number | null; categoryId: number | null },
  ): Promise<{ rule: PricelistRule; pricelist: Pricelist | null } | null> {
    const path = await this.catalog.categoryPath(tx, product.categoryId);
    const query = tx.db
      .getRepository(PricelistRule)
      .createQueryBuilder('r')
      .where('r.computation = :formula AND r.base = :cost', { formula: 'FORMULA', cost: 'COST' })
      .andWhere(new Brackets((qb) => qb.where('r.validTo IS NULL').orWhere('r.validTo >= :today')))
      .setParameter('today', tx.clock.today())
      .andWhere(
        new Brackets((qb) => {
          qb.where('r.scope = :all', { all: 'ALL_PRODUCTS' });
          if (path.length)
            qb.orWhere('(r.scope = :category AND r.categoryId IN (:...path))', {
              category: 'CATEGORY',
              path,
            });
          if (product.id !== null)
            qb.orWhere('(r.scope = :product AND r.productId = :productId)', {
              product: 'PRODUCT',
              productId: product.id,
            });
        }),
      )
      .orderBy('r.id', 'ASC');
    const rule = await query.getOne();
    if (!rule) return null;
    return { rule, pricelist: await tx.db.getRepository(Pricelist).findOneBy({ id: rule.pricelistId }) };
  }

  /** SKUs of products without a cost that these rules price from cost (today or later). */
  async productsWithoutCostUnder(tx: RequestContext, rules: readonly CostRuleShape[]): Promise<string[]> {
    const today = tx.clock.today();
    const live = rules.filter((r) => isCostBased(r) && (r.validTo === null || r.validTo >= today));
    if (live.length === 0) return [];
    const repo = tx.db.getRepository(Product);
    const select = { sku: true } as const;
    if (live.some((r) => r.scope === 'ALL_PRODUCTS'))
      return (await repo.find({ select, where: { cost: IsNull() }, order: { sku: 'ASC' } })).map(
        (p) => p.sku,
      );
    const categoryIds = new Set<number>();
    for (const rule of live)
      if (rule.scope === 'CATEGORY' && rule.categoryId !== null)
        for (const id of await this.catalog.categoryWithDescendants(tx, rule.categoryId)) categoryIds.add(id);
    const productIds = live
      .filter((r) => r.scope === 'PRODUCT' && r.productId !== null)
      .map((r) => r.productId!);
    const found = new Set<string>();
    if (categoryIds.size)
      for (const p of await repo.find({
        select,
        where: { cost: IsNull(), categoryId: In([...categoryIds]) },
      }))
        found.add(p.sku);
    if (productIds.length)
      for (const p of await repo.find({ select, where: { cost: IsNull(), id: In(productIds) } }))
        found.add(p.sku);
    return [...found].sort();
  }
}
