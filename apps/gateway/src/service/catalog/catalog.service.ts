import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  AvailabilityPolicy,
  Permission,
  availabilitySummary,
  compareDecimals,
  normalizeUnitSet,
  toDecimalString,
  type AvailabilitySummary,
} from '@portal/domain';
import { pageRequest, toConnection, type Connection, type PageRequest } from '../../common/connection';
import { idOfType } from '../../common/node-id';
import type { RequestContext } from '../../context';
import {
  AccessGroup,
  Category,
  Company,
  Document,
  Pricelist,
  Product,
  ProductAccessGroup,
  ProductPriceIndex,
  ProductUnit,
  UnitOfMeasure,
} from '../../entity';
import type { NodeService } from '../node.service';
import { availableSql, availableStockOf } from '../inventory/stock-ledger';
import type { PriceSortPlan } from './price-index/price-sort-plan';
import { filterBySearch, orderByRelevance, searchTerms } from './product-search';

/** A unit a product is sold in (the base unit included, factor 1). */
export interface SellableUnit {
  unit: UnitOfMeasure;
  /** Base units in one of this unit, exact decimal string. */
  factor: string;
  isDefault: boolean;
}

export interface ProductQuery {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  /** Numeric id; the category and all its sub-categories. Unknown ids match nothing. */
  categoryId?: number | null;
  /** Set but not a category id (malformed global id): matches nothing. */
  categoryUnknown?: boolean;
  skus?: string[] | null;
  inStockOnly?: boolean | null;
  sort?: { key: 'NAME' | 'SKU' | 'PRICE' | 'RELEVANCE'; descending?: boolean | null } | null;
}

export interface FindOptions {
  /**
   * Also return products hidden only because they are out of stock under
   * HIDE_WHEN_OUT_OF_STOCK (so an order path can say NOT_AVAILABLE rather than NOT_IN_CATALOG).
   */
  includeOutOfStock?: boolean;
}

/** Who the catalog is shown to: a customer company, or staff (all companies' products). */
type CatalogScope = { kind: 'company'; companyId: number } | { kind: 'staff'; includeUnpublished: boolean };

/** Statuses that count as "in stock" for the inStockOnly filter: stock on hand above zero. */
const HIDDEN_WHEN_OUT_OF_STOCK = AvailabilityPolicy.HIDE_WHEN_OUT_OF_STOCK;

/**
 * The catalog as a viewer's company may see it. Visibility: published, and either in no
 * access group or in one the company belongs to; products whose policy hides them when out of
 * stock are left out for customers. Staff see every product; unpublished ones with
 * CATALOG_MANAGE. A product outside the scope behaves exactly like a missing one.
 */
export class CatalogService {
  // ------------------------------------------------------------ reference data, once per request

  /** Every category, by id (the tree is small; one statement per request). */
  categoriesById(ctx: RequestContext): Promise<Map<number, Category>> {
    return ctx.memo('catalog:categories', async () => {
      const rows = await ctx.db.getRepository(Category).find({ order: { name: 'ASC', id: 'ASC' } });
      for (const row of rows) ctx.loaders.prime(Category, row);
      return new Map(rows.map((c) => [c.id, c]));
    });
  }

  /** Every unit of measure, by id (one statement per request). */
  unitsById(ctx: RequestContext): Promise<Map<number, UnitOfMeasure>> {
    return ctx.memo('catalog:units', async () => {
      const rows = await ctx.db
        .getRepository(UnitOfMeasure)
        .find({ order: { category: 'ASC', ratio: 'ASC', id: 'ASC' } });
      return new Map(rows.map((u) => [u.id, u]));
    });
  }

  /** Forgets this request's cached catalog data (after a mutation changed it). */
  forget(ctx: RequestContext): void {
    ctx.forget('catalog:');
    ctx.loaders.clear(Category);
    ctx.loaders.clear(Product);
  }

  async listCategories(ctx: RequestContext): Promise<Category[]> {
    return [...(await this.categoriesById(ctx)).values()];
  }

  async listUnits(ctx: RequestContext): Promise<UnitOfMeasure[]> {
    return [...(await this.unitsById(ctx)).values()];
  }

  async category(ctx: RequestContext, id: number | null): Promise<Category | null> {
    return id === null ? null : ((await this.categoriesById(ctx)).get(id) ?? null);
  }

  async unit(ctx: RequestContext, id: number): Promise<UnitOfMeasure | null> {
    return (await this.unitsById(ctx)).get(id) ?? null;
  }

  /** The category's id, then its parent's, up to the root (empty for null). Cycles are cut. */
  async categoryPath(ctx: RequestContext, categoryId: number | null): Promise<number[]> {
    const byId = await this.categoriesById(ctx);
    const path: number[] = [];
    for (let id = categoryId; id !== null && byId.has(id) && !path.includes(id); id = byId.get(id)!.parentId)
      path.push(id);
    return path;
  }

  /** The category and every category below it. */
  async categoryWithDescendants(ctx: RequestContext, categoryId: number): Promise<number[]> {
    const byId = await this.categoriesById(ctx);
    if (!byId.has(categoryId)) return [];
    const result = new Set([categoryId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const c of byId.values()) {
        if (c.parentId !== null && result.has(c.parentId) && !result.has(c.id)) {
          result.add(c.id);
          grew = true;
        }
      }
    }
    return [...result];
  }

  // ------------------------------------------------------------ visibility

  /** The catalog scope of a company (null: staff). A customer can only ever get its own company. */
  private scopeOf(ctx: RequestContext, companyId: number | null): CatalogScope {
    const viewer = ctx.viewer;
    if (viewer && !viewer.isStaff) {
      if (viewer.companyId === null) throw new Error('A portal user without a company reached the catalog');
      if (companyId !== viewer.companyId)
        throw new Error("Catalog asked for another company than the viewer's");
      return { kind: 'company', companyId };
    }
    if (companyId !== null) return { kind: 'company', companyId };
    return { kind: 'staff', includeUnpublished: viewer?.can(Permission.CATALOG_MANAGE) ?? false };
  }

  /**
   * The catalog scope of the company an order is for: as scopeOf, and also a subsidiary of the
   * viewer's company (a parent company's admin acting on its subsidiaries' orders sees what the
   * subsidiary sees, never more).
   */
  private async orderScopeOf(ctx: RequestContext, companyId: number | null): Promise<CatalogScope> {
    const viewer = ctx.viewer;
    if (viewer && !viewer.isStaff && companyId !== null && companyId !== viewer.companyId) {
      const company = await ctx.loaders.load(Company, companyId);
      if (company && viewer.companyId !== null && company.parentId === viewer.companyId)
        return { kind: 'company', companyId };
    }
    return this.scopeOf(ctx, companyId);
  }

  /** The viewer's own scope: their company, or staff. */
  viewerCompanyId(ctx: RequestContext): number | null {
    const viewer = ctx.requireViewer();
    return viewer.isStaff ? null : viewer.companyId;
  }

  private visibleQuery(
    ctx: RequestContext,
    scope: CatalogScope,
    options: FindOptions = {},
    db: EntityManager = ctx.db,
  ): SelectQueryBuilder<Product> {
    const query = db.getRepository(Product).createQueryBuilder('p');
    if (scope.kind === 'staff') {
      if (!scope.includeUnpublished) query.andWhere('p.published = :published', { published: true });
      return query;
    }
    query.andWhere('p.published = :published', { published: true });
    const anyGroup = query
      .subQuery()
      .select('1')
      .from(ProductAccessGroup, 'pag')
      .where('pag.productId = p.id')
      .getQuery();
    const sharedGroup = query
      .subQuery()
      .select('1')
      .from(ProductAccessGroup, 'spag')
      .innerJoin('company_access_group', 'cag', 'cag.accessGroupId = spag.accessGroupId')
      .where('spag.productId = p.id')
      // The company's own access groups, else its parent's (the domain's inheritedList).
      .andWhere(
        `cag.companyId = CASE WHEN EXISTS (SELECT 1 FROM company_access_group own_cag WHERE own_cag.companyId = :scopeCompanyId)
          THEN :scopeCompanyId ELSE (SELECT pc.parentId FROM company pc WHERE pc.id = :scopeCompanyId) END`,
      )
      .getQuery();
    query.andWhere(`(NOT EXISTS ${anyGroup} OR EXISTS ${sharedGroup})`, { scopeCompanyId: scope.companyId });
    if (!options.includeOutOfStock) {
      // availabilitySummary(): HIDE_WHEN_OUT_OF_STOCK with no free stock is not visible.
      query.andWhere(`NOT (p.availabilityPolicy = :hidePolicy AND ${availableSql('p')} <= 0)`, {
        hidePolicy: HIDDEN_WHEN_OUT_OF_STOCK,
      });
    }
    return query;
  }

  /**
   * A product this company may see and order (null: staff). Foreign, unpublished and
   * invisible ids behave like missing ones.
   */
  async findVisible(
    ctx: RequestContext,
    companyId: number | null,
    by: { id?: number | null; sku?: string | null },
    options: FindOptions = {},
  ): Promise<Product | null> {
    if ((by.id === undefined || by.id === null) && !by.sku) return null;
    const [product] = await this.findVisibleMany(
      ctx,
      companyId,
      by.id !== undefined && by.id !== null ? { ids: [by.id] } : { skus: [by.sku!] },
      options,
    );
    if (!product) return null;
    if (by.sku && product.sku !== by.sku) return null;
    return product;
  }

  /** `product(id, sku)` for the viewer: global ids of another type, or malformed, match nothing. */
  async findVisibleByGlobalId(
    ctx: RequestContext,
    by: { id?: string | null; sku?: string | null },
  ): Promise<Product | null> {
    const companyId = this.viewerCompanyId(ctx);
    if (by.id !== null && by.id !== undefined) {
      const id = idOfType(by.id, 'Product');
      if (id === null) return null;
      const product = await this.findVisible(ctx, companyId, { id });
      return product && (!by.sku || product.sku === by.sku) ? product : null;
    }
    return by.sku ? this.findVisible(ctx, companyId, { sku: by.sku }) : null;
  }

  /** Batched: every visible product among these ids or SKUs, in one statement (order not kept). */
  async findVisibleMany(
    ctx: RequestContext,
    companyId: number | null,
    by: { ids?: number[]; skus?: string[] },
    options: FindOptions = {},
  ): Promise<Product[]> {
    const ids = [...new Set(by.ids ?? [])];
    const skus = [...new Set((by.skus ?? []).map((s) => s.trim()).filter((s) => s.length > 0))];
    if (ids.length === 0 && skus.length === 0) return [];
    const query = this.visibleQuery(ctx, await this.orderScopeOf(ctx, companyId), options);
    query.andWhere(
      new Brackets((qb) => {
        if (ids.length) qb.orWhere('p.id IN (:...findIds)', { findIds: ids });
        if (skus.length) qb.orWhere('p.sku IN (:...findSkus)', { findSkus: skus });
      }),
    );
    const products = await query.getMany();
    for (const p of products) ctx.loaders.prime(Product, p);
    return products;
  }

  // ------------------------------------------------------------ listing

  /**
   * The `products` connection: filtered, sorted and paginated within the viewer's scope. NAME,
   * SKU and PRICE sort and page in SQL; PRICE by the figure the viewer may see (`priceSort`,
   * see PriceSortPlan: list prices, or the contract prices of the company's pricelist from its
   * price index), exactly in memory while that index is missing or stale. Search and RELEVANCE
   * use the database's full-text index (product-search.ts).
   */
  async listProducts(
    ctx: RequestContext,
    companyId: number | null,
    args: ProductQuery,
    priceSort: () => Promise<PriceSortPlan>,
  ): Promise<Connection<Product>> {
    const page = pageRequest(args.first, args.after);
    // A catalog page may read the replica (DATABASE_READ_URL); checks before a write never do.
    const query = this.visibleQuery(ctx, this.scopeOf(ctx, companyId), {}, ctx.readDb);
    const empty = () => toConnection<Product>([], 0, page);

    const terms = searchTerms(args.search);
    filterBySearch(query, terms);
    if (args.categoryUnknown) return empty();
    if (args.categoryId !== undefined && args.categoryId !== null) {
      const ids = await this.categoryWithDescendants(ctx, args.categoryId);
      if (ids.length === 0) return empty();
      query.andWhere('p.categoryId IN (:...categoryIds)', { categoryIds: ids });
    }
    if (args.skus) {
      const skus = [...new Set(args.skus.map((s) => s.trim()).filter(Boolean))];
      if (skus.length === 0) return empty();
      query.andWhere('p.sku IN (:...filterSkus)', { filterSkus: skus });
    }
    if (args.inStockOnly) query.andWhere(`${availableSql('p')} > 0`);

    const key = args.sort?.key ?? (terms.length ? 'RELEVANCE' : 'NAME');
    const descending = args.sort?.descending ?? false;
    const direction = descending ? 'DESC' : 'ASC';
    if (key === 'PRICE') {
      const plan = await priceSort();
      // The index is missing or stale: the exact sort of today, in memory, for this request.
      if (plan.source === 'IN_MEMORY') return this.sortInMemory(ctx, query, page, descending, plan.pricesOf);
      orderByPrice(query, plan, direction);
    } else if (key === 'NAME' || key === 'SKU' || (key === 'RELEVANCE' && terms.length === 0)) {
      const column = key === 'SKU' ? 'p.sku' : 'p.name';
      query.orderBy(column, direction).addOrderBy('p.id', direction);
    } else {
      orderByRelevance(query, terms, descending);
    }
    // offset/limit, not skip/take: each join (price index, search rank) is one row per product.
    const [products, total] = await Promise.all([
      query.clone().offset(page.offset).limit(page.limit).getMany(),
      query.clone().orderBy().getCount(),
    ]);
    for (const p of products) ctx.loaders.prime(Product, p);
    return toConnection(products, total, page);
  }

  /** The exact PRICE sort of the whole filtered set, while the viewer's price index is not fresh. */
  private async sortInMemory(
    ctx: RequestContext,
    query: SelectQueryBuilder<Product>,
    page: PageRequest,
    descending: boolean,
    priceOf: (products: Product[]) => Promise<Map<number, string>>,
  ): Promise<Connection<Product>> {
    const all = await query.getMany();
    const prices = await priceOf(all);
    const sorted = [...all].sort((a, b) => {
      const pa = prices.get(a.id);
      const pb = prices.get(b.id);
      // Products on request (no price) come last, in either direction.
      if (pa === undefined || pb === undefined)
        return (
          (pa === undefined ? 1 : 0) - (pb === undefined ? 1 : 0) ||
          a.name.localeCompare(b.name) ||
          a.id - b.id
        );
      const byPrice = compareDecimals(pa, pb);
      const result = byPrice !== 0 ? byPrice : a.name.localeCompare(b.name) || a.id - b.id;
      return descending ? -result : result;
    });
    const slice = sorted.slice(page.offset, page.offset + page.limit);
    for (const p of slice) ctx.loaders.prime(Product, p);
    return toConnection(slice, all.length, page);
  }

  // ------------------------------------------------------------ product details

  /** Sellable units with factors (base unit included, factor 1; exactly one is the default). */
  unitsOf(ctx: RequestContext, product: Product | number): Promise<SellableUnit[]> {
    // Asked for up to three times per product in a catalog page (units, price, priceBreaks);
    // inside a transaction always read afresh (it may have changed them).
    if (ctx.inTransaction) return this.sellableUnits(ctx, product);
    const id = typeof product === 'number' ? product : product.id;
    return ctx.memo(`catalog:units-of:${id}`, () => this.sellableUnits(ctx, product));
  }

  private async sellableUnits(ctx: RequestContext, product: Product | number): Promise<SellableUnit[]> {
    const entity = typeof product === 'number' ? await ctx.loaders.load(Product, product) : product;
    if (!entity) return [];
    const [rows, units] = await Promise.all([
      ctx.loaders.children(ProductUnit, 'productId', entity.id),
      this.unitsById(ctx),
    ]);
    const base = units.get(entity.baseUnitId);
    const entries: SellableUnit[] = [];
    for (const row of rows) {
      const unit = units.get(row.unitId);
      if (unit) entries.push({ unit, factor: toDecimalString(row.factor), isDefault: row.isDefault });
    }
    return base ? normalizeUnitSet(entries, base, (u) => u.id) : entries;
  }

  /** What buyers see about stock (net of reservations), from the domain's availability rules. */
  async availabilityOf(ctx: RequestContext, product: Product): Promise<AvailabilitySummary> {
    return availabilitySummary(
      {
        policy: product.availabilityPolicy,
        stockOnHand: await availableStockOf(ctx, product.id),
        restockDate: product.restockDate,
        leadTimeDays: product.leadTimeDays,
      },
      { lowStockThreshold: product.lowStockThreshold },
    );
  }

  /** Access group codes of a product (staff field). */
  async accessGroupsOf(ctx: RequestContext, productId: number): Promise<string[]> {
    const links = await ctx.loaders.children(ProductAccessGroup, 'productId', productId);
    const groups = await ctx.loaders.loadMany(
      AccessGroup,
      links.map((l) => l.accessGroupId),
    );
    return groups
      .filter((g): g is AccessGroup => g !== null)
      .map((g) => g.code)
      .sort();
  }

  /** Documents of a product: public ones, and the viewer's own company's. */
  async documentsOf(ctx: RequestContext, productId: number): Promise<Document[]> {
    const viewer = ctx.requireViewer();
    const docs = await ctx.loaders.children(Document, 'productId', productId);
    return docs.filter(
      (d) =>
        d.orderId === null &&
        d.invoiceId === null &&
        (d.companyId === null || viewer.isStaff || d.companyId === viewer.companyId),
    );
  }
}

/**
 * Orders by the viewer's price in SQL. Products on request (an index row with onRequest, or
 * every product for a viewer who sees no price) come last in both directions, by name; ties in
 * price by name then id, in the asked direction (as the exact in-memory sort does).
 */
function orderByPrice(
  query: SelectQueryBuilder<Product>,
  plan: Exclude<PriceSortPlan, { source: 'IN_MEMORY' }>,
  direction: 'ASC' | 'DESC',
): void {
  if (plan.source === 'NO_PRICE') {
    query.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
    return;
  }
  if (plan.source === 'LIST_PRICE') {
    query.orderBy('p.listPrice', direction).addOrderBy('p.name', direction).addOrderBy('p.id', direction);
    return;
  }
  // Sparse index: no row means the list price (see ProductPriceIndex).
  query.leftJoin(ProductPriceIndex, 'ppi', 'ppi.pricelistId = :sortPricelistId AND ppi.productId = p.id', {
    sortPricelistId: plan.pricelistId,
  });
  const onRequest = 'COALESCE(ppi.onRequest, 0)';
  query
    .orderBy(onRequest, 'ASC')
    .addOrderBy(
      `CASE WHEN ${onRequest} = 1 THEN NULL ELSE COALESCE(ppi.sortPrice, p.listPrice) END`,
      direction,
    )
    .addOrderBy(`CASE WHEN ${onRequest} = 1 THEN p.name END`, 'ASC')
    .addOrderBy(`CASE WHEN ${onRequest} = 1 THEN p.id END`, 'ASC')
    .addOrderBy('p.name', direction)
    .addOrderBy('p.id', direction);
}

/** Makes catalog types reachable through `node(id)`, within what the viewer may see. */
export function registerCatalogNodes(nodes: NodeService, catalog: CatalogService): void {
  nodes.register('Product', (ctx, id) => catalog.findVisible(ctx, catalog.viewerCompanyId(ctx), { id }));
  nodes.register('Category', (ctx, id) => catalog.category(ctx, id));
  nodes.register('UnitOfMeasure', (ctx, id) => catalog.unit(ctx, id));
  nodes.register('Pricelist', async (ctx, id) => {
    const viewer = ctx.requireViewer();
    if (viewer.can(Permission.PRICING_MANAGE)) return ctx.loaders.load(Pricelist, id);
    const company = viewer.companyId === null ? null : await ctx.loaders.load(Company, viewer.companyId);
    return company?.pricelistId === id ? ctx.loaders.load(Pricelist, id) : null;
  });
}
