/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark reads GraphQL responses loosely */
import type { Connection } from 'mysql2/promise';
import { MARKER_TABLE, adminEmail, buyerEmail } from './generate';
import { PortalClient } from './portal-client';

/**
 * The wholesale benchmark's scenarios. Each `run` sends one request (or, for the submits, one
 * submit of a draft prepared beforehand) and returns what came back, so that the CI smoke can
 * check it is real data; it throws on GraphQL errors or user errors, which the load generator
 * counts as errors.
 */
export interface Scenario {
  name: string;
  /** How many requests for a run of `requests` (submits are fewer: each needs a draft). */
  requestsFor(requests: number): number;
  /** Clients for this scenario when not the run's (the large submit also runs alone). */
  concurrency?: number;
  /** Untimed preparation for `count` runs (drafts of the 1,000-line order). */
  prepare?(count: number): Promise<void>;
  run(i: number): Promise<any>;
}

/** What the scenarios need from the data, picked by SQL (the benchmark's own look-up, not the portal's). */
export interface Fixtures {
  companyId: number;
  buyer: string;
  admin: string;
  /** SKUs in the company's generated orders (from the end of the catalog, away from the orderable ones the submits use). */
  orderedSkus: string[];
  /** Prefixes of the company's order numbers (each matches some of its orders). */
  numberPrefixes: string[];
  /** Product SKUs to open the product page of. */
  productSkus: string[];
  /** Two-word searches ("Nitrile Gloves"): the most frequent first two words of product names. */
  searchTerms: string[];
  /** Orderable products without minimum or multiple: the template and the large order. */
  orderableSkus: string[];
  /** Buyers of ten other companies, one each: the template submit as ten customers send it. */
  otherBuyers: string[];
}

/**
 * Fixtures from the generated orders only (ids up to the marker's generatedOrders): the orders
 * earlier benchmark runs placed on a reused database (1,000-line ones among them) are left out.
 */
export async function pickFixtures(db: Connection): Promise<Fixtures> {
  const [markers] = await db.query(`SELECT generatedOrders FROM ${MARKER_TABLE} WHERE complete = 1`);
  const generated = Number((markers as { generatedOrders: number }[])[0]?.generatedOrders);
  if (!generated) throw new Error(`no complete ${MARKER_TABLE}: is the wholesale data loaded?`);
  // The company with the most orders that also has invoices.
  const [companies] = await db.query(
    `SELECT o.companyId, COUNT(*) AS orders FROM sales_order o
      WHERE o.id <= ? AND o.companyId IN (SELECT companyId FROM invoice)
      GROUP BY o.companyId ORDER BY orders DESC, o.companyId LIMIT 1`,
    [generated],
  );
  const companyId = Number((companies as { companyId: number }[])[0]?.companyId);
  if (!companyId) throw new Error('no company with orders and invoices: is the wholesale data loaded?');
  const [skus] = await db.query(
    `SELECT DISTINCT ol.sku FROM order_line ol JOIN sales_order o ON o.id = ol.orderId
      WHERE o.companyId = ? AND o.id <= ? ORDER BY ol.sku DESC LIMIT 20`,
    [companyId, generated],
  );
  const [numbers] = await db.query(
    'SELECT number FROM sales_order WHERE companyId = ? AND id <= ? ORDER BY id LIMIT 200',
    [companyId, generated],
  );
  const numberPrefixes = [
    ...new Set((numbers as { number: string }[]).map((r) => r.number.slice(0, r.number.length - 2))),
  ].slice(0, 20);
  const [products] = await db.query(
    'SELECT sku FROM product WHERE published = 1 ORDER BY (id * 7919) % 1000003 LIMIT 50',
  );
  const [terms] = await db.query(
    `SELECT SUBSTRING_INDEX(name, ' ', 2) AS term, COUNT(*) AS n FROM product WHERE published = 1
      GROUP BY term ORDER BY n DESC, term LIMIT 10`,
  );
  const [orderable] = await db.query(
    `SELECT p.sku FROM product p JOIN stock_level s ON s.productId = p.id
      WHERE p.published = 1 AND p.minimumOrderQuantity IS NULL AND p.orderMultiple IS NULL
        AND (p.availabilityPolicy = 'ALLOW_BACKORDER' OR s.onHand - s.reserved >= 1000)
      ORDER BY p.availabilityPolicy = 'ALLOW_BACKORDER' DESC, p.id LIMIT 1000`,
  );
  const [others] = await db.query(
    'SELECT id FROM company WHERE id <> ? AND parentId IS NULL ORDER BY id LIMIT 10',
    [companyId],
  );
  return {
    companyId,
    otherBuyers: (others as { id: number }[]).map((r) => buyerEmail(Number(r.id))),
    buyer: buyerEmail(companyId),
    admin: adminEmail(companyId),
    orderedSkus: (skus as { sku: string }[]).map((r) => r.sku),
    numberPrefixes,
    searchTerms: (terms as { term: string }[]).map((r) => r.term),
    productSkus: (products as { sku: string }[]).map((r) => r.sku),
    orderableSkus: (orderable as { sku: string }[]).map((r) => r.sku),
  };
}

const PRODUCT_CARD = `
  id sku name
  category { name }
  baseUnit { id symbol }
  units { unit { id symbol } factor isDefault }
  availability { status quantityAvailable restockDate leadTimeDays }
  minimumOrderQuantity orderMultiple
  price(quantity: "1") { unitPrice { amount currencyCode } explanation }
  priceBreaks { minQuantity unitPrice { amount } }`;

export const CATALOG_PAGE = `query CatalogPage($sort: ProductSort, $filter: ProductFilter) {
  products(first: 50, sort: $sort, filter: $filter) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node { ${PRODUCT_CARD} } }
  }
}`;

const PRODUCT_PAGE = `query ProductPage($sku: String!) {
  product(sku: $sku) { ${PRODUCT_CARD} description documents { id kind title url } }
}`;

const ORDER_SEARCH = `query OrderSearch($filter: OrderFilter) {
  orders(first: 25, filter: $filter, sort: { key: CREATED_AT }) {
    totalCount
    edges { node {
      id number status createdAt purchaseOrderNumber
      total { amount currencyCode }
      lines { sku quantity unit { symbol } lineTotal { amount } }
    } }
  }
}`;

const INVOICE_LIST = `query InvoiceList {
  invoices(first: 25) {
    totalCount
    edges { node { id number kind status issuedOn dueOn total { amount currencyCode } amountDue { amount } order { number } } }
  }
}`;

const SUBMIT = `mutation($i: SubmitOrderInput!) { submitOrder(input: $i) { order { number status lines { id } } userErrors { code message } } }`;

/** Payload data, or a thrown error naming the user errors. */
function payload(data: any, field: string): any {
  const result = data[field];
  if (result.userErrors?.length)
    throw new Error(`${field}: ${JSON.stringify(result.userErrors).slice(0, 400)}`);
  return result;
}

export async function buildScenarios(
  base: string,
  password: string,
  fixtures: Fixtures,
  largeOrderLines = 1000,
): Promise<Scenario[]> {
  const buyer = await PortalClient.signIn(base, fixtures.buyer, password);
  const admin = await PortalClient.signIn(base, fixtures.admin, password);
  const all = (n: number) => n;
  const pick = <T>(items: readonly T[], i: number): T => {
    const item = items[i % items.length];
    if (item === undefined) throw new Error('no fixture to pick from');
    return item;
  };
  const catalog = (sort: string, filter?: (i: number) => Record<string, unknown>) => async (i: number) =>
    (await buyer.data(CATALOG_PAGE, { sort: { key: sort }, filter: filter?.(i) ?? null })).products;
  const orders = (filter: (i: number) => Record<string, unknown>) => async (i: number) =>
    (await admin.data(ORDER_SEARCH, { filter: filter(i) })).orders;

  const run = Date.now();
  const templateLines = fixtures.orderableSkus.slice(0, 35).map((sku) => ({ sku, quantity: '1' }));
  if (templateLines.length < 35)
    throw new Error(`only ${templateLines.length} orderable products for the template`);
  const templateOf = async (client: PortalClient) =>
    payload(
      await client.data(
        'mutation($i: SaveOrderTemplateInput!) { saveOrderTemplate(input: $i) { template { id } userErrors { code message } } }',
        { i: { name: `Wholesale bench ${Date.now()}`, lines: templateLines } },
      ),
      'saveOrderTemplate',
    ).template.id as string;
  const template = await templateOf(buyer);
  // Ten customers, each with its own template (signed in and saved untimed).
  const customers = await Promise.all(
    fixtures.otherBuyers.map(async (email) => {
      const client = await PortalClient.signIn(base, email, password);
      return { client, template: await templateOf(client) };
    }),
  );
  const submitTemplate = async (client: PortalClient, templateId: string, key: string) =>
    payload(
      await client.data(
        'mutation($i: OrderFromTemplateInput!) { orderFromTemplate(input: $i) { order { number status lines { id } } userErrors { code message } } }',
        { i: { templateId, submit: true, idempotencyKey: `wholesale-${run}-${key}` } },
      ),
      'orderFromTemplate',
    ).order;

  const largeLines = fixtures.orderableSkus.slice(0, largeOrderLines).map((sku) => ({ sku, quantity: '1' }));

  return [
    { name: 'catalog page sorted by name', requestsFor: all, run: catalog('NAME') },
    { name: 'catalog page sorted by price', requestsFor: all, run: catalog('PRICE') },
    {
      name: 'catalog page, two-word search',
      requestsFor: all,
      run: catalog('RELEVANCE', (i) => ({ search: pick(fixtures.searchTerms, i) })),
    },
    {
      name: 'product page',
      requestsFor: all,
      run: async (i) => (await buyer.data(PRODUCT_PAGE, { sku: pick(fixtures.productSkus, i) })).product,
    },
    {
      name: 'order search by number prefix',
      requestsFor: all,
      run: orders((i) => ({ number: pick(fixtures.numberPrefixes, i) })),
    },
    {
      name: 'order search by SKU',
      requestsFor: all,
      run: orders((i) => ({ sku: pick(fixtures.orderedSkus, i) })),
    },
    {
      name: 'order search by date range (a month)',
      requestsFor: all,
      run: orders((i) => {
        const month = new Date(Date.UTC(2024, (i % 30) + 0, 1));
        const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0));
        return { from: month.toISOString().slice(0, 10), to: next.toISOString().slice(0, 10) };
      }),
    },
    { name: 'invoice list', requestsFor: all, run: async () => (await admin.data(INVOICE_LIST)).invoices },
    {
      // Ten buyers of one company: each submit waits for the company's credit lock.
      name: '35-line template submit, one company: orderFromTemplate(submit: true)',
      requestsFor: (n) => Math.max(10, Math.floor(n / 5)),
      run: (i) => submitTemplate(buyer, template, `t${i}`),
    },
    {
      name: '35-line template submit, ten companies: orderFromTemplate(submit: true), request i by company i mod 10',
      requestsFor: (n) => Math.max(10, Math.floor(n / 5)),
      run: (i) => {
        const customer = pick(customers, i);
        return submitTemplate(customer.client, customer.template, `c${i}`);
      },
    },
    largeOrderSubmit(buyer, largeLines, run, 'a', undefined),
    // The same submit with no other submit waiting for the company's credit lock.
    largeOrderSubmit(buyer, largeLines, run, 'b', 1),
  ];
}

/** Submits of drafts of `lines` lines (built beforehand by createDraftOrder, untimed): only the submit is timed. */
function largeOrderSubmit(
  buyer: PortalClient,
  lines: readonly { sku: string; quantity: string }[],
  run: number,
  key: string,
  concurrency: number | undefined,
): Scenario {
  const drafts: string[] = [];
  return {
    name: `${lines.length}-line order submit: submitOrder${concurrency ? `, ${concurrency} client` : ''} (draft built beforehand)`,
    requestsFor: (n) => (concurrency ? 3 : Math.max(10, Math.floor(n / 20))),
    concurrency,
    prepare: async (count) => {
      for (let d = 0; d < count; d++) {
        const order = payload(
          await buyer.data(
            'mutation($i: CreateDraftOrderInput!) { createDraftOrder(input: $i) { order { id lines { id } } userErrors { code message } } }',
            { i: { lines } },
          ),
          'createDraftOrder',
        ).order;
        if (order.lines.length !== lines.length)
          throw new Error(`draft has ${order.lines.length} lines, expected ${lines.length}`);
        drafts.push(order.id);
      }
    },
    run: async (i) => {
      const orderId = drafts[i];
      if (!orderId) throw new Error(`no draft prepared for submit ${i}`);
      return payload(
        await buyer.data(SUBMIT, { i: { orderId, idempotencyKey: `wholesale-${run}-${key}${i}` } }),
        'submitOrder',
      ).order;
    },
  };
}
