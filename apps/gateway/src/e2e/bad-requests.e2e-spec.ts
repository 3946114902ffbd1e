import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOfType, toGlobalId } from '../common/node-id';
import { OrderLine } from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { MAX_ORDER_LINES } from '../service/orders/order-lines.service';
import { ensureStandardTaxRate } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

describe.each(testEngines())('malformed and abusive requests on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('answers malformed GraphQL and wrong variable types with BAD_USER_INPUT', async () => {
    const client = portal.client();
    const syntax = await client.request('query { viewer { user { ');
    expect(syntax.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
    const unknownField = await client.request('query { viewer { salary } }');
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongType = await client.request(
      'mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
      { input: { email: 42, password: true } },
    );
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notJson = await client.send('{"query": ');
    expect(notJson.status).toBe(400);
    expect(notJson.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over 1 MiB', async () => {
    const res = await portal
      .client()
      .request('query { viewer { user { email } } }', { padding: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = 'query { viewer { company { ' + 'parent { '.repeat(14) + 'name' + ' }'.repeat(14) + ' } } }';
    const res = await portal.client().request(deep);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/levels deep; at most 12/);
  });

  it('refuses an unknown persisted query id', async () => {
    const res = await portal
      .client()
      .send(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }));
    expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('keeps Apollo CSRF prevention on: a simple cross-site form post is refused', async () => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout { ok } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});

describe.each(testEngines())('bad input gets a clear error, never a 500, on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  const CREATE_DRAFT =
    'mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { id lines { id } } userErrors { field code message } } }';
  const ADD_LINES =
    'mutation($input: AddOrderLinesInput!) { addOrderLines(input: $input) { order { id } userErrors { field code message } } }';
  const SUBMIT_RFQ =
    'mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { rfq { id } userErrors { field code message } } }';

  it('refuses 15+ digit decimals that do not fit their column with a clear error', async () => {
    const buyer = await portal.sessionOf('buyer@acme.example');
    const staff = await portal.sessionOf('admin@seller.example');
    const productId = toGlobalId('Product', portal.catalog.products['CUP-12'].id);
    const companyId = toGlobalId('Company', portal.fixture.acme.company.id);
    const SAVE_PRODUCT =
      'mutation($input: SaveProductInput!) { saveProduct(input: $input) { userErrors { field code message } } }';
    const SAVE_COMPANY =
      'mutation($input: SaveCompanyInput!) { saveCompany(input: $input) { userErrors { field code message } } }';
    const cases: [GraphQLClient, string, Record<string, unknown>, string[]][] = [
      [
        buyer,
        CREATE_DRAFT,
        { lines: [{ sku: 'CUP-12', quantity: '123456789012345678' }] },
        ['lines', '0', 'quantity'],
      ],
      [
        buyer,
        SUBMIT_RFQ,
        {
          title: 'Big',
          lines: [{ description: 'Cups', quantity: '10', targetUnitPrice: '12345678901234567.5' }],
        },
        ['lines', '0', 'targetUnitPrice'],
      ],
      [staff, SAVE_PRODUCT, { productId, listPrice: '1234567890123456.5' }, ['listPrice']],
      [staff, SAVE_PRODUCT, { productId, cost: '99999999999999999' }, ['cost']],
      [staff, SAVE_PRODUCT, { productId, stockOnHand: '1234567890123456' }, ['stockOnHand']],
      [staff, SAVE_COMPANY, { companyId, creditLimit: '123456789012345678' }, ['creditLimit']],
      [staff, SAVE_COMPANY, { companyId, minimumOrderValue: '1234567890123456.5' }, ['minimumOrderValue']],
    ];
    for (const [client, mutation, input, field] of cases) {
      const res = await client.request(mutation, { input });
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      const [payload] = Object.values(res.data ?? {}) as {
        userErrors: { field: string[]; message: string }[];
      }[];
      expect(payload?.userErrors[0]).toMatchObject({
        field: ['input', ...field],
        message: expect.stringMatching(/digits before the decimal point/),
      });
    }
  });

  it('caps list arguments at 1,000 values', async () => {
    const buyer = await portal.sessionOf('buyer@acme.example');
    const skus = Array.from({ length: 20_000 }, (_, i) => `SKU-${i}`);
    const products = await buyer.request(
      'query($skus: [String!]) { products(filter: { skus: $skus }) { totalCount } }',
      { skus },
    );
    expect(products.errors?.[0]).toMatchObject({
      message: 'A list argument has 20000 values (filter.skus); at most 1000 are allowed.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const orders = await buyer.request(
      'query($statuses: [OrderStatus!]) { orders(filter: { statuses: $statuses }) { totalCount } }',
      { statuses: Array.from({ length: 30_000 }, () => 'SHIPPED') },
    );
    expect(orders.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fine = await buyer.request(
      'query($skus: [String!]) { products(filter: { skus: $skus }) { totalCount } }',
      {
        skus: ['CUP-12', 'LID-12'],
      },
    );
    expect(fine.data?.products.totalCount).toBe(2);
  });

  it.each(['constructor', 'hasOwnProperty', '__proto__', 'toString', 'Nonsense'])(
    'answers node(id:) of type %s as a missing node',
    async (type) => {
      const buyer = await portal.sessionOf('buyer@acme.example');
      const id = Buffer.from(`${type}:1`, 'utf8').toString('base64url');
      const res = await buyer.request('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ node: null });
    },
  );

  it('refuses control characters in names, titles and messages', async () => {
    const buyer = await portal.sessionOf('buyer@acme.example');
    const injected = await buyer.request(SUBMIT_RFQ, {
      input: { title: 'Cups\r\nBcc: everyone@example.com', lines: [{ description: 'Cups', quantity: '10' }] },
    });
    expect(injected.errors?.[0]).toMatchObject({
      message: 'input.title may not contain line breaks or control characters.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const nul = await buyer.request(SUBMIT_RFQ, {
      input: {
        title: 'Cups',
        notes: 'Deliver\u0000 early',
        lines: [{ description: 'Cups', quantity: '10' }],
      },
    });
    expect(nul.errors?.[0]).toMatchObject({
      message: 'input.notes may not contain control characters.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const lineDescription = await buyer.request(SUBMIT_RFQ, {
      input: { title: 'Cups', lines: [{ description: 'Cups\u001b[2J', quantity: '10' }] },
    });
    expect(lineDescription.errors?.[0]?.message).toBe(
      'input.lines.0.description may not contain control characters.',
    );
    // Multi-line texts keep their line breaks and tabs.
    const multiLine = await buyer.request(SUBMIT_RFQ, {
      input: {
        title: 'Cups',
        notes: 'Line one\r\nLine two\twith a tab',
        lines: [{ description: 'Cups', quantity: '10' }],
      },
    });
    expect(multiLine.data?.submitRfq.userErrors).toEqual([]);
  });

  it('caps the lines of an order, however many calls add them', async () => {
    const buyer = await portal.sessionOf('admin@acme.example');
    await ensureStandardTaxRate(portal.runtime.dataSource);
    const created = await buyer.request(CREATE_DRAFT, {
      input: { lines: [{ sku: 'CUP-12', quantity: '10' }] },
    });
    const order = created.data?.createDraftOrder.order as { id: string; lines: { id: string }[] };
    const ds = portal.runtime.dataSource;
    const [first] = await ds.getRepository(OrderLine).findBy({ orderId: idOfType(order.id, 'Order')! });
    if (!first) throw new Error('no line');
    const { id: _id, ...row } = first;
    // 1,999 more lines written directly: 2,000 in all, the most an order may have.
    const copies = Array.from({ length: MAX_ORDER_LINES - 1 }, (_, i) => ({
      ...row,
      position: first.position + 1 + i,
    }));
    // In one transaction: quick, so the client's kept-alive connection is not idle long enough to be closed.
    await ds.transaction(async (em) => {
      for (let i = 0; i < copies.length; i += 200)
        await em.getRepository(OrderLine).insert(copies.slice(i, i + 200));
    });
    const more = await buyer.request(ADD_LINES, {
      input: { orderId: order.id, lines: [{ sku: 'LID-12', quantity: '10' }] },
    });
    expect(more.errors).toBeUndefined();
    expect(more.data?.addOrderLines.userErrors).toEqual([
      {
        field: ['input', 'lines'],
        code: 'INVALID',
        message: `An order has at most ${MAX_ORDER_LINES} lines; this one has ${MAX_ORDER_LINES} and 1 would be added.`,
      },
    ]);
    expect(await ds.getRepository(OrderLine).countBy({ orderId: idOfType(order.id, 'Order')! })).toBe(
      MAX_ORDER_LINES,
    );
  });
});
