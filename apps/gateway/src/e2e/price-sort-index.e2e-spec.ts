import { basePriceForFactor, compareDecimals, toDecimalString } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { fromGlobalId, toGlobalId } from '../common/node-id';
import { PriceIndexState, ProductPriceIndex } from '../entity';
import { PRODUCT_COUNT_CAP } from '../service/catalog/catalog.service';
import { PriceIndexBuilder } from '../service/catalog/price-index/price-index-builder';
import { addBulkProducts } from '../testing/catalog-fixture';
import { ensureStandardTaxRate } from '../testing/order-fixture';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

const PRICED = `query($first: Int, $descending: Boolean) { products(first: $first, sort: { key: PRICE, descending: $descending }) {
  totalCount edges { node { sku units { factor isDefault } price(unitId: null) { unitPrice { amount } } } } } }`;
const PRICED_PAGE = `query($first: Int, $after: String, $descending: Boolean) {
  products(first: $first, after: $after, sort: { key: PRICE, descending: $descending }) {
    totalCount totalCountIsCapped pageInfo { hasNextPage endCursor } edges { node { sku } } } }`;
const PRICED_UNCOUNTED = `query($first: Int) { products(first: $first, sort: { key: PRICE }) {
  pageInfo { hasNextPage } edges { node { sku } } } }`;
const CATALOG_PRICED = `query($first: Int) { products(first: $first, sort: { key: PRICE }) { edges { node { sku catalogPrice { amount } } } } }`;
const SAVE_PRICELIST = `mutation($input: SavePricelistInput!) { savePricelist(input: $input) { pricelist { id } userErrors { field message code } } }`;
const SAVE_PRODUCT = `mutation($input: SaveProductInput!) { saveProduct(input: $input) { product { id } userErrors { field message code } } }`;

interface PricedEdge {
  node: {
    sku: string;
    units: { factor: string; isDefault: boolean }[];
    price: { unitPrice: { amount: string } } | null;
  };
}

interface PricedPage {
  totalCount: number;
  totalCountIsCapped: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { sku: string } }[];
}

/** The price of one base unit each product shows the viewer (null: on request), in page order. */
function basePricesOf(edges: PricedEdge[]): (string | null)[] {
  return edges.map((e) =>
    e.node.price === null
      ? null
      : toDecimalString(
          basePriceForFactor(
            e.node.price.unitPrice.amount,
            e.node.units.find((u) => u.isDefault)?.factor ?? '1',
          ),
        ),
  );
}

describe.each(testEngines())('price sort from the price index on %s', (engine) => {
  const counter = new StatementCounter();
  let portal: TestPortal;
  let staff: GraphQLClient;
  let buyer: GraphQLClient;
  let requisitioner: GraphQLClient;
  let basePricelistId: string;
  const goldId = () => toGlobalId('Pricelist', portal.catalog.pricelists.gold.id);
  const productId = (sku: string) => toGlobalId('Product', portal.catalog.products[sku as 'CUP-12'].id);
  const refresh = () => new PriceIndexBuilder(portal.runtime, portal.services.pricing).refreshStale();

  /** The buyer's price-sorted SKUs, and whether the page was sorted from the index. */
  async function sorted(client: GraphQLClient, descending = false, first = 100) {
    const { result, statements } = await counter.count(() => client.request(PRICED, { first, descending }));
    expect(result.errors).toBeUndefined();
    const edges = result.data?.products.edges as PricedEdge[];
    return {
      skus: edges.map((e) => e.node.sku),
      prices: basePricesOf(edges),
      fromIndex: statements.some((s) => s.includes('product_price_index')),
    };
  }

  /** Every page of `first` from the start, following endCursor: the SKUs, and what each page said. */
  async function walkPages(client: GraphQLClient, descending: boolean, first: number) {
    const skus: string[] = [];
    const pages: { totalCount: number; totalCountIsCapped: boolean; hasNextPage: boolean }[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await client.request<{ products: PricedPage }>(PRICED_PAGE, { first, after, descending });
      expect(res.errors).toBeUndefined();
      const connection: PricedPage = res.data!.products;
      skus.push(...connection.edges.map((e) => e.node.sku));
      pages.push({
        totalCount: connection.totalCount,
        totalCountIsCapped: connection.totalCountIsCapped,
        hasNextPage: connection.pageInfo.hasNextPage,
      });
      if (!connection.pageInfo.hasNextPage) return { skus, pages };
      after = connection.pageInfo.endCursor;
    }
  }

  /** Marks a pricelist's index stale, as a change to its prices would (the next page sorts exactly). */
  async function markStale(pricelistId: number) {
    await portal.runtime.dataSource
      .getRepository(PriceIndexState)
      .increment({ pricelistId }, 'requestedVersion', 1);
  }

  async function saveRules(pricelistId: string, rules: object[]) {
    const res = await staff.request(SAVE_PRICELIST, { input: { pricelistId, rules } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.savePricelist.userErrors).toEqual([]);
  }

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, logger: counter });
    // Products are refused without a rate for their tax class (taxes.e2e-spec.ts).
    await ensureStandardTaxRate(portal.runtime.dataSource);
    [staff, buyer, requisitioner] = await Promise.all([
      portal.signedIn('admin@seller.example'),
      portal.signedIn('buyer@acme.example'),
      portal.signedIn('requisitioner@acme.example'),
    ]);
    // A base pricelist: 20% off everything, LID-12 fixed far above its list price.
    const created = await staff.request(SAVE_PRICELIST, {
      input: {
        name: 'Distributor base',
        currencyCode: 'USD',
        rules: [
          { scope: 'ALL_PRODUCTS', computation: 'PERCENT_DISCOUNT', percentDiscount: '20' },
          { scope: 'PRODUCT', productId: productId('LID-12'), computation: 'FIXED', fixedPrice: '9.00' },
        ],
      },
    });
    expect(created.data?.savePricelist.userErrors).toEqual([]);
    basePricelistId = created.data?.savePricelist.pricelist.id;
    // acme's Gold tier, chained on it: base less 10%, plus 0.05, rounded to 0.05; NAPKIN-W on
    // request (a cost rule and no cost would be refused on save, so a fixed rule stands out).
    await saveRules(goldId(), [
      {
        scope: 'ALL_PRODUCTS',
        computation: 'FORMULA',
        base: 'OTHER_PRICELIST',
        basePricelistId,
        formulaDiscountPercent: '10',
        formulaSurcharge: '0.05',
        formulaRounding: '0.05',
        customerText: 'Gold tier',
      },
      { scope: 'PRODUCT', productId: productId('CHEF-KNIFE'), computation: 'FIXED', fixedPrice: '0.07' },
    ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('sorts contract prices of a chained formula pricelist from the index exactly as the engine does, both ways', async () => {
    // Never built: the exact sort, computed per request by the pricing engine.
    const exactAsc = await sorted(buyer);
    const exactDesc = await sorted(buyer, true);
    expect(exactAsc.fromIndex).toBe(false);
    const priced = exactAsc.prices.filter((p): p is string => p !== null);
    expect(priced).toEqual([...priced].sort(compareDecimals));
    // The chain moved LID-12 (list 0.10) above CUP-12 (list 0.50), and CHEF-KNIFE (list 45) near the top.
    expect(exactAsc.skus.indexOf('LID-12')).toBeGreaterThan(exactAsc.skus.indexOf('CUP-12'));
    expect(exactAsc.skus.indexOf('CHEF-KNIFE')).toBeLessThan(3);

    expect(await refresh()).toContain(portal.catalog.pricelists.gold.id);
    const indexedAsc = await sorted(buyer);
    const indexedDesc = await sorted(buyer, true);
    expect(indexedAsc.fromIndex).toBe(true);
    expect(indexedDesc.fromIndex).toBe(true);
    expect(indexedAsc.skus).toEqual(exactAsc.skus);
    expect(indexedDesc.skus).toEqual(exactDesc.skus);
    // Sparse: only products whose Gold price is not their list price have a row.
    const rows = await portal.runtime.dataSource
      .getRepository(ProductPriceIndex)
      .countBy({ pricelistId: portal.catalog.pricelists.gold.id });
    expect(rows).toBeGreaterThan(0);
  });

  it('sorts exactly right after a rule of the base pricelist changes, and from the index again after the rebuild', async () => {
    await refresh();
    expect((await sorted(buyer)).fromIndex).toBe(true);
    // The base pricelist makes CUP-16 the dearest product: Gold (based on it) moves too.
    await saveRules(basePricelistId, [
      { scope: 'ALL_PRODUCTS', computation: 'PERCENT_DISCOUNT', percentDiscount: '20' },
      { scope: 'PRODUCT', productId: productId('LID-12'), computation: 'FIXED', fixedPrice: '9.00' },
      { scope: 'PRODUCT', productId: productId('CUP-16'), computation: 'FIXED', fixedPrice: '500.00' },
    ]);
    const beforeRebuild = await sorted(buyer, true);
    expect(beforeRebuild.fromIndex).toBe(false);
    expect(beforeRebuild.skus[0]).toBe('CUP-16');

    expect(await refresh()).toContain(portal.catalog.pricelists.gold.id);
    const afterRebuild = await sorted(buyer, true);
    expect(afterRebuild.fromIndex).toBe(true);
    expect(afterRebuild.skus).toEqual(beforeRebuild.skus);
  });

  it("keeps both kinds of index fresh and exact when a product's list price changes or a product is created", async () => {
    const globexBuyer = await portal.signedIn('buyer@globex.example');
    const { gold, globexContract } = portal.catalog.pricelists;
    await refresh();
    /** The index's order, still fresh, and the exact order (index marked stale), both ways. */
    async function expectFreshAndExact(client: GraphQLClient, pricelistId: number) {
      const indexed = [await sorted(client), await sorted(client, true)];
      expect(indexed.map((i) => i.fromIndex)).toEqual([true, true]);
      await markStale(pricelistId);
      const exact = [await sorted(client), await sorted(client, true)];
      expect(exact.map((i) => i.fromIndex)).toEqual([false, false]);
      expect(indexed.map((i) => i.skus)).toEqual(exact.map((i) => i.skus));
      await refresh();
      return indexed[1]!.skus;
    }

    const res = await staff.request(SAVE_PRODUCT, {
      input: { productId: productId('NAPKIN-W'), listPrice: '900.00' },
    });
    expect(res.data?.saveProduct.userErrors).toEqual([]);
    expect((await expectFreshAndExact(buyer, gold.id))[0]).toBe('NAPKIN-W');
    expect((await expectFreshAndExact(globexBuyer, globexContract.id))[0]).toBe('NAPKIN-W');

    // CUP-12 has a fixed Globex price: its list price moves it under Gold only.
    await staff.request(SAVE_PRODUCT, { input: { productId: productId('CUP-12'), listPrice: '950.00' } });
    expect((await expectFreshAndExact(buyer, gold.id))[0]).toBe('CUP-12');
    expect((await expectFreshAndExact(globexBuyer, globexContract.id))[0]).toBe('NAPKIN-W');

    const created = await staff.request(SAVE_PRODUCT, {
      input: {
        sku: 'URN-1',
        name: 'Coffee urn',
        categoryId: toGlobalId('Category', portal.catalog.categories.cups.id),
        baseUnitId: toGlobalId('UnitOfMeasure', portal.catalog.units.ea.id),
        listPrice: '990.00',
      },
    });
    expect(created.data?.saveProduct.userErrors).toEqual([]);
    expect((await expectFreshAndExact(buyer, gold.id))[0]).toBe('URN-1');
    expect((await expectFreshAndExact(globexBuyer, globexContract.id))[0]).toBe('URN-1');
    // Sparse stays sparse: Globex prices the urn at its list price, so it has no row.
    const rows = portal.runtime.dataSource.getRepository(ProductPriceIndex);
    const urnId = Number(fromGlobalId(created.data?.saveProduct.product.id)?.id);
    expect(await rows.countBy({ pricelistId: globexContract.id, productId: urnId })).toBe(0);
    expect(await rows.countBy({ pricelistId: gold.id, productId: urnId })).toBe(1);

    // Restored for the tests after this one (the urn is hidden from buyers).
    for (const [id, listPrice] of [
      [productId('NAPKIN-W'), '0.02'],
      [productId('CUP-12'), '0.50'],
    ])
      await staff.request(SAVE_PRODUCT, { input: { productId: id, listPrice } });
    await staff.request(SAVE_PRODUCT, {
      input: { productId: created.data?.saveProduct.product.id, published: false },
    });
  });

  it('is stale once the business date reaches a rule that starts later, and right again after the rebuild', async () => {
    const tomorrow = '2026-11-28';
    await saveRules(basePricelistId, [
      { scope: 'ALL_PRODUCTS', computation: 'PERCENT_DISCOUNT', percentDiscount: '20' },
      { scope: 'PRODUCT', productId: productId('LID-12'), computation: 'FIXED', fixedPrice: '9.00' },
      {
        scope: 'PRODUCT',
        productId: productId('OOS-SHOW'),
        computation: 'FIXED',
        fixedPrice: '990.00',
        validFrom: tomorrow,
      },
    ]);
    await refresh();
    const today = await sorted(buyer, true);
    expect(today.fromIndex).toBe(true);
    expect(today.skus[0]).not.toBe('OOS-SHOW');

    await portal.clock.during(`${tomorrow}T09:00:00.000Z`, async () => {
      const nextDay = await sorted(buyer, true);
      expect(nextDay.fromIndex).toBe(false); // built for yesterday: exact sort
      expect(nextDay.skus[0]).toBe('OOS-SHOW');
      await refresh();
      const rebuilt = await sorted(buyer, true);
      expect(rebuilt.fromIndex).toBe(true);
      expect(rebuilt.skus).toEqual(nextDay.skus);
    });
  });

  it("sorts a requisitioner by the catalog prices they may see, never by the company's contract prices", async () => {
    await refresh();
    const contract = await sorted(buyer);
    expect(contract.fromIndex).toBe(true);
    const { result, statements } = await counter.count(() =>
      requisitioner.request(CATALOG_PRICED, { first: 100 }),
    );
    expect(result.errors).toBeUndefined();
    expect(statements.some((s) => s.includes('product_price_index'))).toBe(false);
    const edges = result.data?.products.edges as {
      node: { sku: string; catalogPrice: { amount: string } };
    }[];
    const catalog = { skus: edges.map((e) => e.node.sku) };
    const shown = edges.map((e) => e.node.catalogPrice.amount);
    expect(shown).toEqual([...shown].sort(compareDecimals));
    // LID-12 is cheap in the catalog and dear under Gold: the two orders differ.
    expect(catalog.skus.indexOf('LID-12')).toBeLessThan(catalog.skus.indexOf('CUP-12'));
    expect(contract.skus.indexOf('LID-12')).toBeGreaterThan(contract.skus.indexOf('CUP-12'));
  });

  it('pages a sparse and a dense index in the exact order, page after page, both ways', async () => {
    const globexBuyer = await portal.signedIn('buyer@globex.example');
    const { gold, globexContract } = portal.catalog.pricelists;
    await refresh();
    const states = await portal.runtime.dataSource.getRepository(PriceIndexState).find();
    // Gold reprices everything (a chained discount): dense. Globex fixes two prices: sparse.
    expect(states.find((s) => s.pricelistId === gold.id)?.dense).toBe(true);
    expect(states.find((s) => s.pricelistId === globexContract.id)?.dense).toBe(false);
    const rows = portal.runtime.dataSource.getRepository(ProductPriceIndex);
    expect(await rows.countBy({ pricelistId: globexContract.id })).toBe(2);

    for (const [client, pricelistId] of [
      [globexBuyer, globexContract.id],
      [buyer, gold.id],
    ] as const) {
      for (const descending of [false, true]) {
        const indexed = await sorted(client, descending);
        expect(indexed.fromIndex).toBe(true);
        // Pages of 3 from the index add up to the whole order, each counting the whole set.
        const walked = await walkPages(client, descending, 3);
        expect(walked.skus).toEqual(indexed.skus);
        expect(walked.pages.every((p) => p.totalCount === indexed.skus.length && !p.totalCountIsCapped)).toBe(
          true,
        );
        expect(walked.pages.map((p) => p.hasNextPage)).toEqual(
          walked.pages.map((_, i) => i < walked.pages.length - 1),
        );
        // The exact sort (index stale) gives the same order.
        await markStale(pricelistId);
        const exact = await sorted(client, descending);
        expect(exact.fromIndex).toBe(false);
        expect(indexed.skus).toEqual(exact.skus);
        await refresh();
      }
    }
    // Globex's fixed CUP-12 (0.45, list 0.50) still sorts among the list-priced products.
    const globexOrder = (await sorted(globexBuyer)).skus;
    expect(globexOrder.indexOf('CUP-12')).toBeLessThan(globexOrder.indexOf('CUP-16'));
    expect(globexOrder.indexOf('CUP-12')).toBeGreaterThan(globexOrder.indexOf('LID-12'));
  });

  it('builds a pricelist once when builders overlap, and takes over the lease of a killed build when its real time ends', async () => {
    const { gold, globexContract } = portal.catalog.pricelists;
    await refresh();
    await markStale(gold.id);
    await markStale(globexContract.id);
    const states = portal.runtime.dataSource.getRepository(PriceIndexState);
    // A build killed while it held Gold: its lease ends ten minutes on, while the business clock
    // (PORTAL_NOW) stands still; the builders below run eleven minutes later in real time.
    await states.update(
      { pricelistId: gold.id },
      { leaseUntil: new Date(portal.clock.now().getTime() + 600_000) },
    );
    const later = { ...portal.runtime, rateClock: () => portal.clock.now().getTime() + 660_000 };
    const second = new PriceIndexBuilder(later, portal.services.pricing);
    // The first builder reads what is stale, then the second builds all of it while the first
    // is still reading its inputs: the first then finds nothing left to build.
    const pricing = portal.services.pricing;
    const overlapped = Object.create(pricing) as typeof pricing;
    let secondBuilt: number[] = [];
    overlapped.pricingInputs = async (ctx, products) => {
      secondBuilt = await second.refreshStale();
      return pricing.pricingInputs(ctx, products);
    };
    const firstBuilt = await new PriceIndexBuilder(later, overlapped).refreshStale();
    expect(secondBuilt.sort()).toEqual([gold.id, globexContract.id].sort());
    expect(firstBuilt).toEqual([]);
    const after = await states.findBy({ pricelistId: In([gold.id, globexContract.id]) });
    expect(after.every((s) => s.builtVersion === s.requestedVersion && s.leaseUntil === null)).toBe(true);
  });

  it('counts the price-sorted set only when totalCount is asked for, and still says whether a page follows', async () => {
    await refresh();
    const counted = await counter.count(() => buyer.request(PRICED_PAGE, { first: 2 }));
    const uncounted = await counter.count(() => buyer.request(PRICED_UNCOUNTED, { first: 2 }));
    expect(uncounted.result.errors).toBeUndefined();
    expect(uncounted.result.data?.products.pageInfo.hasNextPage).toBe(true);
    expect(counted.statements.some((s) => /COUNT\(/i.test(s))).toBe(true);
    expect(uncounted.statements.some((s) => /COUNT\(/i.test(s))).toBe(false);
    expect(uncounted.count).toBe(counted.count - 1);
  });

  it('runs the same few statements for a price-sorted page from the index whatever the page size', async () => {
    const { units } = portal.catalog;
    await portal.runtime.dataSource.transaction(async (em) => {
      await addBulkProducts(em, portal.catalog, portal.clock.now(), 60, (productId) => [
        { productId, unitId: units.ea.id, factor: '1', isDefault: true },
      ]);
      // A bulk load bypasses the services: it marks the indexes stale itself.
      await em
        .getRepository(PriceIndexState)
        .createQueryBuilder()
        .update()
        .set({ requestedVersion: () => 'requestedVersion + 1' })
        .execute();
    });
    await refresh();
    const page = (first: number) => counter.count(() => buyer.request(PRICED, { first }));
    const fifty = await page(50);
    const ten = await page(10);
    expect(fifty.result.errors).toBeUndefined();
    expect(fifty.result.data?.products.edges).toHaveLength(50);
    expect(fifty.statements.some((s) => s.includes('product_price_index'))).toBe(true);
    expect(fifty.count, fifty.statements.join('\n')).toBeLessThanOrEqual(ten.count);
    // Viewer, company, index state, page, count, units, then the prices: the company's pricing
    // (company, categories, one statement per pricelist level of the chain: two here, and the base).
    expect(fifty.count, fifty.statements.join('\n')).toBeLessThanOrEqual(12);
  });
  it('counts the catalog up to 1,000 products, and says when more match', async () => {
    const { units } = portal.catalog;
    await portal.runtime.dataSource.transaction((em) =>
      addBulkProducts(
        em,
        portal.catalog,
        portal.clock.now(),
        PRODUCT_COUNT_CAP,
        (productId) => [{ productId, unitId: units.ea.id, factor: '1', isDefault: true }],
        100,
      ),
    );
    const COUNTED = `query($search: String) { products(first: 5, filter: { search: $search }) {
      totalCount totalCountIsCapped pageInfo { hasNextPage } } }`;
    const all = await buyer.request(COUNTED, { search: null });
    expect(all.data?.products).toEqual({
      totalCount: PRODUCT_COUNT_CAP,
      totalCountIsCapped: true,
      pageInfo: { hasNextPage: true },
    });
    // Narrowed below the cap, the count is exact again.
    const cups = await buyer.request(COUNTED, { search: 'CUP' });
    expect(cups.data?.products.totalCountIsCapped).toBe(false);
    expect(cups.data?.products.totalCount).toBeGreaterThan(0);
    expect(cups.data?.products.totalCount).toBeLessThan(10);
  });
});
