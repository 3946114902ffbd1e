import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { toGlobalId } from '../common/node-id';
import { Company, StockLevel } from '../entity';
import { mysqlTestUrl } from '../testing/databases';
import { startGatewayProcess, type GatewayProcess } from '../testing/gateway-process';
import type { GraphQLClient } from '../testing/graphql-client';
import { seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, type TestPortal } from '../testing/portal-harness';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { id } userErrors { code message } } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { order { number status } userErrors { code message } } }`;
const ADJUST = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { product { stock { onHand } } userErrors { code message } } }`;

if (!mysqlTestUrl())
  console.warn(
    '[e2e] TEST_MYSQL_URL is not set: the race between two gateway processes on MariaDB is skipped.',
  );

/**
 * Two gateway processes on one MariaDB database, as in a deployment with several servers:
 * companies order the last units through both at the same moment. Only row locks in the database
 * stand between them and an oversell; nothing is shared in memory.
 */
describe.runIf(mysqlTestUrl())('the last units, ordered through two gateway processes on mysql', () => {
  let portal: TestPortal;
  let second: GatewayProcess;

  beforeAll(async () => {
    portal = await startTestPortal('mysql', { catalog: true });
    await seedOrderFixture(portal);
    await portal.runtime.dataSource
      .getRepository(Company)
      .update(
        { id: In([portal.fixture.acme.company.id, portal.fixture.globex.company.id]) },
        { minimumOrderValue: null },
      );
    second = await startGatewayProcess(portal);
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await portal?.stop();
  });

  it('sells at most what is available: of six orders of 30 for 90 units, three are placed', async () => {
    const product = portal.catalog.products['DEGR-1'];
    const warehouse = await portal.sessionOf('warehouse@seller.example');
    const counted = await warehouse.request(ADJUST, {
      input: { productId: toGlobalId('Product', product.id), quantity: '-210', reason: 'Cycle count' },
    });
    expect(counted.data?.adjustStock.userErrors).toEqual([]);
    expect(counted.data?.adjustStock.product.stock.onHand).toBe('90');

    const emails = [
      'buyer@acme.example',
      'admin@acme.example',
      'buyer@globex.example',
      'admin@globex.example',
      'buyer@acme.example',
      'buyer@globex.example',
    ];
    const clients: GraphQLClient[] = [];
    for (const [i, email] of emails.entries()) {
      const session = await portal.sessionOf(email);
      // Every other order goes through the second process.
      clients.push(i % 2 === 0 ? session : second.clientAs(session));
    }
    const drafts: string[] = [];
    for (const client of clients) {
      const res = await client.request(CREATE, { input: { lines: [{ sku: 'DEGR-1', quantity: '30' }] } });
      expect(res.data?.createDraftOrder.userErrors).toEqual([]);
      drafts.push(res.data?.createDraftOrder.order.id);
    }
    const results = await Promise.all(
      clients.map((client, i) =>
        client.request(SUBMIT, { input: { orderId: drafts[i], idempotencyKey: `race-${i}` } }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const codes = results.map(
      (r) => r.data?.submitOrder.userErrors[0]?.code ?? r.data?.submitOrder.order.status,
    );
    expect(codes.filter((c) => c === 'SALES_ORDER')).toHaveLength(3);
    expect(codes.filter((c) => c === 'NOT_AVAILABLE')).toHaveLength(3);
    const level = await portal.runtime.dataSource
      .getRepository(StockLevel)
      .findOneByOrFail({ productId: product.id });
    expect([level.onHand, level.reserved]).toEqual(['90.0000', '90.0000']);
  });
});
