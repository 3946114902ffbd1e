import { Brackets, In } from 'typeorm';
import { createPricingEngine } from '@portal/domain';
import type { RequestContext } from '../../../context';
import { PriceIndexState, Pricelist, PricelistRule, Product, ProductPriceIndex } from '../../../entity';
import { toDomainPricelist, type PricingService } from '../pricing.service';
import { indexRowOf } from './price-index-builder';
import { isFresh } from './price-index-state';

/** Rows per INSERT statement (4 parameters each). */
const INSERT_BATCH = 500;

/**
 * Keeps every price index right when products change (created, or their list price, cost or
 * category changed), in the change's own transaction, instead of marking every pricelist stale
 * (which would send every price-sorted page to the exact in-memory sort of the whole catalog
 * until a rebuild of every pricelist).
 *
 * Fresh indexes get these products' rows recomputed by the domain's engine with only the rules
 * that can price them (every pricelist's ALL_PRODUCTS rules, the rules of their categories and
 * of the products themselves: rules match per product); stale or missing ones stay so, and
 * their next build reads the change.
 *
 * Versions, so that a build running meanwhile never overwrites the patch with older inputs:
 * every state's requestedVersion moves up, and a fresh one's builtVersion with it. A build that
 * read an older version is then refused on write (its builtVersion would not move forward), and
 * a stale index stays stale. The two UPDATEs lock the state rows: product changes that touch
 * prices queue behind each other, never behind a build (which holds no lock while it computes).
 */
export async function reindexProducts(
  tx: RequestContext,
  pricing: PricingService,
  productIds: number[],
): Promise<void> {
  if (!tx.inTransaction) throw new Error('Price indexes are patched in the transaction of their change');
  if (productIds.length === 0) return;
  const states = await bumpVersions(tx);
  const today = tx.clock.today();
  const fresh = states.filter((s) => isFresh(s, today));
  if (fresh.length === 0) return;

  const products = await tx.db.getRepository(Product).findBy({ id: In(productIds) });
  const inputs = await pricing.pricingInputs(tx, products);
  const categoryIds = [...new Set(inputs.flatMap((i) => i.categoryPath.map(Number)))];
  const engine = createPricingEngine(await pricelistsFor(tx, productIds, categoryIds));
  const sqlite = tx.engine === 'sqlite';

  const rows: ProductPriceIndex[] = [];
  for (const state of fresh) {
    products.forEach((product, i) => {
      const { row, atListPrice } = indexRowOf(engine, state.pricelistId, product, inputs[i]!, today, sqlite);
      // A sparse index leaves products at their list price out (see ProductPriceIndex).
      if (state.dense || !atListPrice) rows.push(row);
    });
  }
  const repo = tx.db.getRepository(ProductPriceIndex);
  await repo.delete({
    pricelistId: In(fresh.map((s) => s.pricelistId)),
    productId: In(products.map((p) => p.id)),
  });
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await repo.insert(rows.slice(i, i + INSERT_BATCH));
}

/** Moves every requestedVersion up, and the builtVersion of those that were built from it; the states after. */
async function bumpVersions(tx: RequestContext): Promise<PriceIndexState[]> {
  const repo = tx.db.getRepository(PriceIndexState);
  // Two statements: MySQL evaluates SET left to right with the new values, SQLite with the old.
  await repo
    .createQueryBuilder()
    .update()
    .set({ builtVersion: () => 'builtVersion + 1' })
    .where('builtVersion = requestedVersion')
    .execute();
  await repo
    .createQueryBuilder()
    .update()
    .set({ requestedVersion: () => 'requestedVersion + 1' })
    .execute();
  return repo.find();
}

/**
 * Every pricelist (any may be a base of another), each with only its rules that can price these
 * products: the engine's answer for them is the same as with all the rules.
 */
async function pricelistsFor(tx: RequestContext, productIds: number[], categoryIds: number[]) {
  const [pricelists, rules] = await Promise.all([
    tx.db.getRepository(Pricelist).find(),
    tx.db
      .getRepository(PricelistRule)
      .createQueryBuilder('r')
      .where(
        new Brackets((qb) => {
          qb.where('r.scope = :all', { all: 'ALL_PRODUCTS' }).orWhere(
            'r.scope = :product AND r.productId IN (:...productIds)',
            { product: 'PRODUCT', productIds },
          );
          if (categoryIds.length > 0)
            qb.orWhere('r.scope = :category AND r.categoryId IN (:...categoryIds)', {
              category: 'CATEGORY',
              categoryIds,
            });
        }),
      )
      .getMany(),
  ]);
  const byPricelist = new Map<number, PricelistRule[]>();
  for (const rule of rules) {
    const list = byPricelist.get(rule.pricelistId);
    if (list) list.push(rule);
    else byPricelist.set(rule.pricelistId, [rule]);
  }
  return pricelists.map((p) => toDomainPricelist(p, byPricelist.get(p.id) ?? []));
}
