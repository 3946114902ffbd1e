import { OrderStatus } from '@portal/domain';
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Company,
  Order,
  OrderLine,
  Product,
  ProductUnit,
  StockLevel,
  StockLocation,
  UnitOfMeasure,
} from '../entity';
import {
  createTestDatabase,
  mysqlTestUrl,
  noteMysqlSkipped,
  type TestDatabase,
  type TestEngine,
} from '../testing/databases';
import { only } from '../testing/items';
import { createDataSource, migrate } from './data-source';

noteMysqlSkipped();

const NOW = new Date('2026-11-27T10:11:12.345Z');

for (const engine of ['sqlite', 'mysql'] as TestEngine[]) {
  describe.skipIf(engine === 'mysql' && !mysqlTestUrl())(`exact storage on ${engine}`, () => {
    let database: TestDatabase;
    let ds: DataSource;
    let unit: UnitOfMeasure;

    beforeAll(async () => {
      database = await createTestDatabase(engine);
      ds = createDataSource(database.url);
      await ds.initialize();
      await migrate(ds);
      unit = await ds
        .getRepository(UnitOfMeasure)
        .save(
          ds
            .getRepository(UnitOfMeasure)
            .create({ name: 'Each', symbol: 'ea', category: 'count', ratio: '1', rounding: '0.0001' }),
        );
    });

    afterAll(async () => {
      if (ds?.isInitialized) await ds.destroy();
      await database?.drop();
    });

    async function saveProduct(
      sku: string,
      listPrice: string,
      lowStockThreshold: string,
      cost: string | null = null,
    ): Promise<Product> {
      const repository = ds.getRepository(Product);
      const saved = await repository.save(
        repository.create({
          sku,
          name: sku,
          baseUnitId: unit.id,
          listPrice,
          lowStockThreshold,
          cost,
          createdAt: NOW,
          updatedAt: NOW,
        }),
      );
      return repository.findOneByOrFail({ id: saved.id });
    }

    it.each([
      ['12345678901.2345', '12345678901.2345'],
      ['0.0001', '0.0001'],
      ['-42.5', '-42.5000'],
      ['0', '0.0000'],
      ['-0.0001', '-0.0001'],
      ['99999999999.9999', '99999999999.9999'],
      ['-99999999999.9999', '-99999999999.9999'],
      ['1234567.1', '1234567.1000'],
      ['100000000000000', '100000000000000.0000'],
    ])('money and quantity %s read back as %s', async (written, read) => {
      const product = await saveProduct(`SKU-${written}`, written, written, written);
      expect(product.listPrice).toBe(read);
      expect(product.lowStockThreshold).toBe(read);
      expect(product.cost).toBe(read);
    });

    it('keeps null decimals null and applies decimal defaults', async () => {
      const repository = ds.getRepository(Product);
      const saved = await repository.save(
        repository.create({
          sku: 'DEFAULTS',
          name: 'Defaults',
          baseUnitId: unit.id,
          listPrice: '1',
          createdAt: NOW,
          updatedAt: NOW,
        }),
      );
      const product = await repository.findOneByOrFail({ id: saved.id });
      expect(product.cost).toBeNull();
      expect(product.minimumOrderQuantity).toBeNull();
      const location = await ds.getRepository(StockLocation).findOneByOrFail({ isDefault: true });
      await ds
        .getRepository(StockLevel)
        .insert({ productId: product.id, locationId: location.id, updatedAt: NOW });
      const level = await ds.getRepository(StockLevel).findOneByOrFail({ productId: product.id });
      expect([level.onHand, level.reserved]).toEqual(['0.0000', '0.0000']);
      expect(product.published).toBe(true);
      expect(product.availabilityPolicy).toBe('SHOW_UNAVAILABLE');
    });

    it.each([
      ['0.0000000001', '0.0000000001'],
      ['24', '24.0000000000'],
      ['3.785411784', '3.7854117840'],
      ['12345.0123456789', '12345.0123456789'],
    ])('stores the ratio %s exactly as %s', async (factor, read) => {
      const product = await saveProduct(`RATIO-${factor}`, '1', '1');
      const repository = ds.getRepository(ProductUnit);
      await repository.save(
        repository.create({ productId: product.id, unitId: unit.id, factor, isDefault: true }),
      );
      expect((await repository.findOneByOrFail({ productId: product.id })).factor).toBe(read);
    });

    it.runIf(engine === 'mysql')(
      'keeps the full decimal(20,4) and decimal(24,10) range on MySQL',
      async () => {
        const product = await saveProduct('WIDE', '9999999999999999.9999', '-9999999999999999.9999');
        expect([product.listPrice, product.lowStockThreshold]).toEqual([
          '9999999999999999.9999',
          '-9999999999999999.9999',
        ]);
        const repository = ds.getRepository(ProductUnit);
        await repository.save(
          repository.create({
            productId: product.id,
            unitId: unit.id,
            factor: '12345678901234.0123456789',
            isDefault: true,
          }),
        );
        expect((await repository.findOneByOrFail({ productId: product.id })).factor).toBe(
          '12345678901234.0123456789',
        );
      },
    );

    it.runIf(engine === 'sqlite')(
      'refuses decimals SQLite would round (more than 15 significant digits)',
      async () => {
        await expect(saveProduct('WIDE', '9999999999999999.9999', '1')).rejects.toThrow(/15/);
        await expect(saveProduct('WIDE', '1000000000000000', '1')).rejects.toThrow(/15/);
        await expect(saveProduct('WIDE', '123456789012.3456', '1')).rejects.toThrow(/significant digits/);
      },
    );

    it('refuses values that would lose digits', async () => {
      await expect(saveProduct('TOO-PRECISE', '1.00001', '1')).rejects.toThrow(/decimal places/);
      await expect(saveProduct('TOO-BIG', '12345678901234567', '1')).rejects.toThrow(
        /is too large: at most \d+ digits before the decimal point/,
      );
    });

    it('compares and sums decimals numerically in SQL', async () => {
      const rows = await ds
        .getRepository(Product)
        .createQueryBuilder('product')
        .where('product.listPrice > :min', { min: '100' })
        .andWhere('product.sku LIKE :prefix', { prefix: 'SKU-%' })
        .orderBy('product.listPrice', 'ASC')
        .getMany();
      expect(rows.map((row) => row.listPrice)).toEqual([
        '1234567.1000',
        '12345678901.2345',
        '99999999999.9999',
        '100000000000000.0000',
      ]);
      const sum = only(
        (await ds.query(
          "SELECT SUM(\"listPrice\") AS total FROM product WHERE sku IN ('SKU-0.0001', 'SKU-1234567.1')".replace(
            /"/g,
            engine === 'mysql' ? '`' : '"',
          ),
        )) as { total: string | number }[],
      );
      expect(String(sum.total)).toMatch(/^1234567\.1001/);
    });

    it('round-trips timestamps with milliseconds in UTC and dates without a time-zone shift', async () => {
      const company = await ds
        .getRepository(Company)
        .save(
          ds
            .getRepository(Company)
            .create({ name: 'ACME', currencyCode: 'USD', createdAt: NOW, updatedAt: NOW }),
        );
      const orders = ds.getRepository(Order);
      const saved = await orders.save(
        orders.create({
          number: 'SO-000001',
          status: OrderStatus.DRAFT,
          channel: 'PORTAL',
          companyId: company.id,
          currencyCode: 'USD',
          requestedDeliveryDate: '2026-12-31',
          quoteValidUntil: '2026-01-01',
          submittedAt: new Date('2026-06-30T23:59:59.999Z'),
          createdAt: NOW,
          updatedAt: NOW,
        }),
      );
      const order = await orders.findOneByOrFail({ id: saved.id });
      expect(order.createdAt.toISOString()).toBe(NOW.toISOString());
      expect(order.submittedAt?.toISOString()).toBe('2026-06-30T23:59:59.999Z');
      expect(order.requestedDeliveryDate).toBe('2026-12-31');
      expect(order.quoteValidUntil).toBe('2026-01-01');
      expect(order.subtotal).toBe('0.0000');
      const castCreatedAt = engine === 'mysql' ? 'CAST(`createdAt` AS CHAR)' : '"createdAt"';
      const raw = only(
        (await ds.query(`SELECT ${castCreatedAt} AS c FROM sales_order WHERE id = ?`, [order.id])) as {
          c: string;
        }[],
      );
      expect(raw.c).toBe('2026-11-27 10:11:12.345');
      expect(order.version).toBe(1);

      const lines = ds.getRepository(OrderLine);
      await lines.save(
        lines.create({
          orderId: order.id,
          position: 1,
          sku: 'X',
          description: 'X',
          quantity: '0.0001',
          unitId: unit.id,
          baseQuantity: '12345678901.2345',
          unitPrice: '12345678901.2345',
          lineTotal: '-0.0001',
        }),
      );
      const line = await lines.findOneByOrFail({ orderId: order.id });
      expect([line.quantity, line.baseQuantity, line.unitPrice, line.lineTotal, line.taxRate]).toEqual([
        '0.0001',
        '12345678901.2345',
        '12345678901.2345',
        '-0.0001',
        '0.0000',
      ]);
    });

    it('enforces foreign keys', async () => {
      const lines = ds.getRepository(OrderLine);
      await expect(
        lines.insert({
          orderId: 999_999,
          position: 1,
          sku: 'X',
          description: 'X',
          quantity: '1',
          unitId: unit.id,
          baseQuantity: '1',
          unitPrice: '1',
          lineTotal: '1',
        }),
      ).rejects.toThrow();
    });
  });
}
