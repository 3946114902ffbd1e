import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPortal, type BootedPortal } from '../app';
import { loadConfig } from '../config';
import { createTestDatabase, mysqlTestUrl, type TestDatabase } from '../testing/databases';
import { GraphQLClient } from '../testing/graphql-client';
import { PAYLOAD, seedOrderFixture } from '../testing/order-fixture';
import { TEST_PASSWORD_HASH_COST, startTestPortal, type TestPortal } from '../testing/portal-harness';

const PRODUCTS = `query { products(first: 50, filter: { skus: ["SOLV-55"] }) { edges { node { sku name } } } }`;
const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { ${PAYLOAD} } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { ${PAYLOAD} } }`;
const ORDERS = `query { orders(first: 50) { totalCount edges { node { number } } } }`;
const ORDER = `query($id: ID) { order(id: $id) { number status } }`;

if (!mysqlTestUrl()) console.warn('[e2e] TEST_MYSQL_URL is not set: the read-replica suite is skipped.');

/**
 * DATABASE_READ_URL: catalog and list pages read the replica, everything a write depends on reads
 * the primary. The "replica" here is a copy of the primary that is then changed on purpose, so
 * every answer shows which database it came from.
 */
describe.skipIf(!mysqlTestUrl())('a read replica (DATABASE_READ_URL) on mysql', () => {
  let portal: TestPortal;
  let replica: TestDatabase;
  let withReplica: BootedPortal;
  let buyer: GraphQLClient;

  beforeAll(async () => {
    portal = await startTestPortal('mysql', { catalog: true });
    await seedOrderFixture(portal);
    replica = await createTestDatabase('mysql');
    await copyDatabase(portal, databaseName(portal.databaseUrl), databaseName(replica.url));
    await portal.runtime.dataSource.query(
      `UPDATE \`${databaseName(replica.url)}\`.product SET name = 'Solvent as the replica has it' WHERE sku = 'SOLV-55'`,
    );
    withReplica = await bootPortal(
      loadConfig({
        DATABASE_URL: portal.databaseUrl,
        DATABASE_READ_URL: replica.url,
        PORT: '0',
        HOST: '127.0.0.1',
        SESSION_SECRET: 'e2e-secret',
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'portal-replica-')),
        WEB_DIST_DIR: '',
        PUBLIC_URL: 'http://portal.test',
        PASSWORD_HASH_COST: String(TEST_PASSWORD_HASH_COST),
      }),
      { clock: portal.clock, mailer: portal.mailer, migrate: false },
    );
    buyer = new GraphQLClient(withReplica.url);
    buyer.setCookie((await portal.sessionOf('buyer@globex.example')).sessionCookie);
  });
  afterAll(async () => {
    await withReplica?.close();
    await replica?.drop();
    await portal?.stop();
  });

  it('serves the catalog page from the replica', async () => {
    const fromReplica = await buyer.request(PRODUCTS);
    expect(fromReplica.data?.products.edges[0].node).toEqual({
      sku: 'SOLV-55',
      name: 'Solvent as the replica has it',
    });
    const fromPrimary = await (await portal.sessionOf('buyer@globex.example')).request(PRODUCTS);
    expect(fromPrimary.data?.products.edges[0].node.name).not.toBe('Solvent as the replica has it');
  });

  it('places orders on the primary and lists them from the replica', async () => {
    const draft = await buyer.request(CREATE, { input: { lines: [{ sku: 'SOLV-55', quantity: '110' }] } });
    expect(draft.data?.createDraftOrder.userErrors).toEqual([]);
    const orderId = draft.data?.createDraftOrder.order.id;
    const placed = await buyer.request(SUBMIT, { input: { orderId, idempotencyKey: 'replica-1' } });
    expect(placed.data?.submitOrder.userErrors).toEqual([]);
    expect(placed.data?.submitOrder.order.status).toBe('SALES_ORDER');
    // One order, read where writes go; the replica (a copy that nothing replicates to) has none.
    expect((await buyer.request(ORDER, { id: orderId })).data?.order.status).toBe('SALES_ORDER');
    expect((await buyer.request(ORDERS)).data?.orders.totalCount).toBe(0);
  });

  it('refuses a replica for SQLite with a clear message', async () => {
    await expect(
      bootPortal(
        loadConfig({
          DATABASE_URL: `sqlite:${path.join(mkdtempSync(path.join(os.tmpdir(), 'portal-replica-')), 'p.sqlite')}`,
          DATABASE_READ_URL: replica.url,
          PORT: '0',
          HOST: '127.0.0.1',
          SESSION_SECRET: 'e2e-secret',
          WEB_DIST_DIR: '',
        }),
        { clock: portal.clock, mailer: portal.mailer },
      ),
    ).rejects.toThrow('DATABASE_READ_URL needs MySQL/MariaDB for both the primary and the replica.');
  });
});

function databaseName(url: string): string {
  return new URL(url).pathname.slice(1);
}

/** Copies every table's rows from one database to another on the same server. */
async function copyDatabase(portal: TestPortal, from: string, to: string): Promise<void> {
  const ds = portal.runtime.dataSource;
  const tables: { name: string }[] = await ds.query(
    'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?',
    [from],
  );
  for (const { name } of tables) {
    await ds.query(`CREATE TABLE \`${to}\`.\`${name}\` LIKE \`${from}\`.\`${name}\``);
    await ds.query(`INSERT INTO \`${to}\`.\`${name}\` SELECT * FROM \`${from}\`.\`${name}\``);
  }
}
