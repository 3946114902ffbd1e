import { OrderStatus, compareDecimals, dec, toDecimalString } from '@portal/domain';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../common/node-id';
import { createDataSource } from '../db/data-source';
import {
  Approval,
  Company,
  IdempotencyKey,
  Invoice,
  Order,
  OutboxMessage,
  PaymentAllocation,
} from '../entity';
import type { Mailer } from '../mail/mailer';
import { OutboxWorker } from '../outbox/outbox-worker';
import { RecordingMailer } from '../testing/recording-mailer';
import { galeraTestUrls } from '../testing/databases';
import { startGatewayProcess, type GatewayProcess } from '../testing/gateway-process';
import type { GraphQLClient } from '../testing/graphql-client';
import { invoiceOrder, seedInvoiceFixture, seedShippedOrder } from '../testing/invoice-fixture';
import { only } from '../testing/items';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const APPROVE = `mutation($input: OrderActionInput!) { approveOrder(input: $input) { ${PAYLOAD} } }`;
const ADJUST = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { userErrors { field code message } } }`;
const PAY = `mutation($input: PayInvoicesInput!) { payInvoices(input: $input) { payments { status } userErrors { field code message } } }`;

const nodes = galeraTestUrls();
if (nodes.length < 2)
  console.warn(
    '[e2e] TEST_GALERA_URLS is not set: the Galera cluster suite is skipped (start one with tools/cluster/galera.sh start).',
  );

/** The same database through another node of the cluster. */
function onNode(databaseUrl: string, nodeUrl: string): string {
  const url = new URL(databaseUrl);
  const node = new URL(nodeUrl);
  url.host = node.host;
  return url.toString();
}

/**
 * Gateways on the nodes of a MariaDB Galera cluster (one database replicated synchronously, every
 * node writable): a row lock holds on one node only, and of two conflicting transactions on two
 * nodes one fails at commit (certification) and is run again. Nothing may be lost, doubled or
 * left half-written, and numbers keep no gaps.
 */
describe.skipIf(nodes.length < 2)(`gateways on ${nodes.length} Galera nodes`, () => {
  let portal: TestPortal;
  const others: GatewayProcess[] = [];
  let seq = 0;
  /** A client of the test portal (node 1) and the same session on every other node. */
  const everywhere = (client: GraphQLClient) => [client, ...others.map((o) => o.clientAs(client))];
  const drafts = (client: GraphQLClient, count: number, sku: string, quantity: string) =>
    Promise.all(
      Array.from({ length: count }, async () => {
        const res = await client.request(CREATE, { input: { lines: [{ sku, quantity }] } });
        expect(res.data?.createDraftOrder.userErrors).toEqual([]);
        return res.data?.createDraftOrder.order as { id: string; total: { amount: string } };
      }),
    );
  const submit = (client: GraphQLClient, orderId: string, idempotencyKey = `galera-${++seq}`) =>
    client.request(SUBMIT, { input: { orderId, idempotencyKey } });
  const repo = <T extends object>(entity: new () => T) => portal.runtime.dataSource.getRepository(entity);

  beforeAll(async () => {
    portal = await startTestPortal('mysql', { catalog: true, mysqlServerUrl: nodes[0] });
    await seedOrderFixture(portal);
    await seedInvoiceFixture(portal);
    for (const node of nodes.slice(1))
      others.push(await startGatewayProcess(portal, { databaseUrl: onNode(portal.databaseUrl, node) }));
  });
  afterAll(async () => {
    await Promise.all(others.map((o) => o.stop()));
    await portal?.stop();
  });

  it('answers the same idempotent submit on every node with one order', async () => {
    const buyer = await portal.sessionOf('buyer@globex.example');
    const [order] = await drafts(buyer, 1, 'SOLV-55', '110');
    const results = await Promise.all(everywhere(buyer).map((c) => submit(c, order!.id, 'galera-same-key')));
    for (const r of results) expect(r.errors).toBeUndefined();
    const numbers = results.map((r) => r.data?.submitOrder.order?.number);
    expect(new Set(numbers).size).toBe(1);
    expect(numbers[0]).toMatch(/^SO-/);
    expect(await repo(IdempotencyKey).countBy({ key: 'galera-same-key' })).toBe(1);
  });

  it('numbers orders placed on every node at once without gaps or doubles', async () => {
    const buyer = await portal.sessionOf('buyer@globex.example');
    const clients = everywhere(buyer);
    const orders = await drafts(buyer, clients.length * 3, 'SOLV-55', '110');
    const results = await Promise.all(orders.map((o, i) => submit(clients[i % clients.length]!, o.id)));
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(r.data?.submitOrder.userErrors).toEqual([]);
    }
    const numbers = (await repo(Order).find({ select: { number: true } }))
      .map((o) => o.number)
      .filter((n) => n.startsWith('SO-'))
      .sort();
    expect(numbers).toEqual(numbers.map((_, i) => `SO-${String(i + 1).padStart(6, '0')}`));
  });

  it('delivers each outbox message exactly once with a worker on every node', async () => {
    // Orders submitted through the other nodes' gateways (which run no worker): their
    // confirmations wait in the outbox, replicated to every node.
    const buyer = await portal.sessionOf('buyer@globex.example');
    const remote = others.map((o) => o.clientAs(buyer));
    const count = remote.length * 4;
    // Stock for them (the earlier races sold the solvent out): the orders reserve what is added.
    const warehouse = await portal.sessionOf('warehouse@seller.example');
    const received = await warehouse.request(ADJUST, {
      input: {
        productId: toGlobalId('Product', portal.catalog.products['SOLV-55'].id),
        quantity: toDecimalString(dec('110').mul(count)),
        reason: 'Receipt for the outbox race',
      },
    });
    expect(received.data?.adjustStock.userErrors).toEqual([]);
    const orders = await drafts(buyer, count, 'SOLV-55', '110');
    const results = await Promise.all(orders.map((o, i) => submit(remote[i % remote.length]!, o.id)));
    const numbers = results.map((r) => {
      expect(r.data?.submitOrder.userErrors, JSON.stringify(r.data?.submitOrder.userErrors)).toEqual([]);
      return r.data?.submitOrder.order.number as string;
    });
    // One worker per node, each on its own pool, claiming small batches at the same time.
    const recording = new RecordingMailer();
    const slowMailer: Mailer = {
      send: async (mail) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return recording.send(mail);
      },
    };
    const config = { ...portal.runtime.config, outbox: { ...portal.runtime.config.outbox, batchSize: 2 } };
    const pools = await Promise.all(
      nodes.slice(1).map(async (node) => {
        const ds = createDataSource(onNode(portal.databaseUrl, node));
        await ds.initialize();
        return ds;
      }),
    );
    try {
      const workers = [portal.runtime.dataSource, ...pools].map(
        (dataSource) =>
          new OutboxWorker({ ...portal.runtime, config, dataSource, mailer: slowMailer }, async () => null),
      );
      const passes = await Promise.all(workers.map((w) => w.drain()));
      expect(passes.reduce((sent, p) => sent + p.sent, 0)).toBe(recording.sent.length);
      const ids = recording.sent.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const number of numbers)
        expect(recording.sent.filter((m) => m.subject === `Order ${number} is confirmed`)).toHaveLength(1);
      // Nothing left behind, nothing claimed twice: no message pending, each sent one in one attempt.
      expect(await repo(OutboxMessage).countBy({ status: 'PENDING' })).toBe(0);
      const sent = await repo(OutboxMessage).findBy({ status: 'SENT' });
      expect(sent.length).toBeGreaterThanOrEqual(numbers.length);
      expect(sent.filter((m) => m.attempts !== 1)).toEqual([]);
    } finally {
      await Promise.all(pools.map((p) => p.destroy()));
    }
  });

  it('places only the orders that fit the credit limit when they race on different nodes', async () => {
    const buyer = await portal.sessionOf('buyer@acme.example');
    const clients = everywhere(buyer);
    const orders = await drafts(buyer, 6, 'DEGR-1', '50');
    const companies = repo(Company);
    const acme = await companies.findOneByOrFail({ id: portal.fixture.acme.company.id });
    const exposure = async () =>
      (await repo(Order).findBy({ companyId: acme.id, status: OrderStatus.SALES_ORDER })).reduce(
        (sum, o) => sum.plus(o.total),
        dec('0'),
      );
    const limit = toDecimalString((await exposure()).plus(dec(orders[0]!.total.amount).times('2.5')));
    const creditLimit = acme.creditLimit;
    await companies.update(acme.id, { creditLimit: limit });
    try {
      const results = await Promise.all(orders.map((o, i) => submit(clients[i % clients.length]!, o.id)));
      const payloads = results.map((r) => {
        expect(r.errors).toBeUndefined();
        return r.data?.submitOrder;
      });
      expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(2);
      expect(payloads.filter((p) => p.userErrors[0]?.code === 'CREDIT_LIMIT_EXCEEDED')).toHaveLength(4);
      expect(compareDecimals(await exposure(), limit)).toBeLessThanOrEqual(0);
    } finally {
      await companies.update(acme.id, { creditLimit });
    }
  });

  it('sells at most the last units when orders for them race on every node', async () => {
    const product = portal.catalog.products['DEGR-1'];
    const productId = toGlobalId('Product', product.id);
    const warehouse = await portal.sessionOf('warehouse@seller.example');
    const STOCK = `query($id: ID!) { node(id: $id) { ... on Product { stock { onHand reserved available } } } }`;
    const before = (await warehouse.request(STOCK, { id: productId })).data?.node.stock;
    const counted = await warehouse.request(ADJUST, {
      input: {
        productId,
        quantity: toDecimalString(dec('90').minus(before.available)),
        reason: 'Cycle count',
      },
    });
    expect(counted.data?.adjustStock.userErrors).toEqual([]);
    const companies = repo(Company);
    const ids = [portal.fixture.acme.company.id, portal.fixture.globex.company.id];
    const minimums = await companies.findBy({ id: In(ids) });
    await companies.update({ id: In(ids) }, { minimumOrderValue: null });
    try {
      const buyers = await Promise.all(
        ['buyer@acme.example', 'buyer@globex.example', 'admin@acme.example', 'admin@globex.example'].map(
          (e) => portal.sessionOf(e),
        ),
      );
      const clients = buyers.flatMap((b) => everywhere(b)).slice(0, 6);
      const orders = await Promise.all(clients.map(async (c) => only(await drafts(c, 1, 'DEGR-1', '30')).id));
      const results = await Promise.all(orders.map((id, i) => submit(clients[i]!, id)));
      for (const r of results) expect(r.errors).toBeUndefined();
      const outcomes = results.map(
        (r) => r.data?.submitOrder.userErrors[0]?.code ?? r.data?.submitOrder.order.status,
      );
      expect(outcomes.filter((o) => o === 'SALES_ORDER')).toHaveLength(3);
      expect(outcomes.filter((o) => o === 'NOT_AVAILABLE')).toHaveLength(3);
      const after = (await warehouse.request(STOCK, { id: productId })).data?.node.stock;
      expect(after.available).toBe('0');
      expect(compareDecimals(after.reserved, dec(before.reserved).plus('90'))).toBe(0);
    } finally {
      for (const c of minimums) await companies.update(c.id, { minimumOrderValue: c.minimumOrderValue });
      // What the later tests order comes back on the shelf.
      const now = (await warehouse.request(STOCK, { id: productId })).data?.node.stock;
      const restock = dec(before.available).minus(now.available);
      if (restock.gt(0))
        await warehouse.request(ADJUST, {
          input: { productId, quantity: toDecimalString(restock), reason: 'Test restock' },
        });
    }
  });

  it('lets exactly one of two approvals of one order on two nodes win', async () => {
    const requisitioner = await portal.sessionOf('requisitioner@acme.example');
    const [order] = await drafts(requisitioner, 1, 'DEGR-1', '50');
    const pending = (await submit(requisitioner, order!.id)).data?.submitOrder.order;
    expect(pending.status).toBe('PENDING_APPROVAL');
    const approver = await portal.sessionOf('approver@acme.example');
    const admin = others[0]!.clientAs(await portal.sessionOf('admin@acme.example'));
    const [a, b] = await Promise.all([
      approver.request(APPROVE, { input: { orderId: pending.id } }),
      admin.request(APPROVE, { input: { orderId: pending.id } }),
    ]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    const payloads = [a.data?.approveOrder, b.data?.approveOrder];
    const seen = JSON.stringify(payloads.map((p) => p?.userErrors));
    expect(
      payloads.filter((p) => p.userErrors.length === 0),
      seen,
    ).toHaveLength(1);
    expect(
      payloads.filter((p) => p.userErrors[0]?.code === 'INVALID_STATE'),
      seen,
    ).toHaveLength(1);
    const approvals = await repo(Approval).findBy({ orderId: Number(fromGlobalId(pending.id)?.id) });
    expect(approvals.map((x) => x.status)).toEqual(['APPROVED']);
  });

  it('takes one payment of an invoice paid on every node at once', async () => {
    const accounting = await portal.sessionOf('accounting@seller.example');
    const shipped = await seedShippedOrder(
      portal,
      portal.fixture.acme.users.BUYER,
      [{ sku: 'DEGR-1', quantity: '10', unitPrice: '5.70' }],
      OrderStatus.DELIVERED,
    );
    const invoiced = await invoiceOrder(accounting, shipped);
    expect(invoiced.userErrors).toEqual([]);
    const buyer = await portal.sessionOf('buyer@acme.example');
    const results = await Promise.all(
      everywhere(buyer).map((c, i) =>
        c.request(PAY, {
          input: {
            invoiceIds: [invoiced.invoice.id],
            method: 'CARD',
            paymentToken: 'tok_visa',
            idempotencyKey: `galera-pay-${i}`,
          },
        }),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(results.filter((r) => r.data?.payInvoices.userErrors.length === 0)).toHaveLength(1);
    const invoiceId = Number(fromGlobalId(invoiced.invoice.id)?.id);
    expect(await repo(PaymentAllocation).countBy({ invoiceId })).toBe(1);
    expect((await repo(Invoice).findOneByOrFail({ id: invoiceId })).status).toBe('PAID');
    expect(toGlobalId('Invoice', invoiceId)).toBe(invoiced.invoice.id);
  });
});
