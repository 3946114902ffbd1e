import { IsNull, LessThan } from 'typeorm';
import {
  MissingCostError,
  createPricingEngine,
  dec,
  toDecimalString,
  type Pricelist as DomainPricelist,
  type PricingEngine,
  type ProductPricingInput,
} from '@portal/domain';
import type { PortalRuntime, RequestContext } from '../../../context';
import { engineOf } from '../../../db/data-source';
import { runInTransaction } from '../../../db/transactions';
import { PriceIndexState, Pricelist, PricelistRule, Product, ProductPriceIndex } from '../../../entity';
import { systemContext } from '../../../outbox/system-context';
import { toDomainPricelist, type PricingService } from '../pricing.service';
import { isFresh, validityWindow } from './price-index-state';

/** Rows per INSERT statement (4 parameters each: far below either engine's limit). */
const INSERT_BATCH = 500;
/** How long a process may take to build one pricelist's index before another may try. */
const LEASE_MS = 10 * 60_000;
/** Decimals of the stored sort price (decimal(30,10)). */
const SORT_PRICE_SCALE = 10;
/** Significant digits SQLite stores exactly (its decimals are REALs; see entity/columns.ts). */
const SQLITE_SIGNIFICANT_DIGITS = 15;

/**
 * A product's index row under a pricelist: the price of one base unit at quantity 1, as
 * `Product.price` shows a buyer before they choose a quantity (the figure the exact sort uses),
 * or on request; and whether that is its list price (a sparse index leaves such products out).
 */
export function indexRowOf(
  engine: PricingEngine,
  pricelistId: number,
  product: Pick<Product, 'id' | 'listPrice'>,
  input: ProductPricingInput,
  today: string,
  sqlite: boolean,
): { row: ProductPriceIndex; atListPrice: boolean } {
  try {
    const unitPrice = engine.price({
      pricelistId: String(pricelistId),
      product: input,
      quantity: '1',
      date: today,
    }).unitPrice;
    const sortPrice = toDecimalString(
      sqlite ? unitPrice.toSignificantDigits(SQLITE_SIGNIFICANT_DIGITS) : unitPrice,
      SORT_PRICE_SCALE,
    );
    return {
      row: { pricelistId, productId: product.id, sortPrice, onRequest: false },
      atListPrice: unitPrice.eq(dec(product.listPrice)),
    };
  } catch (error) {
    if (!(error instanceof MissingCostError)) throw error;
    // On request: sorts last.
    return {
      row: { pricelistId, productId: product.id, sortPrice: null, onRequest: true },
      atListPrice: false,
    };
  }
}

/** Everything a build reads, loaded once for any number of pricelists. */
interface BuildInputs {
  today: string;
  products: { product: Product; input: ProductPricingInput }[];
  pricelists: Map<number, Pricelist>;
  rulesByPricelist: Map<number, PricelistRule[]>;
}

/** A build whose version was overtaken by a newer build already committed. */
class SupersededBuild extends Error {}

/**
 * Computes `product_price_index` with the domain's pricing engine — the same engine, inputs
 * (PricingService.pricingInput) and date as a request — for every pricelist whose index is
 * missing or stale. Runs in the background only (the scheduled job `refresh-price-indexes`, the
 * gateway's and worker's start, the `rebuild-price-index` CLI), never in a request.
 *
 * Several processes: a pricelist is built by the process that claims its state row's lease
 * (compare-and-set on `leaseUntil`); the rows and the state are replaced in one transaction,
 * and the state's `builtVersion` is only ever moved forward, so a slow build of an older version
 * never overwrites a newer one.
 */
export class PriceIndexBuilder {
  constructor(
    private readonly runtime: PortalRuntime,
    private readonly pricing: PricingService,
  ) {}

  /** Builds every missing or stale index (for the runtime's business date); answers the ids built. */
  async refreshStale(): Promise<number[]> {
    await this.ensureStateRows();
    const today = this.runtime.clock.today();
    // Versions are read before the inputs: whatever the inputs show is at least that version.
    const states = await this.runtime.dataSource.getRepository(PriceIndexState).find();
    const stale = states.filter((s) => !isFresh(s, today));
    if (stale.length === 0) return [];
    const ctx = systemContext(this.runtime);
    const inputs = await this.loadInputs(ctx, today);
    const built: number[] = [];
    for (const state of stale) {
      if (!inputs.pricelists.has(state.pricelistId)) continue; // deleted since
      // Another process may be on it, or have built it since the list was read. The build is of
      // the version read before the inputs (`state`), whatever the row says now.
      if (!(await this.claim(state.pricelistId, today))) continue;
      try {
        if (await this.write(state, inputs)) built.push(state.pricelistId);
      } catch (error) {
        // The lease stays until it ends, so a pricelist that cannot be priced (a cycle, an
        // unknown base) is retried then, not in a loop; requests sort it exactly meanwhile.
        console.error(`[price-index] pricelist ${state.pricelistId} failed:`, error);
      }
    }
    return built;
  }

  /** A state row for every pricelist (version 0, never built): new pricelists become "missing". */
  private async ensureStateRows(): Promise<void> {
    const ds = this.runtime.dataSource;
    const missing: { id: number }[] = await ds
      .getRepository(Pricelist)
      .createQueryBuilder('pl')
      .select('pl.id', 'id')
      .where('NOT EXISTS (SELECT 1 FROM price_index_state s WHERE s.pricelistId = pl.id)')
      .getRawMany();
    if (missing.length === 0) return;
    await ds
      .getRepository(PriceIndexState)
      .createQueryBuilder()
      .insert()
      .values(
        missing.map((row) => ({
          pricelistId: Number(row.id),
          requestedVersion: 0,
          builtVersion: null,
          validFrom: null,
          validUntil: null,
          leaseUntil: null,
          builtAt: null,
        })),
      )
      .orIgnore()
      .execute();
  }

  private async loadInputs(ctx: RequestContext, today: string): Promise<BuildInputs> {
    const [products, pricelists, rules] = await Promise.all([
      ctx.db.getRepository(Product).find({
        select: { id: true, listPrice: true, cost: true, categoryId: true, baseUnitId: true },
        order: { id: 'ASC' },
      }),
      ctx.db.getRepository(Pricelist).find(),
      ctx.db.getRepository(PricelistRule).find({ order: { pricelistId: 'ASC', position: 'ASC', id: 'ASC' } }),
    ]);
    const rulesByPricelist = new Map<number, PricelistRule[]>();
    for (const rule of rules) {
      const list = rulesByPricelist.get(rule.pricelistId);
      if (list) list.push(rule);
      else rulesByPricelist.set(rule.pricelistId, [rule]);
    }
    const inputs = await this.pricing.pricingInputs(ctx, products);
    const priced: BuildInputs['products'] = products.map((product, i) => ({ product, input: inputs[i]! }));
    return {
      today,
      products: priced,
      pricelists: new Map(pricelists.map((p) => [p.id, p])),
      rulesByPricelist,
    };
  }

  /**
   * Takes the build lease of a pricelist if it is free or expired (one UPDATE wins); false when
   * another process holds it, or has built it since the caller read it (the lease is given
   * back). Leases run on real time (rateClock), not on the business clock: a lease left by a
   * killed process must end even when PORTAL_NOW stands still.
   */
  private async claim(pricelistId: number, today: string): Promise<boolean> {
    const repo = this.runtime.dataSource.getRepository(PriceIndexState);
    const now = new Date(this.runtime.rateClock());
    const leaseUntil = new Date(now.getTime() + LEASE_MS);
    const free = await repo.update({ pricelistId, leaseUntil: IsNull() }, { leaseUntil });
    const claimed =
      Boolean(free.affected) ||
      Boolean((await repo.update({ pricelistId, leaseUntil: LessThan(now) }, { leaseUntil })).affected);
    if (!claimed) return false;
    if (!isFresh(await repo.findOneBy({ pricelistId }), today)) return true;
    await repo.update({ pricelistId, leaseUntil }, { leaseUntil: null });
    return false;
  }

  /** Prices every product under the pricelist and replaces its rows and state; false if superseded. */
  private async write(state: PriceIndexState, inputs: BuildInputs): Promise<boolean> {
    const { pricelistId } = state;
    const chain = this.chainOf(pricelistId, inputs);
    const engine = createPricingEngine(chain.map((c) => c.domain));
    const sqlite = engineOf(this.runtime.dataSource) === 'sqlite';
    const rows: ProductPriceIndex[] = [];
    const atListPrice: ProductPriceIndex[] = [];
    for (const { product, input } of inputs.products) {
      const row = indexRowOf(engine, pricelistId, product, input, inputs.today, sqlite);
      (row.atListPrice ? atListPrice : rows).push(row.row);
    }
    // Dense when the pricelist reprices most products (a discount on everything, say).
    const dense = rows.length > atListPrice.length;
    if (dense) rows.push(...atListPrice);
    const window = validityWindow(
      chain.flatMap((c) => c.rules),
      inputs.today,
    );
    try {
      await runInTransaction(this.runtime.dataSource, async (em) => {
        await em.getRepository(ProductPriceIndex).delete({ pricelistId });
        for (let i = 0; i < rows.length; i += INSERT_BATCH)
          await em.getRepository(ProductPriceIndex).insert(rows.slice(i, i + INSERT_BATCH));
        const moved = await em
          .getRepository(PriceIndexState)
          .createQueryBuilder()
          .update()
          .set({
            builtVersion: state.requestedVersion,
            validFrom: window.validFrom,
            validUntil: window.validUntil,
            leaseUntil: null,
            builtAt: this.runtime.clock.now(),
            dense,
          })
          .where('pricelistId = :pricelistId', { pricelistId })
          .andWhere('(builtVersion IS NULL OR builtVersion <= :version)', { version: state.requestedVersion })
          .execute();
        if (!moved.affected) throw new SupersededBuild();
      });
    } catch (error) {
      if (error instanceof SupersededBuild) return false;
      throw error;
    }
    return true;
  }

  /** The pricelist and every pricelist its FORMULA rules are based on, directly or not. */
  private chainOf(
    pricelistId: number,
    inputs: BuildInputs,
  ): { domain: DomainPricelist; rules: PricelistRule[] }[] {
    const result: { domain: DomainPricelist; rules: PricelistRule[] }[] = [];
    const seen = new Set<number>();
    const pending = [pricelistId];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const entity = inputs.pricelists.get(id);
      if (!entity) continue; // the engine reports the unknown base
      const rules = inputs.rulesByPricelist.get(id) ?? [];
      result.push({ domain: toDomainPricelist(entity, rules), rules });
      for (const rule of rules) if (rule.basePricelistId !== null) pending.push(rule.basePricelistId);
    }
    return result;
  }
}

/**
 * Builds the missing and stale indexes in the background (a gateway's or worker's start): the
 * promise never rejects, a failure is logged and the scheduled job tries again.
 */
export function buildPriceIndexesInBackground(
  runtime: PortalRuntime,
  pricing: PricingService,
): Promise<void> {
  return new PriceIndexBuilder(runtime, pricing)
    .refreshStale()
    .then((built) => {
      if (built.length > 0) console.log(`[price-index] built ${built.length} pricelist index(es)`);
    })
    .catch((error: unknown) => console.error('[price-index] start-up build failed:', error));
}
