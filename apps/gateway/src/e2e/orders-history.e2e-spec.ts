import { compareDecimals } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import type { GraphQLClient } from '../testing/graphql-client';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id number status } userErrors { code message } } }`;
const ORDERS = `query($first: Int, $after: String, $filter: OrderFilter, $sort: OrderSort) {
  orders(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { number status purchaseOrderNumber channel total { amount } createdBy { email } company { name } } }
  }
}`;

describe.each(testEngines())('order history and search on %s', (engine) => {
  let portal: TestPortal;
  const counter = new StatementCounter();
  let buyer: GraphQLClient;
  let requisitioner: GraphQLClient;
  let n = 0;

  const place = async (
    client: GraphQLClient,
    lines: { sku: string; quantity: string }[],
    po: string | null = null,
  ) => {
    const created = await client.request(CREATE, { input: { lines, purchaseOrderNumber: po } });
    const order = created.data?.createDraftOrder.order;
    const res = await client.request(SUBMIT, { input: { orderId: order.id, idempotencyKey: `h-${++n}` } });
    expect(res.data?.submitOrder.userErrors).toEqual([]);
    return res.data?.submitOrder.order as { id: string; number: string; status: string };
  };
  const numbers = (res: { data?: Record<string, any> | null }): string[] | undefined =>
    res.data?.orders.edges.map((e: { node: { number: string } }) => e.node.number);

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, logger: counter });
    await seedOrderFixture(portal);
    buyer = await portal.signedIn('buyer@acme.example');
    requisitioner = await portal.signedIn('requisitioner@acme.example');
    for (let i = 0; i < 6; i++) {
      portal.clock.advanceMinutes(60);
      await place(
        buyer,
        [
          { sku: i % 2 ? 'CUP-12' : 'SOLV-55', quantity: i % 2 ? '30' : '110' },
          { sku: 'LID-12', quantity: String(i + 1) },
        ],
        `PO-${100 + i}`,
      );
    }
    portal.clock.advanceMinutes(60);
    await place(requisitioner, [{ sku: 'DEGR-1', quantity: '50' }], 'REQ-1');
    const globex = await portal.signedIn('buyer@globex.example');
    await place(globex, [{ sku: 'SOLV-55', quantity: '110' }], 'GX-1');
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('scopes the list: buyers their own, admins and viewers the company, approvers their queue, staff every company', async () => {
    expect((await buyer.request(ORDERS, { first: 50 })).data?.orders.totalCount).toBe(6);
    expect((await requisitioner.request(ORDERS, { first: 50 })).data?.orders.totalCount).toBe(1);
    for (const email of ['admin@acme.example', 'viewer@acme.example']) {
      const res = await (await portal.signedIn(email)).request(ORDERS, { first: 50 });
      expect(res.data?.orders.totalCount, email).toBe(7);
    }
    const approver = await portal.signedIn('approver@acme.example');
    const queue = await approver.request(ORDERS, { first: 50 });
    expect(queue.data?.orders.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual([
      'PENDING_APPROVAL',
    ]);
    const sales = await portal.signedIn('sales@seller.example');
    expect((await sales.request(ORDERS, { first: 50 })).data?.orders.totalCount).toBe(8);
    const globexOnly = await sales.request(ORDERS, {
      filter: { companyId: toGlobalId('Company', portal.fixture.globex.company.id) },
    });
    expect(numbers(globexOnly)).toHaveLength(1);
    // A customer naming another company gets nothing, never that company's orders.
    const foreign = await buyer.request(ORDERS, {
      filter: { companyId: toGlobalId('Company', portal.fixture.globex.company.id) },
    });
    expect(foreign.data?.orders.totalCount).toBe(0);
    const otherCompany = await (
      await portal.signedIn('admin@globex.example')
    ).request(ORDERS, { filter: { number: 'PO-10' } });
    expect(otherCompany.data?.orders.totalCount).toBe(0);
  });

  it('filters by status, number or PO prefix, product, sku, dates, author and channel', async () => {
    const admin = await portal.signedIn('admin@acme.example');
    expect(
      (await admin.request(ORDERS, { filter: { statuses: ['PENDING_APPROVAL'] } })).data?.orders.totalCount,
    ).toBe(1);
    expect(numbers(await admin.request(ORDERS, { filter: { number: 'PO-10' } }))).toHaveLength(6);
    expect(
      (await admin.request(ORDERS, { filter: { number: 'PO-103' } })).data?.orders.edges[0].node
        .purchaseOrderNumber,
    ).toBe('PO-103');
    expect((await admin.request(ORDERS, { filter: { number: 'SO-000001' } })).data?.orders.totalCount).toBe(
      1,
    );
    expect((await admin.request(ORDERS, { filter: { number: '%' } })).data?.orders.totalCount).toBe(0);
    expect((await admin.request(ORDERS, { filter: { sku: 'SOLV-55' } })).data?.orders.totalCount).toBe(3);
    expect(
      (
        await admin.request(ORDERS, {
          filter: { productId: toGlobalId('Product', portal.catalog.products['CUP-12'].id) },
        })
      ).data?.orders.totalCount,
    ).toBe(3);
    expect(
      (
        await admin.request(ORDERS, {
          filter: { createdById: toGlobalId('User', portal.fixture.acme.users.REQUISITIONER.id) },
        })
      ).data?.orders.totalCount,
    ).toBe(1);
    expect(
      (await admin.request(ORDERS, { filter: { from: '2026-11-27', to: '2026-11-27' } })).data?.orders
        .totalCount,
    ).toBe(7);
    expect((await admin.request(ORDERS, { filter: { from: '2026-11-28' } })).data?.orders.totalCount).toBe(0);
    expect((await admin.request(ORDERS, { filter: { channel: 'PHONE' } })).data?.orders.totalCount).toBe(0);
  });

  it('sorts and paginates with cursors', async () => {
    const admin = await portal.signedIn('admin@acme.example');
    const byNumber = numbers(await admin.request(ORDERS, { sort: { key: 'NUMBER', descending: false } }));
    expect(byNumber).toEqual([...byNumber!].sort());
    const byTotal = await admin.request(ORDERS, { sort: { key: 'TOTAL', descending: true } });
    const totals: string[] = byTotal.data?.orders.edges.map(
      (e: { node: { total: { amount: string } } }) => e.node.total.amount,
    );
    expect(totals).toEqual([...totals].sort((a, b) => compareDecimals(b, a)));
    const newest = numbers(await admin.request(ORDERS, { sort: { key: 'SUBMITTED_AT' } }));
    expect(newest?.[0]).toBe('SO-000007');
    const page1 = await admin.request(ORDERS, { first: 3 });
    expect(page1.data?.orders.pageInfo.hasNextPage).toBe(true);
    const page2 = await admin.request(ORDERS, { first: 3, after: page1.data?.orders.pageInfo.endCursor });
    expect(numbers(page2)).toHaveLength(3);
    expect(numbers(page2)).not.toContain(numbers(page1)![0]);
    expect((await admin.request(ORDERS, { first: 101 })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('reads orders(first: 50) with lines, products and events in at most 10 SQL statements, whatever the page size', async () => {
    const sales = await portal.signedIn('sales@seller.example');
    const query = `query($first: Int) { orders(first: $first) { totalCount edges { node {
      id number status total { amount } company { name } createdBy { name }
      lines { sku quantity baseQuantity unit { symbol } unitPrice { amount } lineTotal { amount } product { sku name baseUnit { symbol } } }
      events { at status message actor { name } }
      approval { status reason }
      availableActions
    } } } }`;
    // The first request of a session reads it; the next ones are answered from the session cache.
    await sales.request(query, { first: 1 });
    const small = await counter.count(() => sales.request(query, { first: 2 }));
    const large = await counter.count(() => sales.request(query, { first: 50 }));
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data?.orders.edges).toHaveLength(8);
    expect(large.count, large.statements.join('\n')).toBeLessThanOrEqual(10);
    expect(large.count, `${small.statements.join('\n')}\n---\n${large.statements.join('\n')}`).toBe(
      small.count,
    );
  });

  it('counts the orders only when totalCount is asked for, and still knows whether a next page exists', async () => {
    const sales = await portal.signedIn('sales@seller.example');
    const page = (fields: string) =>
      `query($first: Int, $after: String) { orders(first: $first, after: $after) { ${fields} pageInfo { hasNextPage endCursor } edges { node { number } } } }`;
    const counted = await counter.count(() => sales.request(page('totalCount'), { first: 3 }));
    expect(counted.statements.some((sql) => /COUNT\(/i.test(sql))).toBe(true);
    const total = counted.result.data?.orders.totalCount as number;
    expect(total).toBeGreaterThan(3);

    const first = await counter.count(() => sales.request(page(''), { first: 3 }));
    expect(first.result.errors).toBeUndefined();
    expect(first.statements.filter((sql) => /COUNT\(/i.test(sql))).toEqual([]);
    expect(first.result.data?.orders.pageInfo.hasNextPage).toBe(true);
    expect(first.result.data?.orders.edges.map((e: { node: { number: string } }) => e.node.number)).toEqual(
      counted.result.data?.orders.edges.map((e: { node: { number: string } }) => e.node.number),
    );
    // The last page: exactly the rest, and no next page.
    const rest = total - 3;
    const last = await sales.request(page(''), {
      first: rest,
      after: first.result.data?.orders.pageInfo.endCursor,
    });
    expect(last.data?.orders.edges).toHaveLength(rest);
    expect(last.data?.orders.pageInfo.hasNextPage).toBe(false);
    // A fragment asking for it counts as asking.
    const viaFragment = await counter.count(() =>
      sales.request(
        'query { orders(first: 1) { ...Total } } fragment Total on OrderConnection { totalCount }',
      ),
    );
    expect(viaFragment.result.data?.orders.totalCount).toBe(total);
  });

  it('finds one order by id or number, and links the timeline', async () => {
    const admin = await portal.signedIn('admin@acme.example');
    const res = await admin.request(
      'query { order(number: "SO-000001") { number purchaseOrderNumber events { status } shipments { id } invoices { id } documents { kind } quote { revision } sourceOrder { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.order).toEqual({
      number: 'SO-000001',
      purchaseOrderNumber: 'PO-100',
      events: [{ status: 'DRAFT' }, { status: 'SALES_ORDER' }],
      shipments: [],
      invoices: [],
      documents: [{ kind: 'ORDER_CONFIRMATION' }],
      quote: null,
      sourceOrder: null,
    });
    const approver = await portal.signedIn('approver@acme.example');
    const denied = await approver.request('query { order(number: "SO-000007") { number invoices { id } } }');
    expect(denied.data?.order.number).toBe('SO-000007');
    expect(denied.data?.order.invoices).toEqual([]);
    const requisitioner = await portal.signedIn('requisitioner@acme.example');
    const noInvoices = await requisitioner.request(
      'query { order(number: "SO-000007") { number invoices { id } } }',
    );
    expect(noInvoices.data?.order).toEqual({ number: 'SO-000007', invoices: null });
    expect(noInvoices.errors?.[0]).toMatchObject({
      path: ['order', 'invoices'],
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
