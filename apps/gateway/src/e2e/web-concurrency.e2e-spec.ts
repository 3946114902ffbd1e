import { existsSync } from 'node:fs';
import { OrderStatus } from '@portal/domain';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, migrate } from '../db/data-source';
import { Order } from '../entity';
import { seedCatalogFixture } from '../testing/catalog-fixture';
import { startClusteredGateway, type ClusteredGateway } from '../testing/clustered-gateway';
import { createTestDatabase, type TestDatabase } from '../testing/databases';
import { seedAccessFixture } from '../testing/fixtures';
import { GATEWAY_ENTRY } from '../testing/gateway-process';
import { GraphQLClient } from '../testing/graphql-client';
import { ensureStandardTaxRate } from '../testing/order-fixture';
import { FIXTURE_PASSWORD, TEST_NOW, TEST_PASSWORD_HASH_COST, testEngines } from '../testing/portal-harness';

const built = existsSync(GATEWAY_ENTRY);
if (!built) {
  const message = `${GATEWAY_ENTRY} is missing: run \`pnpm --filter @portal/gateway build\` to run the WEB_CONCURRENCY suite`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n[e2e] !!! SKIPPED: ${message} !!!\n`);
}

const CREATE = `mutation($input: CreateDraftOrderInput!) {
  createDraftOrder(input: $input) { order { id } userErrors { code message } }
}`;
const SUBMIT = `mutation($input: SubmitOrderInput!) {
  submitOrder(input: $input) { order { id number status } userErrors { code message } }
}`;
const CLIENTS = 10;

/** Whether a process of that pid is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The built gateway with WEB_CONCURRENCY=2, as production starts it: a primary that migrates the
 * database once and forks two workers serving one port, which share the database and replace
 * each other's deaths; SIGTERM stops them all.
 */
describe.skipIf(!built).each(testEngines())('WEB_CONCURRENCY=2 on a fresh %s database', (engine) => {
  let database: TestDatabase;
  let ds: DataSource;
  let gateway: ClusteredGateway;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ds = createDataSource(database.url);
    await ds.initialize();
    // The embedded database is migrated by the primary; MySQL/MariaDB apart (`pnpm db:migrate`).
    if (engine === 'mysql') await migrate(ds);
    gateway = await startClusteredGateway({ databaseUrl: database.url, workers: 2 });
    const now = new Date(TEST_NOW);
    const fixture = await seedAccessFixture(ds, now, FIXTURE_PASSWORD, TEST_PASSWORD_HASH_COST);
    await seedCatalogFixture(ds, now, fixture);
    await ensureStandardTaxRate(ds);
  }, 90_000);
  afterAll(async () => {
    if (gateway) await gateway.terminate();
    if (ds?.isInitialized) await ds.destroy();
    await database?.drop();
  });

  it('migrates once, in the primary, before it starts the workers', () => {
    const output = gateway.output();
    const migrated = output.match(/^Migrated .*$/gm) ?? [];
    if (engine === 'sqlite') {
      expect(migrated).toHaveLength(1);
      expect(output.indexOf(migrated[0]!)).toBeLessThan(output.indexOf('[cluster] primary'));
    } else {
      expect(migrated).toEqual([]);
    }
    expect([...gateway.workerPids().keys()].sort()).toEqual([1, 2]);
  });

  it('serves through both workers', async () => {
    const answered = new Set<number>();
    for (let i = 0; i < 10 && answered.size < 2; i++) answered.add(await gateway.healthzWorker());
    expect([...answered].sort()).toEqual([1, 2]);
  });

  it('places orders from ten clients at once, each with its own number', async () => {
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const client = new GraphQLClient(gateway.url);
        await client.login('buyer@globex.example', FIXTURE_PASSWORD);
        return client;
      }),
    );
    const results = await Promise.all(
      clients.map(async (client, i) => {
        // Each order its own: 24 to 33 cases of cups (above globex's minimum order value).
        const draft = await client.request(CREATE, {
          input: { lines: [{ sku: 'CUP-12', quantity: String(24 + i) }] },
        });
        expect(draft.errors).toBeUndefined();
        expect(draft.data?.createDraftOrder.userErrors).toEqual([]);
        return client.request(SUBMIT, {
          input: { orderId: draft.data?.createDraftOrder.order.id, idempotencyKey: `web-concurrency-${i}` },
        });
      }),
    );
    // No "database is locked", nor any other failure.
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const payloads = results.map((r) => r.data?.submitOrder);
    expect(payloads.flatMap((p) => p.userErrors)).toEqual([]);
    expect(payloads.map((p) => p.order.status)).toEqual(Array(CLIENTS).fill('SALES_ORDER'));
    const numbers = payloads.map((p) => p.order.number as string);
    expect(new Set(numbers).size).toBe(CLIENTS);
    const stored = await ds.getRepository(Order).findBy({ status: OrderStatus.SALES_ORDER });
    expect(stored.map((o) => o.number).sort()).toEqual([...numbers].sort());
  });

  it('replaces a worker that dies', async () => {
    const killed = gateway.workerPids().get(1)!;
    process.kill(killed, 'SIGKILL');
    const replacement = await gateway.workerReplaced(1, killed);
    expect(replacement).not.toBe(killed);
    expect(alive(replacement)).toBe(true);
    const answered = new Set<number>();
    for (let i = 0; i < 10 && answered.size < 2; i++) answered.add(await gateway.healthzWorker());
    expect([...answered].sort()).toEqual([1, 2]);
  });

  it('stops every process on SIGTERM', async () => {
    const workers = [...gateway.workerPids().values()];
    expect(await gateway.terminate()).toBe(0);
    expect(workers.filter(alive)).toEqual([]);
    expect(gateway.output()).toContain('[cluster] every worker stopped');
  });
});
