import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderLine } from '../entity';
import { seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { id } userErrors { field code message } } }`;
const ADD = `mutation($input: AddOrderLinesInput!) { addOrderLines(input: $input) { order { id lines { id } total { amount } } userErrors { field code message } } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) {
  submitOrder(input: $input) { order { number status subtotal { amount } total { amount } lines { sku quantity lineTotal { amount } } } userErrors { field code message } } }`;

describe.each(testEngines())('orders of 1,000 lines on %s', (engine) => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('adds 1,000 lines in two calls and submits them', { timeout: 120_000 }, async () => {
    const buyer = await portal.signedIn('buyer@globex.example');
    const skus = ['CUP-12', 'CUP-16', 'LID-12', 'DEGR-1'];
    const lines = (offset: number) =>
      Array.from({ length: 500 }, (_, i) => ({ sku: skus[(offset + i) % skus.length], quantity: '1' }));
    const created = await buyer.request(CREATE, { input: { lines: lines(0) } });
    expect(created.data?.createDraftOrder.userErrors).toEqual([]);
    const orderId = created.data?.createDraftOrder.order.id;
    const added = await buyer.request(ADD, { input: { orderId, lines: lines(500) } });
    expect(added.data?.addOrderLines.userErrors).toEqual([]);
    expect(added.data?.addOrderLines.order.lines).toHaveLength(1000);

    const submitted = await buyer.request(SUBMIT, { input: { orderId, idempotencyKey: 'large-1' } });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitOrder.userErrors).toEqual([]);
    const order = submitted.data?.submitOrder.order;
    expect(order.status).toBe('SALES_ORDER');
    expect(order.lines).toHaveLength(1000);
    // 250 × (CUP-12 1 cs at 0.45 × 24 = 10.80; CUP-16 1 cs at 0.60 × 20 = 12.00; LID-12 1 cs = 10.00; DEGR-1 1 ea = 6.00)
    expect(order.subtotal.amount).toBe('9700.00');
    // Tax is rounded per line (8.25 %): 250 × (0.89 + 0.99 + 0.83 + 0.50) = 802.50.
    expect(order.total.amount).toBe('10502.50');
    expect(await portal.runtime.dataSource.getRepository(OrderLine).count()).toBe(1000);
  });
});
