import { basePriceForFactor, compareDecimals, toDecimalString } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import {
  ACME_VISIBLE_SKUS,
  CATALOG_SKUS,
  GLOBEX_VISIBLE_SKUS,
  addBulkProducts,
} from '../testing/catalog-fixture';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

const SKUS =
  'query($first: Int, $after: String, $filter: ProductFilter, $sort: ProductSort) { products(first: $first, after: $after, filter: $filter, sort: $sort) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { sku } } } }';
const PRODUCT_BY_SKU = 'query($sku: String!) { product(sku: $sku) { id sku } }';
const PRODUCT_BY_ID = 'query($id: ID!) { product(id: $id) { id sku } node(id: $id) { id } }';

type Edges = { edges: { node: { sku: string } }[] };
const skusOf = (connection: Edges) => connection.edges.map((e) => e.node.sku);

describe.each(testEngines())('catalog on %s', (engine) => {
  let portal: TestPortal;
  let acmeBuyer: GraphQLClient;
  let globexBuyer: GraphQLClient;
  let requisitioner: GraphQLClient;
  let staffAdmin: GraphQLClient;
  const productId = (sku: (typeof CATALOG_SKUS)[number]) =>
    toGlobalId('Product', portal.catalog.products[sku].id);
  const unitId = (symbol: 'ea' | 'cs' | 'plt' | 'gal' | 'L') =>
    toGlobalId('UnitOfMeasure', portal.catalog.units[symbol].id);

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    [acmeBuyer, globexBuyer, requisitioner, staffAdmin] = await Promise.all([
      portal.signedIn('buyer@acme.example'),
      portal.signedIn('buyer@globex.example'),
      portal.signedIn('requisitioner@acme.example'),
      portal.signedIn('admin@seller.example'),
    ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  describe('visibility', () => {
    it('shows each company its published products, in its access groups or none, without hidden out-of-stock ones', async () => {
      const acme = await acmeBuyer.request(SKUS, { first: 100 });
      expect(acme.errors).toBeUndefined();
      expect(skusOf(acme.data?.products).sort()).toEqual([...ACME_VISIBLE_SKUS].sort());
      expect(acme.data?.products.totalCount).toBe(ACME_VISIBLE_SKUS.length);

      const globex = await globexBuyer.request(SKUS, { first: 100 });
      expect(skusOf(globex.data?.products).sort()).toEqual([...GLOBEX_VISIBLE_SKUS].sort());

      const viewer = await (await portal.signedIn('viewer@acme.example')).request(SKUS, { first: 100 });
      expect(skusOf(viewer.data?.products).sort()).toEqual([...ACME_VISIBLE_SKUS].sort());
    });

    it('shows staff with CATALOG_MANAGE every product, unpublished included, and other staff every published one', async () => {
      const all = await staffAdmin.request(SKUS, { first: 100 });
      expect(skusOf(all.data?.products).sort()).toEqual([...CATALOG_SKUS].sort());
      const warehouse = await (
        await portal.signedIn('warehouse@seller.example')
      ).request(SKUS, { first: 100 });
      expect(skusOf(warehouse.data?.products).sort()).toEqual(
        CATALOG_SKUS.filter((s) => s !== 'OLD-TRAY').sort(),
      );
    });

    it('answers a foreign, restricted, unpublished or hidden product exactly like a missing one', async () => {
      const missing = await globexBuyer.request(PRODUCT_BY_ID, { id: toGlobalId('Product', 999_999) });
      expect(missing.data).toEqual({ product: null, node: null });
      for (const sku of ['CHEF-KNIFE', 'GLOVE-NIT', 'OLD-TRAY', 'OOS-HIDE'] as const) {
        const byId = await globexBuyer.request(PRODUCT_BY_ID, { id: productId(sku) });
        expect({ data: byId.data, errors: byId.errors }, sku).toEqual({
          data: missing.data,
          errors: missing.errors,
        });
        const bySku = await globexBuyer.request(PRODUCT_BY_SKU, { sku });
        expect(bySku.data, sku).toEqual({ product: null });
      }
      // acme is in the restaurants group: it sees the knife, and can reach it by id and SKU.
      const knife = await acmeBuyer.request(PRODUCT_BY_ID, { id: productId('CHEF-KNIFE') });
      expect(knife.data).toEqual({
        product: { id: productId('CHEF-KNIFE'), sku: 'CHEF-KNIFE' },
        node: { id: productId('CHEF-KNIFE') },
      });
      // An id of another type, or a malformed one, is no product either.
      const wrongType = await acmeBuyer.request(
        PRODUCT_BY_SKU.replace('product(sku: $sku)', 'product(id: $sku)').replace(
          '$sku: String!',
          '$sku: ID!',
        ),
        { sku: toGlobalId('Category', portal.catalog.products['CUP-12'].id) },
      );
      expect(wrongType.data).toEqual({ product: null });
      expect((await acmeBuyer.request(PRODUCT_BY_ID, { id: 'nonsense' })).data).toEqual({
        product: null,
        node: null,
      });
      // Staff with CATALOG_MANAGE reach unpublished products.
      expect((await staffAdmin.request(PRODUCT_BY_SKU, { sku: 'OLD-TRAY' })).data?.product.sku).toBe(
        'OLD-TRAY',
      );
    });

    it('refuses the catalog to anonymous callers', async () => {
      const res = await portal.client().request(SKUS, { first: 5 });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('contract prices', () => {
    const PRICE = `query($sku: String!, $quantity: Decimal, $unitId: ID) { product(sku: $sku) {
      price(quantity: $quantity, unitId: $unitId) { unitPrice { amount currencyCode } quantity unit { symbol } lineTotal { amount } compareAtUnitPrice { amount } explanation }
      priceBreaks(unitId: $unitId) { minQuantity unitPrice { amount } explanation }
      catalogPrice { amount }
    } }`;

    it('prices 5 cases of 24 at the 100 ea break of the Gold tier, and explains it without the list price', async () => {
      const res = await acmeBuyer.request(PRICE, { sku: 'CUP-12', quantity: '5', unitId: unitId('cs') });
      expect(res.data?.product.price).toEqual({
        unitPrice: { amount: '10.56', currencyCode: 'USD' },
        quantity: '5',
        unit: { symbol: 'cs' },
        lineTotal: { amount: '52.80' },
        compareAtUnitPrice: null,
        explanation: 'Gold tier: contract discount from 100 ea',
      });
      expect(res.data?.product.priceBreaks).toEqual([
        { minQuantity: '1', unitPrice: { amount: '11.40' }, explanation: 'Gold tier: contract discount' },
        {
          minQuantity: '5',
          unitPrice: { amount: '10.56' },
          explanation: 'Gold tier: contract discount from 100 ea',
        },
      ]);
      // Acme's pricelist hides catalog prices: the buyer gets null and a FORBIDDEN error on that field only.
      expect(res.data?.product.catalogPrice).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0]).toMatchObject({
        path: ['product', 'catalogPrice'],
        extensions: { code: 'FORBIDDEN' },
      });
      expect(JSON.stringify(res)).not.toMatch(/0\.50?\b|12\.00|"12"/);

      const four = await acmeBuyer.request(PRICE, { sku: 'CUP-12', quantity: '4', unitId: unitId('cs') });
      expect(four.data?.product.price.unitPrice.amount).toBe('11.40');
      const ea = await acmeBuyer.request(PRICE, { sku: 'CUP-12', quantity: '100', unitId: unitId('ea') });
      expect(ea.data?.product.price).toMatchObject({
        unitPrice: { amount: '0.44' },
        lineTotal: { amount: '44.00' },
        unit: { symbol: 'ea' },
      });
    });

    it('uses the default unit when none is asked, and quantity 1 by default', async () => {
      const res = await acmeBuyer.request(
        'query { product(sku: "CUP-12") { price { quantity unit { symbol } unitPrice { amount } } } }',
      );
      expect(res.data?.product.price).toEqual({
        quantity: '1',
        unit: { symbol: 'cs' },
        unitPrice: { amount: '11.40' },
      });
    });

    it('shows globex its fixed contract prices with the catalog price as compare-at price', async () => {
      const res = await globexBuyer.request(PRICE, { sku: 'SOLV-55', quantity: '110', unitId: null });
      expect(res.errors).toBeUndefined();
      expect(res.data?.product).toEqual({
        price: {
          unitPrice: { amount: '3.10', currencyCode: 'USD' },
          quantity: '110',
          unit: { symbol: 'gal' },
          lineTotal: { amount: '341.00' },
          compareAtUnitPrice: { amount: '4.00' },
          explanation: 'Contract price 3.10/gal',
        },
        priceBreaks: [
          {
            minQuantity: '1',
            unitPrice: { amount: '3.10' },
            explanation: 'Contract price 3.10/gal',
          },
        ],
        catalogPrice: { amount: '4.00' },
      });
      const listPriced = await globexBuyer.request(PRICE, { sku: 'DEGR-1', quantity: '2', unitId: null });
      expect(listPriced.data?.product.price).toMatchObject({
        unitPrice: { amount: '6.00' },
        compareAtUnitPrice: { amount: '6.00' },
        explanation: 'List price',
      });
    });

    it('shows a requisitioner the catalog price only', async () => {
      const res = await requisitioner.request(PRICE, { sku: 'CUP-12', quantity: '1', unitId: null });
      expect(res.data?.product).toEqual({ price: null, priceBreaks: null, catalogPrice: { amount: '0.50' } });
      expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
        ['product.price', 'FORBIDDEN'],
        ['product.priceBreaks', 'FORBIDDEN'],
      ]);
    });

    it('shows staff with CATALOG_MANAGE cost, access groups and the catalog price; customers get FORBIDDEN on those', async () => {
      const query =
        'query { product(sku: "CHEF-KNIFE") { cost { amount } accessGroups catalogPrice { amount } } }';
      const staff = await staffAdmin.request(query);
      expect(staff.errors).toBeUndefined();
      expect(staff.data?.product).toEqual({
        cost: { amount: '18.00' },
        accessGroups: ['restaurants'],
        catalogPrice: { amount: '45.00' },
      });
      const buyer = await acmeBuyer.request(query);
      expect(buyer.data?.product).toEqual({ cost: null, accessGroups: null, catalogPrice: null });
      expect(buyer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      const sales = await (await portal.signedIn('sales@seller.example')).request(query);
      expect(sales.data?.product).toEqual({
        cost: null,
        accessGroups: null,
        catalogPrice: { amount: '45.00' },
      });
    });

    it.each([
      ['0', /greater than zero/],
      ['-1', /negative/],
      ['1.00001', /decimal/],
      ['abc', /not a decimal/],
    ])('refuses quantity %s with BAD_USER_INPUT', async (quantity, message) => {
      const res = await acmeBuyer.request(PRICE, { sku: 'CUP-12', quantity, unitId: null });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(message);
    });

    it('refuses a unit the product is not sold in, naming it', async () => {
      const res = await acmeBuyer.request(PRICE, { sku: 'CUP-12', quantity: '1', unitId: unitId('gal') });
      expect(res.data?.product.price).toBeNull();
      const error = res.errors?.find((e) => e.path?.join('.') === 'product.price');
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(/CUP-12 is not sold in unit "gal"/);
    });
  });

  describe('availability, units and documents', () => {
    it("follows each product's availability policy", async () => {
      const res = await acmeBuyer.request(
        `query { products(first: 100, filter: { skus: ["OOS-SHOW", "OOS-BACK", "MTO-SIGN", "NAPKIN-W", "SOLV-55"] }, sort: { key: SKU }) {
          edges { node { sku minimumOrderQuantity orderMultiple baseUnit { symbol } units { unit { symbol } factor isDefault } availability { status quantityAvailable restockDate leadTimeDays } } } } }`,
      );
      expect(res.errors).toBeUndefined();
      const bySku = Object.fromEntries(
        res.data?.products.edges.map((e: { node: { sku: string } }) => [e.node.sku, e.node]),
      );
      expect(bySku['OOS-SHOW'].availability).toEqual({
        status: 'OUT_OF_STOCK',
        quantityAvailable: '0',
        restockDate: null,
        leadTimeDays: null,
      });
      expect(bySku['OOS-BACK'].availability).toEqual({
        status: 'BACKORDER',
        quantityAvailable: '0',
        restockDate: '2026-12-15',
        leadTimeDays: null,
      });
      expect(bySku['MTO-SIGN'].availability).toEqual({
        status: 'MADE_TO_ORDER',
        quantityAvailable: '0',
        restockDate: null,
        leadTimeDays: 14,
      });
      expect(bySku['NAPKIN-W'].availability.status).toBe('LOW_STOCK');
      expect(bySku['SOLV-55']).toMatchObject({
        minimumOrderQuantity: '55',
        orderMultiple: '55',
        baseUnit: { symbol: 'gal' },
        units: [{ unit: { symbol: 'gal' }, factor: '1', isDefault: true }],
        availability: { status: 'IN_STOCK', quantityAvailable: '1100' },
      });
    });

    it('lists units with factors and the default unit', async () => {
      const res = await acmeBuyer.request(
        'query { product(sku: "CUP-12") { units { unit { id symbol } factor isDefault } } }',
      );
      expect(res.data?.product.units).toEqual([
        { unit: { id: unitId('ea'), symbol: 'ea' }, factor: '1', isDefault: false },
        { unit: { id: unitId('cs'), symbol: 'cs' }, factor: '24', isDefault: true },
        { unit: { id: unitId('plt'), symbol: 'plt' }, factor: '2880', isDefault: false },
      ]);
    });

    it("shows public documents to everyone and a company's own documents to that company only", async () => {
      const query = 'query { product(sku: "CUP-12") { documents { id kind title url contentType } } }';
      const certificateId = toGlobalId('Document', portal.catalog.documents.acmeCertificate.id);
      expect((await acmeBuyer.request(query)).data?.product.documents).toEqual([
        {
          id: certificateId,
          kind: 'CERTIFICATE_OF_CONFORMANCE',
          title: 'CUP-12 certificate for Acme',
          url: `/documents/${certificateId}`,
          contentType: 'application/pdf',
        },
      ]);
      expect((await globexBuyer.request(query)).data?.product.documents).toEqual([]);
      const sds = await globexBuyer.request('query { product(sku: "SOLV-55") { documents { kind title } } }');
      expect(sds.data?.product.documents).toEqual([
        { kind: 'SAFETY_DATA_SHEET', title: 'SOLV-55 safety data sheet' },
      ]);
    });

    it('lists categories and units of measure to any signed-in user', async () => {
      const res = await acmeBuyer.request(
        'query { categories { id name parent { name } } unitsOfMeasure { symbol category ratio rounding } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.categories.map((c: { name: string }) => c.name)).toEqual([
        'Chemicals',
        'Cleaning',
        'Cups',
        'Disposables',
        'Kitchen',
        'Solvents',
      ]);
      expect(res.data?.categories.find((c: { name: string }) => c.name === 'Cups').parent).toEqual({
        name: 'Disposables',
      });
      expect(res.data?.unitsOfMeasure).toContainEqual({
        symbol: 'gal',
        category: 'volume',
        ratio: '3.785411784',
        rounding: '0.01',
      });
    });
  });

  describe('search, filters, sorting and pagination', () => {
    it('searches sku, name and description, case-insensitively, most relevant first', async () => {
      const cup = await acmeBuyer.request(SKUS, { first: 100, filter: { search: 'CUP' } });
      expect(skusOf(cup.data?.products)).toEqual(['CUP-12', 'CUP-16', 'LID-12']);
      const citrus = await acmeBuyer.request(SKUS, { first: 100, filter: { search: 'citrus' } });
      expect(skusOf(citrus.data?.products)).toEqual(['DEGR-1']);
      const twoWords = await acmeBuyer.request(SKUS, { first: 100, filter: { search: 'paper 16' } });
      expect(skusOf(twoWords.data?.products)).toEqual(['CUP-16']);
      const wildcard = await acmeBuyer.request(SKUS, { first: 100, filter: { search: '%' } });
      expect(wildcard.data?.products.totalCount).toBe(0);
    });

    it('filters by category including sub-categories, by SKUs and by stock', async () => {
      const kitchen = await acmeBuyer.request(SKUS, {
        first: 100,
        filter: { categoryId: toGlobalId('Category', portal.catalog.categories.kitchen.id) },
        sort: { key: 'SKU' },
      });
      expect(skusOf(kitchen.data?.products)).toEqual([
        'CHEF-KNIFE',
        'CUP-12',
        'CUP-16',
        'LID-12',
        'MTO-SIGN',
        'NAPKIN-W',
        'OOS-BACK',
        'OOS-SHOW',
      ]);
      const cups = await acmeBuyer.request(SKUS, {
        first: 100,
        filter: { categoryId: toGlobalId('Category', portal.catalog.categories.cups.id) },
      });
      expect(skusOf(cups.data?.products).sort()).toEqual(['CUP-12', 'CUP-16']);
      const unknown = await acmeBuyer.request(SKUS, {
        first: 100,
        filter: { categoryId: toGlobalId('Category', 999_999) },
      });
      expect(unknown.data?.products.totalCount).toBe(0);
      const skus = await globexBuyer.request(SKUS, {
        first: 100,
        filter: { skus: ['SOLV-5', 'CHEF-KNIFE', 'OLD-TRAY', 'NOPE'] },
      });
      expect(skusOf(skus.data?.products)).toEqual(['SOLV-5']);
      const inStock = await acmeBuyer.request(SKUS, { first: 100, filter: { inStockOnly: true } });
      expect(skusOf(inStock.data?.products).sort()).toEqual(
        ACME_VISIBLE_SKUS.filter((s) => !['OOS-SHOW', 'OOS-BACK', 'MTO-SIGN'].includes(s)).sort(),
      );
    });

    it('sorts by name, sku and the price the viewer may see', async () => {
      const bySku = await acmeBuyer.request(SKUS, { first: 100, sort: { key: 'SKU', descending: true } });
      expect(skusOf(bySku.data?.products)).toEqual([...ACME_VISIBLE_SKUS].sort().reverse());

      const priced = await acmeBuyer.request(
        'query { products(first: 100, sort: { key: PRICE }) { edges { node { sku units { unit { symbol } factor } price(unitId: null) { unitPrice { amount } } } } } }',
      );
      const edges = priced.data?.products.edges as {
        node: { sku: string; units: { factor: string }[]; price: { unitPrice: { amount: string } } };
      }[];
      const baseUnitPrices = edges.map((e) =>
        toDecimalString(
          basePriceForFactor(
            e.node.price.unitPrice.amount,
            e.node.units.find((u) => u.factor !== '1')?.factor ?? '1',
          ),
        ),
      );
      expect(baseUnitPrices).toEqual([...baseUnitPrices].sort(compareDecimals));
      expect(edges[0]?.node.sku).toBe('OOS-SHOW');
      expect(edges.at(-1)?.node.sku).toBe('MTO-SIGN');

      const globexDesc = await globexBuyer.request(SKUS, {
        first: 3,
        sort: { key: 'PRICE', descending: true },
      });
      expect(skusOf(globexDesc.data?.products)).toEqual(['MTO-SIGN', 'DEGR-1', 'SOLV-5']);
      // A requisitioner sorts by the catalog prices they see.
      const cheap = await requisitioner.request(SKUS, { first: 3, sort: { key: 'PRICE' } });
      expect(skusOf(cheap.data?.products)).toEqual(['OOS-SHOW', 'NAPKIN-W', 'LID-12']);
    });

    it('paginates with cursors and a stable total count, at most 100 per page', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const res: {
          data?: {
            products: Edges & { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } };
          } | null;
        } = await acmeBuyer.request(SKUS, { first: 4, after, sort: { key: 'NAME' } });
        expect(res.data?.products.totalCount).toBe(ACME_VISIBLE_SKUS.length);
        seen.push(...skusOf(res.data!.products));
        if (!res.data?.products.pageInfo.hasNextPage) break;
        after = res.data.products.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(ACME_VISIBLE_SKUS.length);
      expect(new Set(seen).size).toBe(ACME_VISIBLE_SKUS.length);

      const priceSorted = await acmeBuyer.request(SKUS, { first: 5, sort: { key: 'PRICE' } });
      const next = await acmeBuyer.request(SKUS, {
        first: 5,
        after: priceSorted.data?.products.pageInfo.endCursor,
        sort: { key: 'PRICE' },
      });
      expect(next.data?.products.pageInfo.hasPreviousPage).toBe(true);
      expect(skusOf(next.data?.products).some((s) => skusOf(priceSorted.data?.products).includes(s))).toBe(
        false,
      );

      const tooMany = await acmeBuyer.request(SKUS, { first: 101 });
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const badCursor = await acmeBuyer.request(SKUS, { first: 5, after: 'bogus' });
      expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

describe.each(testEngines())('catalog statement count on %s', (engine) => {
  const counter = new StatementCounter();
  let portal: TestPortal;
  let buyer: GraphQLClient;
  const PAGE = `query($first: Int) { products(first: $first) { totalCount edges { node {
    id sku name category { id name parent { name } } baseUnit { symbol }
    units { unit { symbol } factor isDefault }
    availability { status quantityAvailable restockDate leadTimeDays }
    price(quantity: "5") { unitPrice { amount } lineTotal { amount } compareAtUnitPrice { amount } explanation unit { symbol } }
    priceBreaks { minQuantity unitPrice { amount } }
  } } } }`;

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, logger: counter });
    // 60 more products, so that a page of 50 is full.
    const { units } = portal.catalog;
    await portal.runtime.dataSource.transaction((em) =>
      addBulkProducts(em, portal.catalog, portal.clock.now(), 60, (productId) => [
        { productId, unitId: units.ea.id, factor: '1', isDefault: false },
        { productId, unitId: units.cs.id, factor: '12', isDefault: true },
      ]),
    );
    buyer = await portal.signedIn('buyer@acme.example');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('runs at most 10 statements for products(first: 50) with prices, breaks, availability, units and categories, whatever the page size', async () => {
    // The first page of a process also reads and compiles the pricelist's rules.
    const cold = await counter.count(() => buyer.request(PAGE, { first: 50 }));
    expect(cold.result.errors).toBeUndefined();
    expect(cold.count, cold.statements.join('\n')).toBeLessThanOrEqual(10);

    const fifty = await counter.count(() => buyer.request(PAGE, { first: 50 }));
    expect(fifty.result.errors).toBeUndefined();
    expect(fifty.result.data?.products.edges).toHaveLength(50);
    expect(fifty.result.data?.products.edges[0].node.price.explanation).toMatch(/^Gold tier: /);
    expect(fifty.count, fifty.statements.join('\n')).toBeLessThanOrEqual(10);
    expect(fifty.statements.some((sql) => /FROM\W+pricelist_rule\W+PricelistRule/i.test(sql))).toBe(false);
    expect(fifty.result.data).toEqual(cold.result.data);

    const five = await counter.count(() => buyer.request(PAGE, { first: 5 }));
    expect(five.result.data?.products.edges).toHaveLength(5);
    expect(fifty.count, `${five.statements.join('\n')}\n---\n${fifty.statements.join('\n')}`).toBe(
      five.count,
    );

    const byPrice = await counter.count(() =>
      buyer.request(
        PAGE.replace('products(first: $first)', 'products(first: $first, sort: { key: PRICE })'),
        { first: 50 },
      ),
    );
    expect(byPrice.result.errors).toBeUndefined();
    expect(byPrice.count, byPrice.statements.join('\n')).toBeLessThanOrEqual(10);
  });

  it('reads a product page (price, breaks, availability, units, category) in at most 10 statements', async () => {
    const PRODUCT = `query($sku: String) { product(sku: $sku) {
      id sku name category { id name parent { name } } baseUnit { symbol }
      units { unit { symbol } factor isDefault }
      availability { status quantityAvailable restockDate leadTimeDays }
      price(quantity: "5") { unitPrice { amount } lineTotal { amount } compareAtUnitPrice { amount } explanation unit { symbol } }
      priceBreaks { minQuantity unitPrice { amount } }
    } }`;
    const page = await counter.count(() => buyer.request(PRODUCT, { sku: 'BULK-007' }));
    expect(page.result.errors).toBeUndefined();
    expect(page.result.data?.product.sku).toBe('BULK-007');
    expect(page.result.data?.product.price.explanation).toMatch(/^Gold tier: /);
    expect(page.count, page.statements.join('\n')).toBeLessThanOrEqual(10);
  });
});
