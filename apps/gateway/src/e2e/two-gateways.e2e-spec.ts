import { OrderStatus, compareDecimals, dec, toDecimalString } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../common/node-id';
import { Approval, Company, Order } from '../entity';
import { startGatewayProcess, type GatewayProcess } from '../testing/gateway-process';
import { GraphQLClient } from '../testing/graphql-client';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { FIXTURE_PASSWORD, startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const APPROVE = `mutation($input: OrderActionInput!) { approveOrder(input: $input) { ${PAYLOAD} } }`;

/**
 * Two gateway processes on one database, as two machines behind a load balancer: what one
 * process decides, the other must see, and races between them are settled by the database.
 */
describe.each(testEngines())('two gateway processes on one %s database', (engine) => {
  let portal: TestPortal;
  let second: GatewayProcess;
  let seq = 0;
  const drafts = (client: GraphQLClient, count: number, sku: string, quantity: string) =>
    Promise.all(
      Array.from({ length: count }, async () => {
        const res = await client.request(CREATE, { input: { lines: [{ sku, quantity }] } });
        expect(res.data?.createDraftOrder.userErrors).toEqual([]);
        return res.data?.createDraftOrder.order as { id: string; total: { amount: string } };
      }),
    );
  const submit = (client: GraphQLClient, orderId: string) =>
    client.request(SUBMIT, { input: { orderId, idempotencyKey: `two-gateways-${engine}-${++seq}` } });

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal);
    second = await startGatewayProcess(portal);
  });
  afterAll(async () => {
    await second?.stop();
    await portal?.stop();
  });

  it('places only the orders that fit the credit limit when submits race on both processes', async () => {
    const buyer = await portal.sessionOf('buyer@globex.example');
    const orders = await drafts(buyer, 6, 'SOLV-55', '110');
    const total = orders[0]!.total.amount;
    // Room for three orders and a half: exactly three may be placed, whichever process takes them.
    const limit = toDecimalString(dec(total).times('3.5'));
    const companies = portal.runtime.dataSource.getRepository(Company);
    const globex = await companies.findOneByOrFail({ id: portal.fixture.globex.company.id });
    const creditLimit = globex.creditLimit;
    await companies.update(globex.id, { creditLimit: limit });
    try {
      const onSecond = second.clientAs(buyer);
      const results = await Promise.all(
        orders.map((order, i) => submit(i % 2 === 0 ? buyer : onSecond, order.id)),
      );
      const payloads = results.map((r) => {
        expect(r.errors).toBeUndefined();
        return r.data?.submitOrder;
      });
      const placed = payloads.filter((p) => p.userErrors.length === 0);
      expect(placed).toHaveLength(3);
      expect(placed.map((p) => p.order.status)).toEqual(['SALES_ORDER', 'SALES_ORDER', 'SALES_ORDER']);
      expect(payloads.filter((p) => p.userErrors[0]?.code === 'CREDIT_LIMIT_EXCEEDED')).toHaveLength(3);
      const stored = await portal.runtime.dataSource
        .getRepository(Order)
        .findBy({ companyId: globex.id, status: OrderStatus.SALES_ORDER });
      const exposure = stored.reduce((sum, order) => sum.plus(order.total), dec('0'));
      expect(compareDecimals(exposure, limit)).toBeLessThanOrEqual(0);
      expect(new Set(stored.map((o) => o.number)).size).toBe(3);
    } finally {
      await companies.update(globex.id, { creditLimit });
    }
  });

  it('lets exactly one of two approvals of one order win when they reach different processes', async () => {
    const requisitioner = await portal.sessionOf('requisitioner@acme.example');
    const [order] = await drafts(requisitioner, 1, 'DEGR-1', '50');
    const pending = (await submit(requisitioner, order!.id)).data?.submitOrder.order;
    expect(pending.status).toBe('PENDING_APPROVAL');
    const approver = await portal.sessionOf('approver@acme.example');
    const admin = second.clientAs(await portal.sessionOf('admin@acme.example'));
    const [a, b] = await Promise.all([
      approver.request(APPROVE, { input: { orderId: pending.id } }),
      admin.request(APPROVE, { input: { orderId: pending.id } }),
    ]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    const payloads = [a.data?.approveOrder, b.data?.approveOrder];
    expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'INVALID_STATE')).toHaveLength(1);
    const approvals = await portal.runtime.dataSource
      .getRepository(Approval)
      .findBy({ orderId: Number(fromGlobalId(pending.id)?.id) });
    expect(approvals.map((x) => x.status)).toEqual(['APPROVED']);
  });
  it('signs one user in eight times at once across both processes, every time', async () => {
    const clients = Array.from({ length: 8 }, (_, i) =>
      i % 2 === 0 ? portal.client() : new GraphQLClient(second.url),
    );
    const results = await Promise.allSettled(
      clients.map((c) => c.login('buyer@acme.example', FIXTURE_PASSWORD)),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const viewers = await Promise.all(clients.map((c) => c.request('{ viewer { user { email } } }')));
    expect(viewers.map((v) => v.data?.viewer?.user?.email)).toEqual(Array(8).fill('buyer@acme.example'));
  });

  it('prices with a pricelist edited through the other process at once (compiled pricelists are cached per version of the rules)', async () => {
    // CUP-12 is sold by the case of 24 by default: 24 × 0.45 = 10.80, 24 × 0.41 = 9.84.
    const PRICE = '{ product(sku: "CUP-12") { price { unitPrice { amount } } } }';
    const SAVE = `mutation($input: SavePricelistInput!) { savePricelist(input: $input) { pricelist { id } userErrors { message } } }`;
    const buyer = await portal.sessionOf('buyer@globex.example');
    const onSecond = second.clientAs(buyer);
    const priceOn = async (client: GraphQLClient) => {
      const res = await client.request(PRICE);
      expect(res.errors).toBeUndefined();
      return res.data?.product.price.unitPrice.amount as string;
    };
    // Both processes compile and keep the contract's rules.
    expect(await priceOn(onSecond)).toBe('10.80');
    expect(await priceOn(buyer)).toBe('10.80');
    expect(await priceOn(onSecond)).toBe('10.80');

    const staff = await portal.signedIn('admin@seller.example');
    const globexPricelist = portal.catalog.pricelists.globexContract.id;
    const product = (sku: 'SOLV-55' | 'CUP-12') => toGlobalId('Product', portal.catalog.products[sku].id);
    const saveRules = (cupPrice: string) =>
      staff.request(SAVE, {
        input: {
          pricelistId: toGlobalId('Pricelist', globexPricelist),
          rules: [
            { scope: 'PRODUCT', productId: product('SOLV-55'), computation: 'FIXED', fixedPrice: '3.10' },
            { scope: 'PRODUCT', productId: product('CUP-12'), computation: 'FIXED', fixedPrice: cupPrice },
          ],
        },
      });
    const saved = await saveRules('0.41');
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.savePricelist.userErrors).toEqual([]);
    try {
      // The second process never heard of the edit: the rules' fingerprint in the database says it.
      expect(await priceOn(onSecond)).toBe('9.84');
      expect(await priceOn(buyer)).toBe('9.84');
    } finally {
      const restored = await saveRules('0.45');
      expect(restored.data?.savePricelist.userErrors).toEqual([]);
    }
    expect(await priceOn(onSecond)).toBe('10.80');
  });
});
