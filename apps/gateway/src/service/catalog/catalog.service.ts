import { Brackets, In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  AvailabilityPolicy,
  Permission,
  availabilitySummary,
  compareDecimals,
  normalizeUnitSet,
  toDecimalString,
  type AvailabilitySummary,
} from '@portal/domain';
import { pageRequest, type PageRequest } from '../../common/connection';
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
import { decimalTransformer } from '../../entity/columns';
import type { NodeService } from '../node.service';
import { availableSql, availableStockOf } from '../inventory/stock-ledger';
import { cappedCount, cappedResult, type CappedConnection } from '../support/keyset-paging';
import { cappedPage } from '../support/paging';
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
  /** Whether the client selected totalCount (or totalCountIsCapped); if not, nothing is counted. Default true. */
  countWanted?: boolean;
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

/**
 * The catalog counts its matches up to here ("more than 1,000 products"): a count reads every
 * matching product, and past a thousand a buyer narrows the search rather than pages through.
 */
export const PRODUCT_COUNT_CAP = 1000;

/** Statuses that count as "in stock" for the inStockOnly filter: stock on hand above zero. */
const HIDDEN_WHEN_OUT_OF_STOCK = AvailabilityPolicy.HIDE_WHEN_OUT_OF_STOCK;

/**
 * The catalog as a viewer's company may see it. Visibility: published, and either in no
 * access group or in one the company belongs to; products whose policy hides them when out of
 * stock are left out for customers. Staff see every product; unpublished ones with
 * CATALOG_MANAGE. A product outside the scope behaves exactly like a missing one.
 */
export class CatalogService {
  // ------------------------------------------------------------ reference data

  /**
   * Every category, by id, in name order: for the categories list only. A product's category,
   * a category path and a subtree read just the categories they need (a wholesale catalog has
   * thousands; reading and hydrating all of them cost a catalog page more than its products).
   */
  categoriesById(ctx: RequestContext): Promise<Map<number, Category>> {
    return ctx.memo('catalog:categories', async () => {
      const rows = await ctx.db.getRepository(Category).find({ order: { name: 'ASC', id: 'ASC' } });
      for (const row of rows) ctx.loaders.prime(Category, row);
      return new Map(rows.map((c) => [c.id, c]));
    });
  }

  /**
   * A category and its ancestors, nearest first, up to the root (a cycle is cut where it
   * closes; an unknown id: empty). Every category asked for in one tick is read in one
   * statement (categoryAncestrySql), and the categories read are primed for the request.
   */
  private ancestry(ctx: RequestContext, categoryId: number): Promise<Category[]> {
    return ctx.loaders
      .batched<number, Category[]>('catalog:category-ancestry', async (ids) => {
        const byId = new Map<number, Category>();
        for (let i = 0; i < ids.length; i += ANCESTRY_BATCH) {
          const slice = ids.slice(i, i + ANCESTRY_BATCH);
          for (const row of await ctx.db.query<CategoryRow[]>(categoryAncestrySql(slice.length), slice)) {
            const category = Object.assign(new Category(), {
              id: Number(row.id),
              name: row.name,
              parentId: row.parentId === null ? null : Number(row.parentId),
            });
            byId.set(category.id, category);
            ctx.loaders.prime(Category, category);
          }
        }
        return ids.map((id) => chainUp(byId, id));
      })
      .load(categoryId);
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
    return id === null ? null : ((await this.ancestry(ctx, id))[0] ?? null);
  }

  async unit(ctx: RequestContext, id: number): Promise<UnitOfMeasure | null> {
    return (await this.unitsById(ctx)).get(id) ?? null;
  }

  /** The category's id, then its parent's, up to the root (empty for null). Cycles are cut. */
  async categoryPath(ctx: RequestContext, categoryId: number | null): Promise<number[]> {
    return categoryId === null ? [] : (await this.ancestry(ctx, categoryId)).map((c) => c.id);
  }

  /** These categories and all their ancestors, by id (unknown ids left out), in one statement. */
  async categoriesWithAncestors(
    ctx: RequestContext,
    categoryIds: readonly number[],
  ): Promise<Map<number, Category>> {
    const chains = await Promise.all([...new Set(categoryIds)].map((id) => this.ancestry(ctx, id)));
    return new Map(chains.flat().map((c) => [c.id, c]));
  }

  /**
   * Reads the categories of these products, with their ancestors, in one statement, for the
   * request: a list or a loop that then prices them one by one (category rules) or shows their
   * category finds them read, rather than reading one category path per product.
   */
  async preloadCategories(
    ctx: RequestContext,
    products: readonly { categoryId: number | null }[],
  ): Promise<void> {
    await this.categoriesWithAncestors(
      ctx,
      products.flatMap((p) => (p.categoryId === null ? [] : [p.categoryId])),
    );
  }

  /** The category and every category below it (empty for an unknown id), in one statement. */
  async categoryWithDescendants(ctx: RequestContext, categoryId: number): Promise<number[]> {
    const rows = await ctx.db.query<{ id: number | string }[]>(CATEGORY_SUBTREE_SQL, [categoryId]);
    return [...new Set(rows.map((r) => Number(r.id)))];
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
    return restrictToVisible(db.getRepository(Product).createQueryBuilder('p'), scope, options);
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
   * use the database's full-text index (product-search.ts). `totalCount` is counted only when
   * asked for, up to PRODUCT_COUNT_CAP (a count of a 100,000-product catalog reads all of it).
   */
  async listProducts(
    ctx: RequestContext,
    companyId: number | null,
    args: ProductQuery,
    priceSort: () => Promise<PriceSortPlan>,
  ): Promise<CappedConnection<Product>> {
    const page = pageRequest(args.first, args.after);
    const empty = () => cappedPage<Product>([], false, { total: 0, capped: false }, page);
    const scope = this.scopeOf(ctx, companyId);
    const terms = searchTerms(args.search);
    if (args.categoryUnknown) return empty();
    const categoryIds =
      args.categoryId !== undefined && args.categoryId !== null
        ? await this.categoryWithDescendants(ctx, args.categoryId)
        : null;
    if (categoryIds?.length === 0) return empty();
    const skus = args.skus ? [...new Set(args.skus.map((s) => s.trim()).filter(Boolean))] : null;
    if (skus?.length === 0) return empty();
    /** The listing's products (aliased `p` in any query): visible, and matching every filter. */
    const narrow = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> => {
      restrictToVisible(query, scope, {});
      filterBySearch(query, terms);
      if (categoryIds) query.andWhere('p.categoryId IN (:...categoryIds)', { categoryIds });
      if (skus) query.andWhere('p.sku IN (:...filterSkus)', { filterSkus: skus });
      if (args.inStockOnly) query.andWhere(`${availableSql('p')} > 0`);
      return query;
    };
    // A catalog page may read the replica (DATABASE_READ_URL); checks before a write never do.
    const query = narrow(ctx.readDb.getRepository(Product).createQueryBuilder('p'));

    const key = args.sort?.key ?? (terms.length ? 'RELEVANCE' : 'NAME');
    const descending = args.sort?.descending ?? false;
    const countWanted = args.countWanted ?? true;
    // Counted from the filtered set, before any join the sort adds.
    const counting = () =>
      countWanted
        ? cappedCount(query.clone(), PRODUCT_COUNT_CAP)
        : Promise.resolve({ total: 0, capped: false });

    if (key === 'PRICE') {
      const plan = await priceSort();
      // The index is missing or stale: the exact sort of today, in memory, for this request.
      if (plan.source === 'IN_MEMORY') return this.sortInMemory(ctx, query, page, descending, plan.pricesOf);
      if (plan.source === 'PRICE_INDEX') {
        const walk = {
          ...plan,
          narrow,
          // Only visibility (and stock) narrow it: most of the index matches, so the database
          // walks the index in order and stops at the page; a search, category or SKU filter
          // is narrower, and the database starts from it (and sorts what it found).
          walkIndexFirst: terms.length === 0 && !categoryIds && !skus,
        };
        const [slice, count] = await Promise.all([
          this.priceIndexPage(ctx, query, walk, descending, page),
          counting(),
        ]);
        await this.preloadCategories(ctx, slice.products);
        return cappedPage(slice.products, slice.more, count, page);
      }
      orderByPrice(query, plan, descending ? 'DESC' : 'ASC');
    } else if (key === 'NAME' || key === 'SKU' || (key === 'RELEVANCE' && terms.length === 0)) {
      const direction = descending ? 'DESC' : 'ASC';
      query.orderBy(key === 'SKU' ? 'p.sku' : 'p.name', direction).addOrderBy('p.id', direction);
    } else {
      orderByRelevance(query, terms, descending);
    }
    // offset/limit, not skip/take: each join (search rank) is one row per product. One row more
    // than the page says whether another page follows, with or without a count.
    const paged = query
      .clone()
      .offset(page.offset)
      .limit(page.limit + 1);
    let rows: Product[];
    let count: { total: number; capped: boolean };
    if (countWanted && terms.length > 0) {
      // A search is sorted after the database found every match: it counts them in the same
      // statement (COUNT(*) OVER ()) rather than running the search again for a count.
      const { entities, raw } = await paged
        .addSelect('COUNT(*) OVER ()', 'matches')
        .getRawAndEntities<{ matches: number | string }>();
      rows = entities;
      count =
        raw[0] !== undefined
          ? cappedResult(Number(raw[0].matches), PRODUCT_COUNT_CAP)
          : page.offset === 0
            ? { total: 0, capped: false }
            : await counting();
    } else [rows, count] = await Promise.all([paged.getMany(), counting()]);
    const products = rows.slice(0, page.limit);
    for (const p of products) ctx.loaders.prime(Product, p);
    await this.preloadCategories(ctx, products);
    return cappedPage(products, rows.length > page.limit, count, page);
  }

  /**
   * One page of the PRICE sort from a fresh price index (see ProductPriceIndex), reading about
   * a page: the index's rows in (onRequest, sortPrice, productId) order, joined to their visible
   * products, up to the page's end. A sparse index leaves products at their list price without
   * a row: those are read in the listPrice index's order, as far, and the two merged. Ties in
   * price go by id, in the asked direction. Products on request come last in both directions,
   * by name, and are read only when the page reaches them.
   */
  private async priceIndexPage(
    ctx: RequestContext,
    query: SelectQueryBuilder<Product>,
    walk: {
      pricelistId: number;
      dense: boolean;
      walkIndexFirst: boolean;
      narrow: <T extends ObjectLiteral>(q: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;
    },
    descending: boolean,
    page: PageRequest,
  ): Promise<{ products: Product[]; more: boolean }> {
    const end = page.offset + page.limit + 1;
    const direction = descending ? 'DESC' : 'ASC';
    const indexRows = (onRequest: boolean) => {
      const rows = ctx.readDb
        .getRepository(ProductPriceIndex)
        .createQueryBuilder('ppi')
        .innerJoin(Product, 'p', 'p.id = ppi.productId')
        .where('ppi.pricelistId = :sortPricelistId', { sortPricelistId: walk.pricelistId })
        .andWhere('ppi.onRequest = :onRequest', { onRequest });
      return walk.narrow(rows);
    };
    // MySQL/MariaDB: keep the index's table first (its optimizer would sort every product).
    const first = walk.walkIndexFirst && ctx.engine === 'mysql' ? 'STRAIGHT_JOIN ' : '';
    // One select expression: TypeORM would move a column of the main alias before STRAIGHT_JOIN.
    const repriced = indexRows(false)
      .select(`${first}ppi.productId AS id, ppi.sortPrice`, 'price')
      .orderBy('ppi.sortPrice', direction)
      .addOrderBy('ppi.productId', direction)
      .limit(end)
      .getRawMany<RawPrice>();
    const listPriced = walk.dense
      ? Promise.resolve([])
      : query
          .clone()
          .leftJoin(ProductPriceIndex, 'ppi', 'ppi.pricelistId = :sortPricelistId AND ppi.productId = p.id', {
            sortPricelistId: walk.pricelistId,
          })
          .andWhere('ppi.productId IS NULL')
          .select('p.id', 'id')
          .addSelect('p.listPrice', 'price')
          .orderBy('p.listPrice', direction)
          .addOrderBy('p.id', direction)
          .limit(end)
          .getRawMany<RawPrice>();
    const [a, b] = await Promise.all([repriced, listPriced]);
    const ids = mergeByPrice(a.map(sortEntry), b.map(sortEntry), descending).slice(0, end);
    if (ids.length < end) {
      // Every priced product is on this page or before it: the products on request follow.
      const onRequest = await indexRows(true)
        .select('ppi.productId', 'id')
        .orderBy('p.name', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .limit(end - ids.length)
        .getRawMany<{ id: number | string }>();
      ids.push(...onRequest.map((r) => Number(r.id)));
    }
    const pageIds = ids.slice(page.offset, page.offset + page.limit);
    const products = await this.productsInOrder(ctx, pageIds);
    return { products, more: ids.length > page.offset + page.limit };
  }

  /** These products (already known visible), in this order, primed for the request. */
  private async productsInOrder(ctx: RequestContext, ids: number[]): Promise<Product[]> {
    if (ids.length === 0) return [];
    const rows = await ctx.readDb.getRepository(Product).findBy({ id: In(ids) });
    const byId = new Map(rows.map((p) => [p.id, p]));
    const products = ids.map((id) => byId.get(id)).filter((p): p is Product => p !== undefined);
    for (const p of products) ctx.loaders.prime(Product, p);
    return products;
  }

  /**
   * The exact PRICE sort of the whole filtered set, while the viewer's price index is not fresh:
   * by price, ties by id (as the index's page), products on request last by name.
   */
  private async sortInMemory(
    ctx: RequestContext,
    query: SelectQueryBuilder<Product>,
    page: PageRequest,
    descending: boolean,
    priceOf: (products: Product[]) => Promise<Map<number, string>>,
  ): Promise<CappedConnection<Product>> {
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
      const result = compareDecimals(pa, pb) || a.id - b.id;
      return descending ? -result : result;
    });
    const slice = sorted.slice(page.offset, page.offset + page.limit);
    for (const p of slice) ctx.loaders.prime(Product, p);
    return cappedPage(
      slice,
      page.offset + slice.length < all.length,
      { total: all.length, capped: false },
      page,
    );
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

  /**
   * Reads the sellable units of these products in one statement for the request (or the
   * transaction): a loop that then asks product by product finds them read.
   */
  async preloadUnits(ctx: RequestContext, products: readonly Product[]): Promise<void> {
    await Promise.all(products.map((p) => this.unitsOf(ctx, p)));
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
 * Narrows a query over products aliased `p` (the product table itself, or joined to another)
 * to what the scope may see: published, and either in no access group or in one the company
 * belongs to; products whose policy hides them when out of stock are left out for customers.
 */
function restrictToVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  scope: CatalogScope,
  options: FindOptions,
): SelectQueryBuilder<T> {
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
 * Orders by the price a viewer without a price index sorts by, in SQL: none (every product
 * counts as on request: by name), or the list price, ties by id in the asked direction (the
 * listPrice index gives that order; the database reads only up to the page).
 */
function orderByPrice(
  query: SelectQueryBuilder<Product>,
  plan: Extract<PriceSortPlan, { source: 'NO_PRICE' | 'LIST_PRICE' }>,
  direction: 'ASC' | 'DESC',
): void {
  if (plan.source === 'NO_PRICE') {
    query.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
    return;
  }
  query.orderBy('p.listPrice', direction).addOrderBy('p.id', direction);
}

type RawPrice = { id: number | string; price: string | number | null };
type SortEntry = { id: number; price: string };

const SORT_PRICE = decimalTransformer(30, 10);

function sortEntry(row: RawPrice): SortEntry {
  return { id: Number(row.id), price: SORT_PRICE.from(row.price) as string };
}

/** Two lists, each in (price, id) order in the direction asked, merged into that order: the ids. */
export function mergeByPrice(a: SortEntry[], b: SortEntry[], descending: boolean): number[] {
  const ids: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length) ids.push(a[i++]!.id);
    else if (i >= a.length) ids.push(b[j++]!.id);
    else {
      const order = compareDecimals(a[i]!.price, b[j]!.price) || a[i]!.id - b[j]!.id;
      ids.push((descending ? order > 0 : order < 0) ? a[i++]!.id : b[j++]!.id);
    }
  }
  return ids;
}

type CategoryRow = { id: number | string; name: string; parentId: number | string | null };

/** Categories whose ancestry one statement reads at most (bound parameters stay few). */
const ANCESTRY_BATCH = 1000;

/** The category and its ancestors, nearest first, from those read; a cycle is cut where it closes. */
function chainUp(byId: ReadonlyMap<number, Category>, categoryId: number): Category[] {
  const chain: Category[] = [];
  for (let c = byId.get(categoryId); c && !chain.includes(c);) {
    chain.push(c);
    c = c.parentId === null ? undefined : byId.get(c.parentId);
  }
  return chain;
}

/** Deeper than any real category tree; bounds the recursive statements when parents make a cycle. */
const MAX_CATEGORY_DEPTH = 64;

/**
 * The categories asked for and all their ancestors (MySQL 8, MariaDB 10.2+ and SQLite share
 * this syntax): the parent chain is followed in the database, one statement for any number.
 */
function categoryAncestrySql(count: number): string {
  return `WITH RECURSIVE up (id, name, parentId, depth) AS (
      SELECT c.id, c.name, c.parentId, 0 FROM category c WHERE c.id IN (${Array(count).fill('?').join(', ')})
      UNION ALL
      SELECT c.id, c.name, c.parentId, up.depth + 1 FROM category c JOIN up ON c.id = up.parentId
       WHERE up.depth < ${MAX_CATEGORY_DEPTH})
    SELECT DISTINCT id, name, parentId FROM up`;
}

/** A category and everything below it (children through the parentId index). */
const CATEGORY_SUBTREE_SQL = `WITH RECURSIVE down (id, depth) AS (
    SELECT c.id, 0 FROM category c WHERE c.id = ?
    UNION ALL
    SELECT c.id, down.depth + 1 FROM category c JOIN down ON c.parentId = down.id
     WHERE down.depth < ${MAX_CATEGORY_DEPTH})
  SELECT DISTINCT id FROM down`;

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
