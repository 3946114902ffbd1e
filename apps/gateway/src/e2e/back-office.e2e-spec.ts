import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const SIMULATE = `query($companyId: ID!, $productId: ID!, $quantity: Decimal!, $unitId: ID) {
  priceSimulation(companyId: $companyId, productId: $productId, quantity: $quantity, unitId: $unitId) {
    company { name } product { sku } pricelist { name } rule { label customerText minQuantity }
    inCatalog quantity unit { symbol } unitPrice { amount currencyCode } lineTotal { amount } explanation
  }
}`;
const BUYER_PRICE = `query($id: ID!, $quantity: Decimal!, $unitId: ID) {
  product(id: $id) { price(quantity: $quantity, unitId: $unitId) { unitPrice { amount } lineTotal { amount } explanation } }
}`;
const SAVE_UNIT =
  'mutation($input: SaveUnitOfMeasureInput!) { saveUnitOfMeasure(input: $input) { unit { symbol category ratio } userErrors { field code } } }';
const PRODUCT_DOCUMENTS = 'query($id: ID!) { product(id: $id) { documents { kind title contentType url } } }';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** What the SPA's back office needs beyond the catalog administration API. */
describe.each(testEngines())('back office additions on %s', (engine) => {
  let portal: TestPortal;
  let admin: GraphQLClient;
  let buyer: GraphQLClient;
  const gid = (type: string, id: number) => toGlobalId(type, id);

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    [admin, buyer] = await Promise.all([
      portal.signedIn('admin@seller.example'),
      portal.signedIn('buyer@acme.example'),
    ]);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('simulates a price: the rule that applied and exactly the explanation the buyer reads', async () => {
    const cup = gid('Product', portal.catalog.products['CUP-12'].id);
    const ea = gid('UnitOfMeasure', portal.catalog.units.ea.id);
    const acme = gid('Company', portal.fixture.acme.company.id);
    const simulated = await admin.request(SIMULATE, {
      companyId: acme,
      productId: cup,
      quantity: '100',
      unitId: ea,
    });
    expect(simulated.errors).toBeUndefined();
    const asBuyer = await buyer.request(BUYER_PRICE, { id: cup, quantity: '100', unitId: ea });
    const buyerPrice = asBuyer.data?.product.price;
    expect(simulated.data?.priceSimulation).toEqual({
      company: { name: portal.fixture.acme.company.name },
      product: { sku: 'CUP-12' },
      pricelist: { name: 'Gold tier' },
      rule: {
        label: 'Gold volume: list less 12% (our margin 24%)',
        customerText: 'Gold tier',
        minQuantity: '100',
      },
      inCatalog: true,
      quantity: '100',
      unit: { symbol: 'ea' },
      unitPrice: { amount: buyerPrice.unitPrice.amount, currencyCode: 'USD' },
      lineTotal: { amount: buyerPrice.lineTotal.amount },
      explanation: buyerPrice.explanation,
    });
    expect(buyerPrice.unitPrice.amount).toBe('0.44');

    // Below the volume break the 5% rule applies; in the default unit (case of 24).
    const small = await admin.request(SIMULATE, { companyId: acme, productId: cup, quantity: '1' });
    expect(small.data?.priceSimulation).toMatchObject({
      rule: { label: 'Gold: list less 5% (our margin 31%)' },
      unit: { symbol: 'cs' },
      unitPrice: { amount: '11.40' },
    });
  });

  it('tells when the company may not buy the product, and refuses bad input and buyers', async () => {
    const acme = gid('Company', portal.fixture.acme.company.id);
    const globex = gid('Company', portal.fixture.globex.company.id);
    const knife = gid('Product', portal.catalog.products['CHEF-KNIFE'].id);
    // The chef knife is for restaurants (acme), not globex.
    const hidden = await admin.request(SIMULATE, { companyId: globex, productId: knife, quantity: '1' });
    expect(hidden.data?.priceSimulation).toMatchObject({
      inCatalog: false,
      rule: null,
      unitPrice: null,
      lineTotal: null,
      explanation: null,
    });
    const bad = await admin.request(SIMULATE, { companyId: knife, productId: knife, quantity: '1' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('companyId');
    const zero = await admin.request(SIMULATE, { companyId: acme, productId: knife, quantity: '0' });
    expect(zero.errors?.[0]?.message).toContain('greater than zero');
    const denied = await buyer.request(SIMULATE, { companyId: acme, productId: knife, quantity: '1' });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.data).toBeNull();
  });

  it('units of measure: area (m², ft²) and the seller’s own categories, converted only within them', async () => {
    const save = (input: Record<string, string>) => admin.request(SAVE_UNIT, { input });
    const m2 = await save({
      name: 'Square metre',
      symbol: 'm²',
      category: 'area',
      ratio: '1',
      rounding: '0.01',
    });
    expect(m2.data?.saveUnitOfMeasure).toEqual({
      unit: { symbol: 'm²', category: 'area', ratio: '1' },
      userErrors: [],
    });
    const ft2 = await save({
      name: 'Square foot',
      symbol: 'ft²',
      category: 'Area',
      ratio: '0.09290304',
      rounding: '0.01',
    });
    expect(ft2.data?.saveUnitOfMeasure.unit).toEqual({
      symbol: 'ft²',
      category: 'area',
      ratio: '0.09290304',
    });
    const kwh = await save({
      name: 'Kilowatt hour',
      symbol: 'kWh',
      category: 'energy',
      ratio: '1',
      rounding: '0.1',
    });
    expect(kwh.data?.saveUnitOfMeasure.unit).toEqual({ symbol: 'kWh', category: 'energy', ratio: '1' });
    const bad = await save({ name: 'Bad', symbol: 'bd', category: '#1 things', ratio: '1', rounding: '1' });
    expect(bad.data?.saveUnitOfMeasure).toEqual({
      unit: null,
      userErrors: [{ field: ['input', 'category'], code: 'INVALID' }],
    });
  });

  it('stores product images with the documents: PNG or JPEG only, listed with the product and downloadable', async () => {
    const cup = gid('Product', portal.catalog.products['CUP-16'].id);
    const upload = (
      client: GraphQLClient,
      contentType: string,
      body: Buffer,
      query: Record<string, string>,
    ) =>
      fetch(`${portal.url}/documents?${new URLSearchParams(query).toString()}`, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'x-portal-upload': '1',
          ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}),
        },
        body,
      });
    const created = await upload(admin, 'image/png', PNG, {
      kind: 'PRODUCT_IMAGE',
      title: 'Cup 16 oz front',
      productId: cup,
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ kind: 'PRODUCT_IMAGE', contentType: 'image/png' });

    const pdf = await upload(admin, 'application/pdf', PDF, {
      kind: 'PRODUCT_IMAGE',
      title: 'Not a picture',
      productId: cup,
    });
    expect(pdf.status).toBe(415);
    expect(((await pdf.json()) as { error: { message: string } }).error.message).toContain('image/png');
    const nowhere = await upload(admin, 'image/png', PNG, { kind: 'PRODUCT_IMAGE', title: 'Nowhere' });
    expect(nowhere.status).toBe(400);
    const asBuyer = await upload(buyer, 'image/png', PNG, {
      kind: 'PRODUCT_IMAGE',
      title: 'Mine',
      productId: cup,
    });
    expect(asBuyer.status).toBe(403);

    // The buyer sees the picture with the product and may download it.
    const listed = await buyer.request(PRODUCT_DOCUMENTS, { id: cup });
    const images = (listed.data?.product.documents as { kind: string; url: string; title: string }[]).filter(
      (d) => d.kind === 'PRODUCT_IMAGE',
    );
    expect(images.map((d) => d.title)).toEqual(['Cup 16 oz front']);
    const download = await fetch(`${portal.url}${images[0]!.url}`, {
      headers: { cookie: buyer.sessionCookie ?? '' },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
  });
});
