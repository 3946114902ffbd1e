import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDecimals, formatDecimal, toDecimalString } from '@portal/domain';
import { generatedSchema } from '../contract/schema-under-test';
import { Company, OrderLine } from '../entity';
import { exhaustiveSelection, textsIn } from '../testing/exhaustive-selection';
import type { GraphQLClient } from '../testing/graphql-client';
import { seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { id number } userErrors { field message code } } }`;
const ADD = `mutation($input: AddOrderLinesInput!) { addOrderLines(input: $input) { order { id } userErrors { field message code } } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status issues { message } } userErrors { field message code } } }`;
const DECIDE = (verb: 'approveOrder' | 'rejectOrder') =>
  `mutation($input: OrderActionInput!) { ${verb}(input: $input) { order { id status } userErrors { field message code } } }`;
const REORDER = `mutation($input: ReorderInput!) { reorder(input: $input) { order { id } changes { kind sku message } userErrors { field message code } } }`;

/**
 * A requisitioner never learns a contract figure, and neither does the warehouse: not in a price
 * field, and not in any text built from one. The test walks the whole order flow of a
 * requisitioner (a draft below the minimum order value and over the credit limit, a submission
 * over the approval limit, a rejection, an approval, a reorder at changed prices), reads every
 * field of every order the schema offers (the selection is generated from the schema, so a field
 * added later is scanned too), and checks every string of every response and every e-mail these
 * roles receive against the figures a portal admin reads on the same orders.
 */
describe.each(testEngines())('contract figures stay with PRICES_CONTRACT on %s', (engine) => {
  let portal: TestPortal;
  let schema: GraphQLSchema;
  let clients: Record<'requisitioner' | 'approver' | 'admin' | 'warehouse' | 'accounting', GraphQLClient>;
  let orderQuery: string;
  /** Everything the roles without PRICES_CONTRACT were answered or sent, as text. */
  const seen: Record<'requisitioner' | 'warehouse', string[]> = { requisitioner: [], warehouse: [] };
  const orderIds: string[] = [];

  const as = async (who: keyof typeof seen, query: string, variables?: Record<string, unknown>) => {
    const res = await clients[who].request(query, variables);
    seen[who].push(...textsIn(res.data), ...textsIn(res.errors?.map((e) => e.message)));
    return res;
  };
  const mailsTo = (email: string) =>
    portal.mailer.sent.filter((m) => m.to === email).flatMap((m) => [m.subject, m.text]);

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    schema = await generatedSchema();
    orderQuery = `query($id: ID!) { order(id: $id) { ${exhaustiveSelection(schema, 'Order', 4)} } }`;
    clients = await portal.signedInAll({
      requisitioner: 'requisitioner@acme.example',
      approver: 'approver@acme.example',
      admin: 'admin@acme.example',
      warehouse: 'warehouse@seller.example',
      accounting: 'accounting@seller.example',
    });
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('walks the order flow as a requisitioner', async () => {
    const company = () => portal.runtime.dataSource.getRepository(Company);
    const acme = portal.fixture.acme.company;

    // A small draft: below the minimum order value.
    const created = await as('requisitioner', CREATE, {
      input: { lines: [{ sku: 'CUP-12', quantity: '1' }] },
    });
    expect(created.data?.createDraftOrder.userErrors).toEqual([]);
    const orderId = created.data?.createDraftOrder.order.id as string;
    orderIds.push(orderId);
    const small = await as('requisitioner', orderQuery, { id: orderId });
    expect(textsIn(small.data)).toContain("Order total is below the company's minimum order value");
    const refused = await as('requisitioner', SUBMIT, { input: { orderId, idempotencyKey: 'conf-1' } });
    expect(refused.data?.submitOrder.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'BELOW_MINIMUM_ORDER_VALUE',
    ]);

    // Over the approval limit, and for a moment over a tight credit limit.
    await as('requisitioner', ADD, { input: { orderId, lines: [{ sku: 'MTO-SIGN', quantity: '50' }] } });
    const credit = acme.creditLimit;
    await company().update({ id: acme.id }, { creditLimit: '1000' });
    try {
      const tight = await as('requisitioner', orderQuery, { id: orderId });
      expect(textsIn(tight.data)).toContain('This order would take the company over its credit limit');
      const overCredit = await as('requisitioner', SUBMIT, { input: { orderId, idempotencyKey: 'conf-2' } });
      expect(overCredit.data?.submitOrder.userErrors).toEqual([
        {
          field: ['input', 'orderId'],
          code: 'CREDIT_LIMIT_EXCEEDED',
          message: 'This order would take the company over its credit limit',
        },
      ]);
    } finally {
      await company().update({ id: acme.id }, { creditLimit: credit });
    }

    // Submitted for approval: the reason names the limit only for those who may see it.
    const submitted = await as('requisitioner', SUBMIT, { input: { orderId, idempotencyKey: 'conf-3' } });
    expect(submitted.data?.submitOrder.order.status).toBe('PENDING_APPROVAL');
    const pending = await as('requisitioner', orderQuery, { id: orderId });
    expect(pending.data?.order.approval.reason).toBe(
      'Drafted by a requisitioner; Order total is above the approval limit',
    );
    const rejected = await clients.approver.request(DECIDE('rejectOrder'), {
      input: { orderId, comment: 'Too many signs this month' },
    });
    expect(rejected.data?.rejectOrder.userErrors).toEqual([]);
    await as('requisitioner', SUBMIT, { input: { orderId, idempotencyKey: 'conf-4' } });
    const approved = await clients.approver.request(DECIDE('approveOrder'), { input: { orderId } });
    expect(approved.data?.approveOrder.order.status).toBe('SALES_ORDER');
    await as('requisitioner', orderQuery, { id: orderId });

    // A sort by total would give the totals' order away.
    const sorted = await as(
      'requisitioner',
      'query { orders(first: 5, sort: { key: TOTAL }) { totalCount } }',
    );
    expect(sorted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A reorder at prices that changed since: the change is told, not its figures.
    await portal.runtime.dataSource
      .getRepository(OrderLine)
      .createQueryBuilder()
      .update()
      .set({ unitPrice: '9.8765' })
      .where('orderId = :id AND sku = :sku', { id: Number(atob(orderId).split(':')[1]), sku: 'CUP-12' })
      .execute();
    const reorder = await as('requisitioner', REORDER, { input: { orderId } });
    expect(reorder.data?.reorder.changes).toContainEqual({
      kind: 'PRICE_CHANGED',
      sku: 'CUP-12',
      message: expect.stringMatching(/^CUP-12: the price per cs changed since SO-\d+$/),
    });
    orderIds.push(reorder.data?.reorder.order.id as string);
    await as('requisitioner', orderQuery, { id: orderIds[1] });
    expect(seen.requisitioner.length).toBeGreaterThan(100);
  });

  it('shows the warehouse the placed orders without their figures', async () => {
    const placed = await as('warehouse', orderQuery, { id: orderIds[0] });
    expect(placed.data?.order.status).toBe('SALES_ORDER');
    const list = await as(
      'warehouse',
      'query { orders(first: 50) { edges { node { id number events { message } approval { reason } } } } }',
    );
    expect(list.errors).toBeUndefined();
  });

  it('finds none of the figures a portal admin reads in anything the two roles were shown or sent', async () => {
    const figures = new Set<string>();
    for (const id of orderIds) {
      const res = await clients.admin.request(orderQuery, { id });
      collectFigures(res.data, figures);
    }
    // The admin reads the contract figures the others must not: totals, line prices, limits.
    expect(figures.size).toBeGreaterThan(8);
    const texts = {
      requisitioner: [...seen.requisitioner, ...mailsTo('requisitioner@acme.example')],
      warehouse: [...seen.warehouse, ...mailsTo('warehouse@seller.example')],
    };
    expect(mailsTo('requisitioner@acme.example').length).toBeGreaterThanOrEqual(2);
    for (const [role, strings] of Object.entries(texts)) {
      const leaks = [...figures].flatMap((figure) =>
        strings
          .filter((text) => spellings(figure).some((spelled) => containsNumber(text, spelled)))
          .map((text) => `${figure} in "${text}"`),
      );
      expect(leaks, role).toEqual([]);
    }
  });
});

/** Every Money amount, and every amount written into a message or reason, in a response. */
function collectFigures(value: unknown, into: Set<string>, key = ''): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) return value.forEach((v) => collectFigures(v, into, key));
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.__typename === 'Money' && typeof record.amount === 'string') {
      if (compareDecimals(record.amount, '0') !== 0) into.add(toDecimalString(record.amount));
      return;
    }
    for (const [k, v] of Object.entries(record)) collectFigures(v, into, k);
    return;
  }
  if (typeof value === 'string' && (key === 'message' || key === 'reason' || key === 'explanation'))
    // eslint-disable-next-line no-restricted-syntax -- finds figures written inside a sentence, parses none
    for (const match of value.matchAll(/\d[\d,]*\.\d{2,4}/g))
      into.add(toDecimalString(match[0].replace(/,/g, '')));
}

/** The ways a figure is written: 6139.66, 6,139.66, 6139.6600. */
function spellings(figure: string): string[] {
  return [
    ...new Set([
      figure,
      formatDecimal(figure, { minScale: 2 }),
      formatDecimal(figure, { minScale: 2, grouping: false }),
      formatDecimal(figure, { scale: 4, grouping: false }),
    ]),
  ];
}

/** Whether `text` holds `number` as a whole number (not as part of a longer one). */
function containsNumber(text: string, number: string): boolean {
  const escaped = number.replace(/[.,]/g, (c) => `\\${c}`);
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d])`).test(text);
}
