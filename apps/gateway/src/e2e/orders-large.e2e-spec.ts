import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AvailabilityPolicy, StockMovementKind, dec } from '@portal/domain';
import { OrderLine, Product, ProductUnit, StockLevel, StockLocation, StockMovement } from '../entity';
import { seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { id } userErrors { field code message } } }`;
const ADD = `mutation($input: AddOrderLinesInput!) { addOrderLines(input: $input) { order { id lines { id } total { amount } } userErrors { field code message } } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) {
  submitOrder(input: $input) { order { number status subtotal { amount } total { amount } lines { sku quantity lineTotal { amount } } } userErrors { field code message } } }`;

const PRODUCTS = 1000;
const bulkSku = (i: number) => `BULK-${String(i).padStart(4, '0')}`;

describe.each(testEngines())('orders of 1,000 lines on %s', (engine) => {
  let portal: TestPortal;
  const counter = new StatementCounter();
  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, logger: counter });
    await seedOrderFixture(portal);
    // 1,000 distinct products: lines of one product in one unit are one line (they add up).
    const ds = portal.runtime.dataSource;
    const now = portal.clock.now();
    const template = {
      description: null,
      categoryId: portal.catalog.categories.cups.id,
      baseUnitId: portal.catalog.units.ea.id,
      listPrice: '1.25',
      cost: null,
      minimumOrderQuantity: null,
      orderMultiple: null,
      published: true,
      lowStockThreshold: null,
      availabilityPolicy: AvailabilityPolicy.SHOW_UNAVAILABLE,
      restockDate: null,
      leadTimeDays: null,
      taxClass: 'STANDARD',
      createdAt: now,
      updatedAt: now,
    };
    for (let start = 0; start < PRODUCTS; start += 100) {
      const batch = Array.from({ length: 100 }, (_, i) => ({
        ...template,
        sku: bulkSku(start + i),
        name: `Bulk item ${start + i}`,
      }));
      await ds.getRepository(Product).insert(batch);
    }
    const ids = await ds.getRepository(Product).find({ select: { id: true }, where: { listPrice: '1.25' } });
    // Opening stock of 1,000 each, through the ledger.
    const location = await ds.getRepository(StockLocation).findOneByOrFail({ isDefault: true });
    for (let start = 0; start < ids.length; start += 200) {
      const slice = ids.slice(start, start + 200);
      await ds.getRepository(StockLevel).insert(
        slice.map((p) => ({
          productId: p.id,
          locationId: location.id,
          onHand: '1000',
          reserved: '0',
          updatedAt: now,
        })),
      );
      await ds.getRepository(StockMovement).insert(
        slice.map((p) => ({
          productId: p.id,
          locationId: location.id,
          kind: StockMovementKind.RECEIPT,
          quantity: '1000',
          onHandAfter: '1000',
          reservedAfter: '0',
          reason: 'Opening stock',
          createdAt: now,
        })),
      );
    }
    for (let start = 0; start < ids.length; start += 200)
      await ds.getRepository(ProductUnit).insert(
        ids.slice(start, start + 200).map((p) => ({
          productId: p.id,
          unitId: portal.catalog.units.ea.id,
          factor: '1',
          isDefault: true,
        })),
      );
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('adds 1,000 lines in two calls and submits them', { timeout: 120_000 }, async () => {
    const buyer = await portal.signedIn('buyer@globex.example');
    const lines = (offset: number) =>
      Array.from({ length: 500 }, (_, i) => ({ sku: bulkSku(offset + i), quantity: '1' }));
    const { result: created, statements: creating } = await counter.count(() =>
      buyer.request(CREATE, { input: { lines: lines(0) } }),
    );
    expect(created.data?.createDraftOrder.userErrors).toEqual([]);
    // The lines' products, units and categories are read for all 500 at once, not line by line.
    const reads = (sql: string[], table: string) =>
      sql.filter((q) => new RegExp(`^(SELECT|WITH)\\b.* FROM .?${table}\\W`, 'is').test(q.trim())).length;
    expect(reads(creating, 'product_unit')).toBeLessThanOrEqual(2);
    expect(reads(creating, 'category')).toBeLessThanOrEqual(2);
    expect(creating.length).toBeLessThan(100);
    const orderId = created.data?.createDraftOrder.order.id;
    const added = await buyer.request(ADD, { input: { orderId, lines: lines(500) } });
    expect(added.data?.addOrderLines.userErrors).toEqual([]);
    expect(added.data?.addOrderLines.order.lines).toHaveLength(1000);

    const { result: submitted, statements } = await counter.count(() =>
      buyer.request(SUBMIT, { input: { orderId, idempotencyKey: 'large-1' } }),
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitOrder.userErrors).toEqual([]);
    const order = submitted.data?.submitOrder.order;
    expect(order.status).toBe('SALES_ORDER');
    expect(order.lines).toHaveLength(1000);
    // 1,000 × 1 ea at the list price 1.25.
    expect(order.subtotal.amount).toBe('1250.00');
    // Tax is rounded per line (8.25 %): 1,000 × 0.10 (0.103125) = 100.00.
    expect(order.total.amount).toBe('1350.00');
    expect(await portal.runtime.dataSource.getRepository(OrderLine).count()).toBe(1000);
    // The 1,000 reservations: one ledger row each, each stock row holding its line's unit, written
    // in a few statements (rows per statement are capped), not one UPDATE and one INSERT per line.
    const ledger = await portal.runtime.dataSource
      .getRepository(StockMovement)
      .findBy({ kind: StockMovementKind.RESERVATION });
    expect(ledger).toHaveLength(1000);
    expect(ledger.every((m) => dec(m.quantity).eq(1) && dec(m.reservedAfter).eq(1))).toBe(true);
    const held = await portal.runtime.dataSource.getRepository(StockLevel).findBy({ reserved: '1' });
    expect(held).toHaveLength(1000);
    const writes = (table: string) =>
      statements.filter((sql) => new RegExp(`^(UPDATE|INSERT INTO) .?${table}\\b`, 'i').test(sql.trim()));
    expect(reads(statements, 'product_unit')).toBeLessThanOrEqual(2);
    expect(reads(statements, 'category')).toBeLessThanOrEqual(2);
    for (const table of ['stock_movement', 'stock_level']) {
      expect(writes(table).length).toBeGreaterThan(0);
      expect(writes(table).length).toBeLessThanOrEqual(2);
    }
  });
});
