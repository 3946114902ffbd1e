import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import {
  AccessGroup,
  AuditLog,
  Category,
  Company,
  Pricelist,
  PricelistRule,
  Product,
  UnitOfMeasure,
} from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { ensureStandardTaxRate } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const SAVE_UNIT =
  'mutation($input: SaveUnitOfMeasureInput!) { saveUnitOfMeasure(input: $input) { unit { id symbol category ratio rounding } userErrors { field message code } } }';
const SAVE_CATEGORY =
  'mutation($input: SaveCategoryInput!) { saveCategory(input: $input) { category { id name parent { name } } userErrors { field message code } } }';
const SAVE_PRODUCT = `mutation($input: SaveProductInput!) { saveProduct(input: $input) { product {
  id sku name published minimumOrderQuantity orderMultiple accessGroups cost { amount } catalogPrice { amount }
  category { name } baseUnit { symbol } units { unit { symbol } factor isDefault } availability { status restockDate leadTimeDays }
} userErrors { field message code } } }`;
const SAVE_PRICELIST = `mutation($input: SavePricelistInput!) { savePricelist(input: $input) { pricelist { id name currencyCode showsCatalogPrices
  rules { id scope category { name } product { sku } minQuantity validFrom validTo computation fixedPrice percentDiscount base basePricelist { name } formulaDiscountPercent formulaRounding }
} userErrors { field message code } } }`;
const SAVE_COMPANY = `mutation($input: SaveCompanyInput!) { saveCompany(input: $input) { company { id name parent { name } pricelist { name } paymentTerm { name }
  currencyCode creditLimit { amount } minimumOrderValue { amount } accessGroups approvalRules { orderTotalAbove { amount } lineCountAbove category { name } }
  addresses { label line1 city postalCode countryCode }
} userErrors { field message code } } }`;

describe.each(testEngines())('catalog and customer administration on %s', (engine) => {
  let portal: TestPortal;
  let staff: GraphQLClient;
  let sales: GraphQLClient;
  let buyer: GraphQLClient;
  const gid = (type: string, id: number) => toGlobalId(type, id);
  const unit = (symbol: 'ea' | 'cs' | 'plt' | 'gal' | 'L') =>
    gid('UnitOfMeasure', portal.catalog.units[symbol].id);

  /** Row counts of the tables a mutation may write, to show that a refused one wrote nothing. */
  const counts = async () => {
    const ds = portal.runtime.dataSource;
    return {
      units: await ds.getRepository(UnitOfMeasure).count(),
      categories: await ds.getRepository(Category).count(),
      products: await ds.getRepository(Product).count(),
      pricelists: await ds.getRepository(Pricelist).count(),
      rules: await ds.getRepository(PricelistRule).count(),
      companies: await ds.getRepository(Company).count(),
      groups: await ds.getRepository(AccessGroup).count(),
      audit: await ds.getRepository(AuditLog).count(),
    };
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    // Products are refused without a rate for their tax class (taxes.e2e-spec.ts).
    await ensureStandardTaxRate(portal.runtime.dataSource);
    [staff, sales, buyer] = await Promise.all([
      portal.signedIn('admin@seller.example'),
      portal.signedIn('sales@seller.example'),
      portal.signedIn('buyer@acme.example'),
    ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  describe('units of measure and categories', () => {
    it('creates and updates a unit, refusing a duplicate symbol and bad numbers with their field', async () => {
      const created = await staff.request(SAVE_UNIT, {
        input: { name: 'Dozen', symbol: 'dz', category: 'count', ratio: '12', rounding: '1' },
      });
      expect(created.data?.saveUnitOfMeasure).toEqual({
        unit: { id: expect.any(String), symbol: 'dz', category: 'count', ratio: '12', rounding: '1' },
        userErrors: [],
      });
      const updated = await staff.request(SAVE_UNIT, {
        input: {
          unitId: created.data?.saveUnitOfMeasure.unit.id,
          name: 'Dozen',
          symbol: 'dz',
          category: 'count',
          ratio: '12',
          rounding: '0.5',
        },
      });
      expect(updated.data?.saveUnitOfMeasure.unit.rounding).toBe('0.5');

      const before = await counts();
      const duplicate = await staff.request(SAVE_UNIT, {
        input: { name: 'Each again', symbol: 'ea', category: 'count', ratio: '1', rounding: '1' },
      });
      expect(duplicate.data?.saveUnitOfMeasure).toEqual({
        unit: null,
        userErrors: [
          { field: ['input', 'symbol'], message: expect.stringContaining('"ea"'), code: 'ALREADY_EXISTS' },
        ],
      });
      const bad = await staff.request(SAVE_UNIT, {
        input: { name: 'Bad', symbol: 'bad', category: '2 colours', ratio: '0', rounding: '-1' },
      });
      expect(
        bad.data?.saveUnitOfMeasure.userErrors.map((e: { field: string[]; code: string }) => [
          e.field.join('.'),
          e.code,
        ]),
      ).toEqual([
        ['input.category', 'INVALID'],
        ['input.ratio', 'INVALID'],
        ['input.rounding', 'INVALID'],
      ]);
      expect(await counts()).toEqual(before);
    });

    it('creates categories and refuses a cycle', async () => {
      const { kitchen, cups } = portal.catalog.categories;
      const created = await staff.request(SAVE_CATEGORY, {
        input: { name: 'Espresso cups', parentId: gid('Category', cups.id) },
      });
      expect(created.data?.saveCategory).toEqual({
        category: { id: expect.any(String), name: 'Espresso cups', parent: { name: 'Cups' } },
        userErrors: [],
      });

      const before = await counts();
      const cycle = await staff.request(SAVE_CATEGORY, {
        input: {
          categoryId: gid('Category', kitchen.id),
          name: 'Kitchen',
          parentId: created.data?.saveCategory.category.id,
        },
      });
      expect(cycle.data?.saveCategory).toEqual({
        category: null,
        userErrors: [
          { field: ['input', 'parentId'], message: expect.stringMatching(/under itself/), code: 'INVALID' },
        ],
      });
      const self = await staff.request(SAVE_CATEGORY, {
        input: {
          categoryId: gid('Category', kitchen.id),
          name: 'Kitchen',
          parentId: gid('Category', kitchen.id),
        },
      });
      expect(self.data?.saveCategory.userErrors[0]).toMatchObject({
        field: ['input', 'parentId'],
        code: 'INVALID',
      });
      const missing = await staff.request(SAVE_CATEGORY, {
        input: { name: 'Orphan', parentId: gid('Category', 999_999) },
      });
      expect(missing.data?.saveCategory.userErrors[0]).toMatchObject({
        field: ['input', 'parentId'],
        code: 'NOT_FOUND',
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses catalog administration to customers and to staff without CATALOG_MANAGE', async () => {
      for (const client of [buyer, sales]) {
        const res = await client.request(SAVE_CATEGORY, { input: { name: 'Nope' } });
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('products', () => {
    const base = () => ({
      sku: 'TUMBLER-1',
      name: 'Tumbler',
      description: 'Reusable tumbler',
      categoryId: gid('Category', portal.catalog.categories.cups.id),
      baseUnitId: unit('ea'),
      listPrice: '2.50',
      cost: '1.10',
    });

    it('creates a product, deriving unit factors from ratios, with the base unit included', async () => {
      const res = await staff.request(SAVE_PRODUCT, {
        input: {
          ...base(),
          units: [
            { unitId: unit('cs'), isDefault: true },
            { unitId: unit('plt'), factor: '1000' },
          ],
          minimumOrderQuantity: '24',
          orderMultiple: '12',
          stockOnHand: '0',
          availabilityPolicy: 'ALLOW_BACKORDER',
          restockDate: '2027-01-10',
          accessGroups: ['Schools', 'restaurants'],
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.saveProduct.userErrors).toEqual([]);
      expect(res.data?.saveProduct.product).toEqual({
        id: expect.any(String),
        sku: 'TUMBLER-1',
        name: 'Tumbler',
        published: true,
        minimumOrderQuantity: '24',
        orderMultiple: '12',
        accessGroups: ['restaurants', 'schools'],
        cost: { amount: '1.10' },
        catalogPrice: { amount: '2.50' },
        category: { name: 'Cups' },
        baseUnit: { symbol: 'ea' },
        units: [
          { unit: { symbol: 'ea' }, factor: '1', isDefault: false },
          { unit: { symbol: 'cs' }, factor: '24', isDefault: true },
          { unit: { symbol: 'plt' }, factor: '1000', isDefault: false },
        ],
        availability: { status: 'BACKORDER', restockDate: '2027-01-10', leadTimeDays: null },
      });
      // The unknown group code was created; acme (restaurants) sees the product, globex does not.
      expect(await portal.runtime.dataSource.getRepository(AccessGroup).existsBy({ code: 'schools' })).toBe(
        true,
      );
      const query =
        'query { product(sku: "TUMBLER-1") { sku price(quantity: "2") { unitPrice { amount } explanation } } }';
      expect((await buyer.request(query)).data?.product).toEqual({
        sku: 'TUMBLER-1',
        price: { unitPrice: { amount: '57.00' }, explanation: 'Gold tier: contract discount' },
      });
      expect((await (await portal.signedIn('buyer@globex.example')).request(query)).data?.product).toBeNull();

      const audit = await portal.runtime.dataSource
        .getRepository(AuditLog)
        .findOneByOrFail({ entityType: 'Product', action: 'create' });
      expect(audit.actorId).toBe(portal.fixture.staff.STAFF_ADMIN.id);
    });

    it('updates a product: new list price and units show at once, unpublishing hides it from customers', async () => {
      const id = (await staff.request('query { product(sku: "TUMBLER-1") { id } }')).data?.product.id;
      const res = await staff.request(SAVE_PRODUCT, {
        input: {
          ...base(),
          productId: id,
          listPrice: '3.00',
          units: [{ unitId: unit('cs'), factor: '20' }],
          accessGroups: [],
        },
      });
      expect(res.data?.saveProduct.userErrors).toEqual([]);
      expect(res.data?.saveProduct.product).toMatchObject({
        catalogPrice: { amount: '3.00' },
        accessGroups: [],
        units: [
          { unit: { symbol: 'ea' }, factor: '1', isDefault: true },
          { unit: { symbol: 'cs' }, factor: '20', isDefault: false },
        ],
        // Stock and policy were not given: they stay.
        availability: { status: 'BACKORDER', restockDate: '2027-01-10' },
      });
      const globex = await portal.signedIn('buyer@globex.example');
      expect(
        (await globex.request('query { product(sku: "TUMBLER-1") { price { unitPrice { amount } } } }')).data
          ?.product.price.unitPrice.amount,
      ).toBe('3.00');

      await staff.request(SAVE_PRODUCT, { input: { ...base(), productId: id, published: false } });
      expect((await globex.request('query { product(sku: "TUMBLER-1") { sku } }')).data?.product).toBeNull();
      expect(
        (await staff.request('query { product(sku: "TUMBLER-1") { published } }')).data?.product.published,
      ).toBe(false);
    });

    it('changes only what a save names: a new name keeps cost, minimum, multiple and category', async () => {
      const created = await staff.request(SAVE_PRODUCT, {
        input: { ...base(), sku: 'KEEP-1', minimumOrderQuantity: '24', orderMultiple: '12' },
      });
      const id = created.data?.saveProduct.product.id;
      const renamed = await staff.request(SAVE_PRODUCT, {
        input: { productId: id, name: 'Tumbler, renamed' },
      });
      expect(renamed.data?.saveProduct).toEqual({
        product: { ...created.data?.saveProduct.product, name: 'Tumbler, renamed' },
        userErrors: [],
      });
      const cleared = await staff.request(SAVE_PRODUCT, {
        input: { productId: id, minimumOrderQuantity: null, categoryId: null },
      });
      expect(cleared.data?.saveProduct.product).toMatchObject({
        name: 'Tumbler, renamed',
        minimumOrderQuantity: null,
        orderMultiple: '12',
        category: null,
        cost: { amount: '1.10' },
      });
      // Creating still needs what a product cannot be without; a new base unit needs its units.
      const incomplete = await staff.request(SAVE_PRODUCT, { input: { sku: 'HALF-1' } });
      expect(
        incomplete.data?.saveProduct.userErrors.map((e: { field: string[] }) => e.field.join('.')),
      ).toEqual(['input.name', 'input.baseUnitId', 'input.listPrice']);
      const rebased = await staff.request(SAVE_PRODUCT, { input: { productId: id, baseUnitId: unit('cs') } });
      expect(rebased.data?.saveProduct.userErrors).toEqual([
        {
          field: ['input', 'units'],
          message:
            "Give the product's units again when its base unit changes: their factors count base units.",
          code: 'INVALID',
        },
      ]);
    });

    it('refuses bad input with field paths and writes nothing', async () => {
      const before = await counts();
      const duplicate = await staff.request(SAVE_PRODUCT, { input: { ...base(), sku: 'CUP-12' } });
      expect(duplicate.data?.saveProduct).toEqual({
        product: null,
        userErrors: [
          {
            field: ['input', 'sku'],
            message: 'A product with SKU CUP-12 already exists.',
            code: 'ALREADY_EXISTS',
          },
        ],
      });

      const bad = await staff.request(SAVE_PRODUCT, {
        input: {
          ...base(),
          sku: 'NEW-1',
          listPrice: '1.23456',
          cost: '-1',
          minimumOrderQuantity: '0',
          units: [
            { unitId: unit('cs'), factor: '0', isDefault: true },
            { unitId: unit('plt'), isDefault: true },
          ],
          accessGroups: ['ok', 'not ok!'],
        },
      });
      expect(bad.data?.saveProduct.product).toBeNull();
      expect(
        bad.data?.saveProduct.userErrors.map((e: { field: string[]; code: string }) => [
          e.field.join('.'),
          e.code,
        ]),
      ).toEqual([
        ['input.listPrice', 'INVALID'],
        ['input.cost', 'INVALID'],
        ['input.minimumOrderQuantity', 'INVALID'],
        ['input.units.0.factor', 'INVALID'],
        ['input.units', 'INVALID'],
        ['input.accessGroups.1', 'INVALID'],
      ]);

      const wrongUnit = await staff.request(SAVE_PRODUCT, {
        input: {
          ...base(),
          sku: 'NEW-2',
          units: [{ unitId: unit('gal') }, { unitId: gid('UnitOfMeasure', 999_999) }],
        },
      });
      expect(wrongUnit.data?.saveProduct.userErrors).toEqual([
        {
          field: ['input', 'units', '0', 'unitId'],
          message: 'gal (volume) cannot be a unit of a product sold in ea (count).',
          code: 'UNIT_NOT_ALLOWED',
        },
        { field: ['input', 'units', '1', 'unitId'], message: 'No such unit.', code: 'NOT_FOUND' },
      ]);
      const missingCategory = await staff.request(SAVE_PRODUCT, {
        input: { ...base(), sku: 'NEW-3', categoryId: gid('Category', 999_999) },
      });
      expect(missingCategory.data?.saveProduct.userErrors).toEqual([
        { field: ['input', 'categoryId'], message: 'No such category.', code: 'NOT_FOUND' },
      ]);
      expect(await counts()).toEqual(before);
    });

    it('refuses a decimal sent as a number with BAD_USER_INPUT', async () => {
      const res = await staff.request(SAVE_PRODUCT, { input: { ...base(), sku: 'NEW-4', listPrice: 2.5 } });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('pricelists', () => {
    const rule = (fields: Record<string, unknown>) => ({
      scope: 'ALL_PRODUCTS',
      computation: 'PERCENT_DISCOUNT',
      ...fields,
    });

    it('lists pricelists with their rules to PRICING_MANAGE staff only', async () => {
      const query =
        'query { pricelists { name showsCatalogPrices rules { scope minQuantity computation percentDiscount fixedPrice product { sku } } } }';
      const res = await staff.request(query);
      expect(res.errors).toBeUndefined();
      expect(res.data?.pricelists).toContainEqual({
        name: 'Gold tier',
        showsCatalogPrices: false,
        rules: [
          {
            scope: 'ALL_PRODUCTS',
            minQuantity: '0',
            computation: 'PERCENT_DISCOUNT',
            percentDiscount: '5',
            fixedPrice: null,
            product: null,
          },
          {
            scope: 'ALL_PRODUCTS',
            minQuantity: '100',
            computation: 'PERCENT_DISCOUNT',
            percentDiscount: '12',
            fixedPrice: null,
            product: null,
          },
        ],
      });
      for (const client of [buyer, sales])
        expect((await client.request(query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // A customer sees its own pricelist's name, but never its rules.
      const own = await buyer.request('query { viewer { company { pricelist { name rules { scope } } } } }');
      expect(own.data?.viewer.company.pricelist).toEqual({ name: 'Gold tier', rules: null });
      expect(own.errors?.[0]).toMatchObject({
        path: ['viewer', 'company', 'pricelist', 'rules'],
        extensions: { code: 'FORBIDDEN' },
      });
      // Through node(id): the own pricelist, never another company's; every category and unit.
      const NODE =
        'query($id: ID!) { node(id: $id) { id ... on Pricelist { name } ... on Category { name } ... on UnitOfMeasure { symbol } } }';
      const goldId = gid('Pricelist', portal.catalog.pricelists.gold.id);
      const globexId = gid('Pricelist', portal.catalog.pricelists.globexContract.id);
      expect((await buyer.request(NODE, { id: goldId })).data?.node).toEqual({
        id: goldId,
        name: 'Gold tier',
      });
      expect((await buyer.request(NODE, { id: globexId })).data).toEqual({ node: null });
      expect((await staff.request(NODE, { id: globexId })).data?.node.name).toBe('Globex contract');
      expect(
        (await buyer.request(NODE, { id: gid('Category', portal.catalog.categories.cups.id) })).data?.node
          .name,
      ).toBe('Cups');
      expect((await buyer.request(NODE, { id: unit('gal') })).data?.node.symbol).toBe('gal');
    });

    it('creates a pricelist based on another, replaces its rules, and refuses a cycle', async () => {
      const gold = gid('Pricelist', portal.catalog.pricelists.gold.id);
      const created = await staff.request(SAVE_PRICELIST, {
        input: {
          name: 'Silver tier',
          currencyCode: 'usd',
          rules: [
            rule({
              computation: 'FORMULA',
              base: 'OTHER_PRICELIST',
              basePricelistId: gold,
              formulaDiscountPercent: '-2',
              formulaRounding: '0.05',
            }),
            rule({
              scope: 'PRODUCT',
              productId: gid('Product', portal.catalog.products['SOLV-55'].id),
              computation: 'FIXED',
              fixedPrice: '3.50',
              minQuantity: '110',
              validFrom: '2026-01-01',
              validTo: '2026-12-31',
            }),
          ],
        },
      });
      expect(created.data?.savePricelist.userErrors).toEqual([]);
      const silver = created.data?.savePricelist.pricelist;
      expect(silver).toMatchObject({ name: 'Silver tier', currencyCode: 'USD', showsCatalogPrices: false });
      expect(silver.rules).toEqual([
        expect.objectContaining({
          scope: 'ALL_PRODUCTS',
          computation: 'FORMULA',
          base: 'OTHER_PRICELIST',
          basePricelist: { name: 'Gold tier' },
          formulaDiscountPercent: '-2',
          formulaRounding: '0.05',
        }),
        expect.objectContaining({
          scope: 'PRODUCT',
          product: { sku: 'SOLV-55' },
          fixedPrice: '3.5',
          minQuantity: '110',
          validFrom: '2026-01-01',
          validTo: '2026-12-31',
        }),
      ]);

      // Gold based on Silver would make a cycle: refused, nothing written.
      const before = await counts();
      const cycle = await staff.request(SAVE_PRICELIST, {
        input: {
          pricelistId: gold,
          name: 'Gold tier',
          currencyCode: 'USD',
          rules: [
            rule({ percentDiscount: '5' }),
            rule({ computation: 'FORMULA', base: 'OTHER_PRICELIST', basePricelistId: silver.id }),
          ],
        },
      });
      expect(cycle.data?.savePricelist).toEqual({
        pricelist: null,
        userErrors: [
          {
            field: ['input', 'rules', '1', 'basePricelistId'],
            message:
              'Pricelists would price from each other in a cycle: Gold tier → Silver tier → Gold tier.',
            code: 'INVALID',
          },
        ],
      });
      expect(await counts()).toEqual(before);

      const replaced = await staff.request(SAVE_PRICELIST, {
        input: {
          pricelistId: silver.id,
          name: 'Silver tier',
          currencyCode: 'USD',
          showsCatalogPrices: true,
          rules: [rule({ percentDiscount: '3' })],
        },
      });
      expect(replaced.data?.savePricelist.pricelist).toMatchObject({
        showsCatalogPrices: true,
        rules: [{ scope: 'ALL_PRODUCTS', percentDiscount: '3' }],
      });
      expect((await counts()).rules).toBe(before.rules - 1);
    });

    it("maps the domain's rule checks to INVALID errors on the rule's field and writes nothing", async () => {
      const before = await counts();
      const res = await staff.request(SAVE_PRICELIST, {
        input: {
          name: 'Broken',
          currencyCode: 'XXY',
          rules: [
            rule({}),
            rule({ computation: 'FIXED', validFrom: '2026-12-31', validTo: '2026-01-01', fixedPrice: '1' }),
            rule({ scope: 'CATEGORY', percentDiscount: '5' }),
            rule({ percentDiscount: '150' }),
            rule({ percentDiscount: '5', minQuantity: '-1' }),
            rule({ computation: 'FIXED', fixedPrice: '1.234567' }),
            rule({
              scope: 'PRODUCT',
              productId: gid('Product', 999_999),
              computation: 'FIXED',
              fixedPrice: '1',
            }),
          ],
        },
      });
      expect(res.data?.savePricelist.pricelist).toBeNull();
      expect(
        res.data?.savePricelist.userErrors.map((e: { field: string[]; code: string }) => [
          e.field.join('.'),
          e.code,
        ]),
      ).toEqual([
        ['input.currencyCode', 'INVALID'],
        ['input.rules.0.percentDiscount', 'INVALID'],
        ['input.rules.1.validTo', 'INVALID'],
        ['input.rules.2.categoryId', 'INVALID'],
        ['input.rules.3.percentDiscount', 'INVALID'],
        ['input.rules.4.minQuantity', 'INVALID'],
        ['input.rules.5.fixedPrice', 'INVALID'],
      ]);
      const missing = await staff.request(SAVE_PRICELIST, {
        input: {
          name: 'Broken',
          currencyCode: 'USD',
          rules: [
            rule({
              scope: 'PRODUCT',
              productId: gid('Product', 999_999),
              computation: 'FIXED',
              fixedPrice: '1',
            }),
          ],
        },
      });
      expect(missing.data?.savePricelist.userErrors).toEqual([
        { field: ['input', 'rules', '0', 'productId'], message: 'No such product.', code: 'NOT_FOUND' },
      ]);
      expect(await counts()).toEqual(before);
    });
  });

  describe('pricelists: partial saves, warnings and prices on request', () => {
    const rule = (fields: Record<string, unknown>) => ({
      scope: 'ALL_PRODUCTS',
      computation: 'PERCENT_DISCOUNT',
      ...fields,
    });
    const SAVE = `mutation($input: SavePricelistInput!) { savePricelist(input: $input) {
      pricelist { id name showsCatalogPrices pricePrecision rules { label customerText percentDiscount } }
      userErrors { field message code } warnings { field message code } } }`;

    it('keeps the rules a save does not name, warns when hidden list prices can be worked out', async () => {
      const created = await staff.request(SAVE, {
        input: {
          name: 'Bronze',
          currencyCode: 'USD',
          pricePrecision: 2,
          rules: [
            rule({ percentDiscount: '3', label: 'Bronze: list less 3%, margin 35%', customerText: 'Bronze' }),
            rule({ percentDiscount: '6', minQuantity: '100', label: 'Bronze volume' }),
          ],
        },
      });
      expect(created.data?.savePricelist).toMatchObject({
        pricelist: { name: 'Bronze', showsCatalogPrices: false, pricePrecision: 2 },
        userErrors: [],
        warnings: [
          {
            field: ['input', 'showsCatalogPrices'],
            message: expect.stringContaining(
              '2 of its rules compute prices as a percentage of the list price',
            ),
            code: 'INVALID',
          },
        ],
      });
      const id = created.data?.savePricelist.pricelist.id;
      const renamed = await staff.request(SAVE, { input: { pricelistId: id, name: 'Bronze tier' } });
      expect(renamed.data?.savePricelist.pricelist).toEqual({
        ...created.data?.savePricelist.pricelist,
        name: 'Bronze tier',
      });
      const shown = await staff.request(SAVE, { input: { pricelistId: id, showsCatalogPrices: true } });
      expect(shown.data?.savePricelist.warnings).toEqual([]);
      const precision = await staff.request(SAVE, { input: { pricelistId: id, pricePrecision: 5 } });
      expect(precision.data?.savePricelist.userErrors).toEqual([
        {
          field: ['input', 'pricePrecision'],
          message: 'Unit prices in USD have 2 to 4 decimals.',
          code: 'INVALID',
        },
      ]);
    });

    it('refuses a product without a cost under a cost-based rule; one that slips through is "price on request"', async () => {
      const cups = gid('Category', portal.catalog.categories.cups.id);
      const product = (sku: string, cost: string | null) =>
        staff.request(SAVE_PRODUCT, {
          input: { sku, name: sku, categoryId: cups, baseUnitId: unit('ea'), listPrice: '2.00', cost },
        });
      const priced = await product('COSTED-1', '1.00');
      await product('COSTLESS-1', null);
      const costPlus = await staff.request(SAVE, {
        input: {
          name: 'Cost plus',
          currencyCode: 'USD',
          rules: [
            rule({
              scope: 'CATEGORY',
              categoryId: cups,
              computation: 'FORMULA',
              base: 'COST',
              formulaDiscountPercent: '-25',
              label: 'cups at cost plus 25%',
            }),
          ],
        },
      });
      expect(costPlus.data?.savePricelist.warnings).toEqual([
        {
          field: ['input', 'rules'],
          message: expect.stringMatching(/products without a cost \(COSTLESS-1\)/),
          code: 'INVALID',
        },
      ]);
      const refused = await staff.request(SAVE_PRODUCT, {
        input: { productId: priced.data?.saveProduct.product.id, cost: null },
      });
      expect(refused.data?.saveProduct.userErrors).toEqual([
        {
          field: ['input', 'cost'],
          message:
            'COSTED-1 needs a cost: pricelist Cost plus prices it from cost (rule "cups at cost plus 25%").',
          code: 'INVALID',
        },
      ]);

      // globex on the cost-plus pricelist: COSTLESS-1 is on request, the page and the price sort still answer.
      const globexId = gid('Company', portal.fixture.globex.company.id);
      const globexPricelist = gid('Pricelist', portal.fixture.globex.company.pricelistId!);
      await staff.request(SAVE_COMPANY, {
        input: { companyId: globexId, pricelistId: costPlus.data?.savePricelist.pricelist.id },
      });
      try {
        const globex = await portal.signedIn('buyer@globex.example');
        const page = await globex.request(
          `query { products(first: 100, sort: { key: PRICE }, filter: { categoryId: "${cups}" }) { edges { node { sku priceOnRequest price { unitPrice { amount } explanation } priceBreaks { minQuantity } } } } }`,
        );
        expect(page.errors).toBeUndefined();
        const nodes = (page.data?.products.edges as { node: { sku: string } }[]).map((e) => e.node);
        expect(nodes.at(-1)).toEqual({
          sku: 'COSTLESS-1',
          priceOnRequest: true,
          price: null,
          priceBreaks: [],
        });
        expect(nodes.find((n) => n.sku === 'COSTED-1')).toEqual({
          sku: 'COSTED-1',
          priceOnRequest: false,
          price: { unitPrice: { amount: '1.25' }, explanation: 'Contract formula price' },
          priceBreaks: [{ minQuantity: '1' }],
        });
        const ordered = await globex.request(
          'mutation { createDraftOrder(input: { lines: [{ sku: "COSTLESS-1", quantity: "1" }] }) { order { id } userErrors { code message } } }',
        );
        expect(ordered.data?.createDraftOrder).toEqual({
          order: null,
          userErrors: [
            {
              code: 'NOT_AVAILABLE',
              message: 'COSTLESS-1: price on request; ask for a quote (RFQ) to order it.',
            },
          ],
        });
      } finally {
        await staff.request(SAVE_COMPANY, { input: { companyId: globexId, pricelistId: globexPricelist } });
      }
    });
  });

  describe('customer companies', () => {
    it('creates a company with its pricelist, terms, limits, access groups, approval rules and addresses', async () => {
      const acme = gid('Company', portal.fixture.acme.company.id);
      const res = await staff.request(SAVE_COMPANY, {
        input: {
          name: 'Acme West',
          parentId: acme,
          currencyCode: 'USD',
          pricelistId: gid('Pricelist', portal.catalog.pricelists.globexContract.id),
          paymentTermId: gid('PaymentTerm', portal.fixture.acme.company.paymentTermId!),
          creditLimit: '10000',
          minimumOrderValue: '100.50',
          accessGroups: ['restaurants', 'west-coast'],
          approvalRules: [
            { orderTotalAbove: '5000' },
            { lineCountAbove: 20 },
            { categoryId: gid('Category', portal.catalog.categories.solvents.id) },
          ],
          addresses: [
            {
              label: 'Warehouse',
              line1: '9 Dock Road',
              city: 'Oakland',
              region: 'CA',
              postalCode: '94607',
              countryCode: 'us',
            },
          ],
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.saveCompany).toEqual({
        company: {
          id: expect.any(String),
          name: 'Acme West',
          parent: { name: 'Acme Restaurant Group' },
          pricelist: { name: 'Globex contract' },
          paymentTerm: { name: 'Net 30' },
          currencyCode: 'USD',
          creditLimit: { amount: '10000.00' },
          minimumOrderValue: { amount: '100.50' },
          accessGroups: ['restaurants', 'west-coast'],
          approvalRules: [
            { orderTotalAbove: { amount: '5000.00' }, lineCountAbove: null, category: null },
            { orderTotalAbove: null, lineCountAbove: 20, category: null },
            { orderTotalAbove: null, lineCountAbove: null, category: { name: 'Solvents' } },
          ],
          addresses: [
            {
              label: 'Warehouse',
              line1: '9 Dock Road',
              city: 'Oakland',
              postalCode: '94607',
              countryCode: 'US',
            },
          ],
        },
        userErrors: [],
      });

      // Updating changes only what the input names: a new name keeps every term.
      const id = res.data?.saveCompany.company.id;
      const renamed = await sales.request(SAVE_COMPANY, {
        input: { companyId: id, name: 'Acme West Coast' },
      });
      expect(renamed.data?.saveCompany).toEqual({
        company: { ...res.data?.saveCompany.company, name: 'Acme West Coast' },
        userErrors: [],
      });

      // An explicit null clears, an empty list replaces; what is omitted stays.
      const updated = await staff.request(SAVE_COMPANY, {
        input: { companyId: id, parentId: null, creditLimit: null, approvalRules: [], addresses: [] },
      });
      expect(updated.data?.saveCompany.company).toMatchObject({
        name: 'Acme West Coast',
        parent: null,
        pricelist: { name: 'Globex contract' },
        paymentTerm: { name: 'Net 30' },
        creditLimit: null,
        minimumOrderValue: { amount: '100.50' },
        approvalRules: [],
        addresses: [],
        accessGroups: ['restaurants', 'west-coast'],
      });

      const before = await counts();
      await sales.request(SAVE_COMPANY, {
        input: { companyId: id, name: 'Acme West Coast', currencyCode: 'USD', parentId: acme },
      });
      const cycle = await sales.request(SAVE_COMPANY, {
        input: { companyId: acme, name: 'Acme Restaurant Group', currencyCode: 'USD', parentId: id },
      });
      expect(cycle.data?.saveCompany).toEqual({
        company: null,
        userErrors: [
          { field: ['input', 'parentId'], message: expect.stringMatching(/own parent/), code: 'INVALID' },
        ],
      });
      expect((await counts()).companies).toBe(before.companies);
    });

    it('leaves the pricelist to pricing and credit to accounting: sales may not set them', async () => {
      const acme = gid('Company', portal.fixture.acme.company.id);
      const before = await counts();
      const bySales = await sales.request(SAVE_COMPANY, {
        input: {
          companyId: acme,
          name: 'Acme Restaurant Group',
          creditLimit: '9999999',
          paymentTermId: null,
          pricelistId: null,
        },
      });
      expect(bySales.data?.saveCompany).toEqual({
        company: null,
        userErrors: [
          {
            field: ['input', 'pricelistId'],
            message: 'Changing the pricelist requires PRICING_MANAGE.',
            code: 'FORBIDDEN',
          },
          {
            field: ['input', 'creditLimit'],
            message: 'Changing the credit limit requires CREDIT_MANAGE.',
            code: 'FORBIDDEN',
          },
          {
            field: ['input', 'paymentTermId'],
            message: 'Changing the payment term requires CREDIT_MANAGE.',
            code: 'FORBIDDEN',
          },
        ],
      });
      expect(await counts()).toEqual(before);

      // Accounting sets credit, and nothing else: the name stays the customer team's.
      const accounting = await portal.signedIn('accounting@seller.example');
      const byAccounting = await accounting.request(SAVE_COMPANY, {
        input: { companyId: acme, creditLimit: '75000' },
      });
      expect(byAccounting.data?.saveCompany.company).toMatchObject({
        name: 'Acme Restaurant Group',
        creditLimit: { amount: '75000.00' },
        pricelist: { name: 'Gold tier' },
      });
      const renaming = await accounting.request(SAVE_COMPANY, {
        input: { companyId: acme, name: 'Renamed' },
      });
      expect(renaming.data?.saveCompany.userErrors).toEqual([
        {
          field: ['input', 'name'],
          message: 'Changing the name requires CUSTOMERS_MANAGE.',
          code: 'FORBIDDEN',
        },
      ]);
      const creating = await accounting.request(SAVE_COMPANY, {
        input: { name: 'New', currencyCode: 'USD', creditLimit: '1' },
      });
      expect(
        creating.data?.saveCompany.userErrors.map((e: { field: string[] }) => e.field.join('.')),
      ).toEqual(['input.companyId', 'input.name', 'input.currencyCode']);
    });

    it('refuses bad input with field paths and writes nothing', async () => {
      const before = await counts();
      const res = await staff.request(SAVE_COMPANY, {
        input: {
          name: ' ',
          currencyCode: 'dollars',
          creditLimit: '-5',
          minimumOrderValue: '1.000001',
          pricelistId: gid('Pricelist', 999_999),
          approvalRules: [{}],
          addresses: [{ line1: '', city: 'X', postalCode: '1', countryCode: 'USA' }],
          accessGroups: ['new-group'],
        },
      });
      expect(res.data?.saveCompany.company).toBeNull();
      expect(
        res.data?.saveCompany.userErrors.map((e: { field: string[]; code: string }) => [
          e.field.join('.'),
          e.code,
        ]),
      ).toEqual([
        ['input.name', 'INVALID'],
        ['input.currencyCode', 'INVALID'],
        ['input.creditLimit', 'INVALID'],
        ['input.minimumOrderValue', 'INVALID'],
        ['input.approvalRules.0', 'INVALID'],
        ['input.addresses.0.countryCode', 'INVALID'],
        ['input.addresses.0.line1', 'INVALID'],
      ]);
      const missing = await staff.request(SAVE_COMPANY, {
        input: {
          name: 'Ghost',
          currencyCode: 'USD',
          pricelistId: gid('Pricelist', 999_999),
          accessGroups: ['new-group'],
        },
      });
      expect(missing.data?.saveCompany.userErrors).toEqual([
        { field: ['input', 'pricelistId'], message: 'No such pricelist.', code: 'NOT_FOUND' },
      ]);
      expect(await counts()).toEqual(before);
    });

    it('refuses customer administration to customers and to staff without a customer permission', async () => {
      for (const email of ['admin@acme.example', 'warehouse@seller.example']) {
        const res = await (
          await portal.signedIn(email)
        ).request(SAVE_COMPANY, { input: { name: 'Nope', currencyCode: 'USD' } });
        expect(res.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
      }
    });
  });
});
