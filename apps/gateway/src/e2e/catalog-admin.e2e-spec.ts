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
        input: { name: 'Bad', symbol: 'bad', category: 'colour', ratio: '0', rounding: '-1' },
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

  describe('customer companies', () => {
    it('creates a company with its pricelist, terms, limits, access groups, approval rules and addresses', async () => {
      const acme = gid('Company', portal.fixture.acme.company.id);
      const res = await sales.request(SAVE_COMPANY, {
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

      // Updating: addresses and rules are replaced, the parent cannot become a subsidiary.
      const id = res.data?.saveCompany.company.id;
      const updated = await sales.request(SAVE_COMPANY, {
        input: {
          companyId: id,
          name: 'Acme West Coast',
          currencyCode: 'USD',
          approvalRules: [],
          addresses: [],
        },
      });
      expect(updated.data?.saveCompany.company).toMatchObject({
        name: 'Acme West Coast',
        parent: null,
        pricelist: null,
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

    it('refuses bad input with field paths and writes nothing', async () => {
      const before = await counts();
      const res = await sales.request(SAVE_COMPANY, {
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
      const missing = await sales.request(SAVE_COMPANY, {
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

    it('refuses customer administration to customers and to staff without CUSTOMERS_MANAGE', async () => {
      for (const email of ['admin@acme.example', 'warehouse@seller.example']) {
        const res = await (
          await portal.signedIn(email)
        ).request(SAVE_COMPANY, { input: { name: 'Nope', currencyCode: 'USD' } });
        expect(res.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
      }
    });
  });
});
