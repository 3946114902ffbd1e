import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData, type SeedSummary } from './demo-data';
import {
  Money,
  allowsOrderingBeyondStock,
  computeTax,
  ratesForDestination,
  daysBetween,
  dec,
  earlyPaymentDiscountFor,
  invoiceTerms,
  ledgerFigures,
  lineTotal,
  sumMoney,
  toDecimalString,
  type PaymentTerm as DomainPaymentTerm,
} from '@portal/domain';
import {
  Address,
  Category,
  Company,
  Invoice,
  InvoiceInstallment,
  InvoiceLine,
  NumberSequence,
  Order,
  OrderEvent,
  OrderLine,
  Payment,
  PaymentAllocation,
  PaymentTerm,
  PaymentTermInstallment,
  Pricelist,
  Product,
  Session,
  ShipmentLine,
  StockLevel,
  StockMovement,
  TaxRate,
  User,
  bootPortal,
  createDataSource,
  hashPassword,
  loadConfig,
  migrate,
} from './gateway';
import { hasDemoData } from './is-seeded';

type DataSource = ReturnType<typeof createDataSource>;

const NOW = new Date('2026-11-27T09:00:00.000Z');
// A real scrypt hash is slow to make and irrelevant here.
const PASSWORD_HASH = 'scrypt$32768$8$1$c2VlZC1zcGVjLXNhbHQ$c2VlZC1zcGVjLWhhc2g';
const ALL_STATUSES = [
  'DRAFT',
  'PENDING_APPROVAL',
  'QUOTATION',
  'SALES_ORDER',
  'IN_PROGRESS',
  'SHIPPED',
  'DELIVERED',
  'INVOICED',
  'CANCELLED',
];
const PORTAL_ROLES = ['PORTAL_ADMIN', 'BUYER', 'APPROVER', 'VIEWER', 'REQUISITIONER'];

interface TestDb {
  url: string;
  drop(): Promise<void>;
}

function sqliteDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'portal-seed-'));
  return {
    url: `sqlite:${join(dir, 'portal.sqlite')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh database on the TEST_MYSQL_URL server, made and dropped through the gateway's own data source. */
async function mysqlDb(serverUrl: string): Promise<TestDb> {
  const name = `portal_seed_${process.pid}_${Date.now().toString(36)}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/mysql';
  const run = async (sql: string) => {
    const ds = createDataSource(admin.toString());
    await ds.initialize();
    try {
      await ds.query(sql);
    } finally {
      await ds.destroy();
    }
  };
  await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS \`${name}\``) };
}

const mysqlUrl = process.env.TEST_MYSQL_URL?.trim();
const engines: { engine: string; make: () => Promise<TestDb> }[] = [
  { engine: 'sqlite', make: async () => sqliteDb() },
];
if (mysqlUrl) engines.push({ engine: 'mysql', make: () => mysqlDb(mysqlUrl) });
else
  console.warn(
    '[seed spec] TEST_MYSQL_URL is not set: the MariaDB/MySQL run is skipped (e.g. TEST_MYSQL_URL=mysql://root@127.0.0.1:3306).',
  );

describe.each(engines)('seedDemoData on $engine', ({ make }) => {
  let db: TestDb;
  let ds: DataSource;
  let summary: SeedSummary;
  let seededBefore: boolean;

  beforeAll(async () => {
    db = await make();
    ds = createDataSource(db.url);
    await ds.initialize();
    await migrate(ds);
    seededBefore = await hasDemoData(ds);
    summary = await seedDemoData(ds, { now: NOW, scale: 1, passwordHash: PASSWORD_HASH });
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('knows whether the database has data', async () => {
    expect(seededBefore).toBe(false);
    expect(await hasDemoData(ds)).toBe(true);
  });

  it('creates at least 200 products in at least 10 categories', async () => {
    expect(await ds.getRepository(Product).count()).toBeGreaterThanOrEqual(200);
    const used = await ds
      .getRepository(Product)
      .createQueryBuilder('p')
      .select('COUNT(DISTINCT p.categoryId)', 'n')
      .getRawOne<{ n: unknown }>();
    expect(Number(used?.n)).toBeGreaterThanOrEqual(10);
    expect(await ds.getRepository(Category).count()).toBeGreaterThanOrEqual(10);
    expect(summary.counts.Product).toBe(await ds.getRepository(Product).count());
  });

  it('has orders in every status', async () => {
    const rows = await ds
      .getRepository(Order)
      .createQueryBuilder('o')
      .select('o.status', 'status')
      .distinct(true)
      .getRawMany<{ status: string }>();
    expect(rows.map((r) => r.status).sort()).toEqual([...ALL_STATUSES].sort());
  });

  it('keeps a stock ledger that adds up, consistent with the orders: open orders reserve, shipped ones shipped', async () => {
    const levels = await ds.getRepository(StockLevel).find();
    const movements = await ds.getRepository(StockMovement).find({ order: { id: 'ASC' } });
    expect(levels).toHaveLength(await ds.getRepository(Product).count());
    const products = new Map((await ds.getRepository(Product).find()).map((p) => [p.id, p]));
    const lines = await ds.getRepository(OrderLine).find();
    const orders = new Map((await ds.getRepository(Order).find()).map((o) => [o.id, o]));
    let low = 0;
    let backordered = 0;
    let reservedSomewhere = 0;
    for (const level of levels) {
      const own = movements.filter((m) => m.productId === level.productId);
      const sum = ledgerFigures(own);
      expect([sum.onHand.toString(), sum.reserved.toString()]).toEqual([
        dec(level.onHand).toString(),
        dec(level.reserved).toString(),
      ]);
      const held = lines
        .filter(
          (l) =>
            l.productId === level.productId &&
            ['PENDING_APPROVAL', 'SALES_ORDER', 'IN_PROGRESS'].includes(orders.get(l.orderId)!.status),
        )
        .reduce((total, l) => total.plus(dec(l.baseQuantity)), dec('0'));
      expect(dec(level.reserved).eq(held)).toBe(true);
      const product = products.get(level.productId)!;
      const available = dec(level.onHand).minus(dec(level.reserved));
      if (!allowsOrderingBeyondStock(product.availabilityPolicy)) expect(available.gte(0)).toBe(true);
      if (product.availabilityPolicy === 'ALLOW_BACKORDER' && available.lte(0)) backordered += 1;
      if (held.gt(0)) reservedSomewhere += 1;
      if (available.gt(0) && product.lowStockThreshold && available.lte(dec(product.lowStockThreshold)))
        low += 1;
    }
    expect(low).toBeGreaterThan(0);
    expect(reservedSomewhere).toBeGreaterThan(10);
    expect(
      backordered + lines.filter((l) => dec(l.backorderedBaseQuantity).gt(0)).length,
    ).toBeGreaterThanOrEqual(0);
    // Shipped orders shipped every line, with shipment lines.
    const shipped = lines.filter((l) =>
      ['SHIPPED', 'DELIVERED', 'INVOICED'].includes(orders.get(l.orderId)!.status),
    );
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.every((l) => l.shippedQuantity === l.quantity)).toBe(true);
    expect(await ds.getRepository(ShipmentLine).count()).toBe(shipped.length);
  });

  it('gives each customer company one user per portal role', async () => {
    for (const name of ['Acme Restaurant Group', 'Globex Chemicals', 'Initech Health']) {
      const company = await ds.getRepository(Company).findOneByOrFail({ name });
      const users = await ds.getRepository(User).findBy({ companyId: company.id });
      expect(users.map((u) => u.role).sort(), name).toEqual([...PORTAL_ROLES].sort());
      expect(users.every((u) => u.status === 'ACTIVE' && u.passwordHash === PASSWORD_HASH)).toBe(true);
    }
    const signIns = summary.signIns.map((s) => s.email);
    expect(signIns).toContain('admin@seller.example');
    expect(signIns).toContain('requisitioner@initech.example');
  });

  it('gives every company, Initech Holdings too, one default billing address for its documents', async () => {
    const companies = await ds.getRepository(Company).find();
    expect(companies.map((c) => c.name)).toContain('Initech Holdings');
    for (const company of companies) {
      const billing = await ds
        .getRepository(Address)
        .findBy({ companyId: company.id, isDefaultBilling: true });
      expect(billing.length, company.name).toBe(1);
    }
  });

  it('has the three pricelists', async () => {
    const names = (await ds.getRepository(Pricelist).find()).map((p) => p.name).sort();
    expect(names).toEqual(['Globex contract', 'Gold tier', 'Initech formula']);
  });

  it('prices every order line and totals every order as the domain does, to the cent', async () => {
    const orders = await ds.getRepository(Order).find();
    const lines = await ds.getRepository(OrderLine).find({ order: { position: 'ASC', id: 'ASC' } });
    const companies = new Map((await ds.getRepository(Company).find()).map((c) => [c.id, c]));
    const products = new Map((await ds.getRepository(Product).find()).map((p) => [p.id, p]));
    const rules = (await ds.getRepository(TaxRate).find()).map((r) => ({
      taxClass: r.taxClass,
      countryCode: r.countryCode,
      region: r.region,
      percent: r.rate,
    }));
    const places = new Map(
      (await ds.getRepository(Address).find()).map((a) => [
        a.id,
        { countryCode: a.countryCode, region: a.region },
      ]),
    );
    const byOrder = new Map<number, OrderLine[]>();
    for (const line of lines) byOrder.set(line.orderId, [...(byOrder.get(line.orderId) ?? []), line]);
    expect(orders.length).toBeGreaterThan(50);
    const same = (stored: string, computed: Money) =>
      Money.of(stored, computed.currencyCode).equals(computed);
    for (const order of orders) {
      const mine = byOrder.get(order.id) ?? [];
      expect(mine.length, order.number).toBeGreaterThan(0);
      for (const line of mine) {
        const expected = lineTotal(line.unitPrice, line.quantity, order.currencyCode);
        expect(
          same(line.lineTotal, expected),
          `${order.number} ${line.sku}: ${line.lineTotal} ≠ ${expected.amount.toString()}`,
        ).toBe(true);
      }
      const company = companies.get(order.companyId)!;
      // At the rates of the order's ship-to, as the gateway taxes an order.
      const destination =
        order.shippingAddressId === null ? null : (places.get(order.shippingAddressId) ?? null);
      const tax = computeTax({
        currencyCode: order.currencyCode,
        rates: ratesForDestination(rules, destination),
        exemption: company.taxExempt
          ? { resaleCertificateNumber: company.taxExemptionCertificate ?? '' }
          : null,
        lines: mine.map((l, i) => ({
          ref: String(i),
          taxClass: products.get(l.productId ?? -1)?.taxClass ?? 'STANDARD',
          amount: Money.of(l.lineTotal, order.currencyCode),
        })),
      });
      tax.lines.forEach((taxed, i) => {
        expect(same(mine[i]!.taxAmount, taxed.tax), `${order.number} line ${i + 1} tax`).toBe(true);
      });
      expect(same(order.subtotal, tax.subtotal), `${order.number} subtotal`).toBe(true);
      expect(same(order.taxTotal, tax.taxTotal), `${order.number} tax`).toBe(true);
      expect(same(order.total, tax.total), `${order.number} total`).toBe(true);
    }
  });

  it('taxes an order at its ship-to region’s rate: Globex’s orders to Texas carry 6.25 %, Acme’s to California 8.25 %', async () => {
    const rate = await ds.getRepository(TaxRate).findOneByOrFail({ countryCode: 'US', region: 'TX' });
    expect([rate.taxClass, rate.rate]).toEqual(['STANDARD', '6.2500']);
    const rates = async (companyName: string) => {
      const company = await ds.getRepository(Company).findOneByOrFail({ name: companyName });
      const orders = await ds.getRepository(Order).findBy({ companyId: company.id });
      const lines = await ds.getRepository(OrderLine).find({ where: orders.map((o) => ({ orderId: o.id })) });
      const standard = new Set(
        (await ds.getRepository(Product).findBy({ taxClass: 'STANDARD' })).map((p) => p.id),
      );
      return new Set(
        lines.filter((l) => l.productId !== null && standard.has(l.productId)).map((l) => l.taxRate),
      );
    };
    expect([...(await rates('Globex Chemicals'))]).toEqual(['6.2500']);
    expect([...(await rates('Acme Restaurant Group'))]).toEqual(['8.2500']);
  });

  it('totals every invoice and credit note from its lines as the domain does, to the cent', async () => {
    const invoices = await ds.getRepository(Invoice).find();
    const lines = await ds.getRepository(InvoiceLine).find({ order: { position: 'ASC', id: 'ASC' } });
    const orders = new Map((await ds.getRepository(Order).find()).map((o) => [o.id, o]));
    const companies = new Map((await ds.getRepository(Company).find()).map((c) => [c.id, c]));
    const same = (stored: string, computed: Money) =>
      Money.of(stored, computed.currencyCode).equals(computed);
    expect(invoices.filter((i) => i.kind === 'CREDIT_NOTE').length).toBeGreaterThan(0);
    for (const invoice of invoices) {
      const currency = invoice.currencyCode;
      const mine = lines.filter((l) => l.invoiceId === invoice.id);
      expect(mine.length, invoice.number).toBeGreaterThan(0);
      for (const line of mine) {
        const expected = lineTotal(line.unitPrice, line.quantity, currency);
        expect(same(line.lineTotal, expected), `${invoice.number} ${line.description}`).toBe(true);
      }
      // At the rates the lines were taxed at, with the company's exemption (as the gateway invoices).
      const company = companies.get(invoice.companyId)!;
      const tax = computeTax({
        currencyCode: currency,
        rates: mine.map((l) => ({ taxClass: `rate:${l.taxRate}`, percent: l.taxRate })),
        exemption: company.taxExempt
          ? { resaleCertificateNumber: company.taxExemptionCertificate ?? '' }
          : null,
        lines: mine.map((l, i) => ({
          ref: String(i),
          taxClass: `rate:${l.taxRate}`,
          amount: Money.of(l.lineTotal, currency),
        })),
      });
      tax.lines.forEach((taxed, i) => {
        expect(same(mine[i]!.taxAmount, taxed.tax), `${invoice.number} line ${i + 1} tax`).toBe(true);
      });
      expect(same(invoice.subtotal, tax.subtotal), `${invoice.number} subtotal`).toBe(true);
      expect(same(invoice.taxTotal, tax.taxTotal), `${invoice.number} tax`).toBe(true);
      expect(same(invoice.total, tax.total), `${invoice.number} total`).toBe(true);
      expect(invoice.taxExemptionText, invoice.number).toBe(tax.exemptionText);
      if (invoice.kind === 'INVOICE') {
        const order = orders.get(invoice.orderId!)!;
        expect(same(order.total, tax.total), `${invoice.number} = ${order.number}`).toBe(true);
      }
    }
  });

  it("issues every invoice on its company's payment term as the domain's invoiceTerms says", async () => {
    const invoices = await ds.getRepository(Invoice).findBy({ kind: 'INVOICE' });
    const companies = new Map((await ds.getRepository(Company).find()).map((c) => [c.id, c]));
    const terms = new Map((await ds.getRepository(PaymentTerm).find()).map((t) => [t.id, t]));
    const termInstallments = await ds
      .getRepository(PaymentTermInstallment)
      .find({ order: { position: 'ASC', id: 'ASC' } });
    const installments = await ds.getRepository(InvoiceInstallment).find({ order: { dueOn: 'ASC' } });
    const termOf = (id: number): DomainPaymentTerm => {
      const row = terms.get(id)!;
      return {
        netDays: row.netDays,
        endOfMonth: row.endOfMonth,
        earlyPaymentDiscountPercent: row.earlyPaymentDiscountPercent,
        earlyPaymentDiscountDays: row.earlyPaymentDiscountDays,
        installments: termInstallments
          .filter((i) => i.paymentTermId === id)
          .map((i) => ({ percent: i.percent, days: i.days })),
      };
    };
    expect(invoices.some((i) => i.earlyPaymentDiscountDeadline !== null)).toBe(true);
    for (const invoice of invoices) {
      const company = companies.get(invoice.companyId)!;
      expect(invoice.paymentTermId, invoice.number).toBe(company.paymentTermId);
      const expected = invoiceTerms({
        issuedOn: invoice.issuedOn!,
        total: Money.of(invoice.total, invoice.currencyCode),
        term: termOf(company.paymentTermId!),
      });
      expect(invoice.dueOn, invoice.number).toBe(expected.dueOn);
      const discount = expected.earlyPaymentDiscount;
      expect(invoice.earlyPaymentDiscountDeadline, invoice.number).toBe(discount?.deadline ?? null);
      expect(
        invoice.earlyPaymentDiscountPercent === null
          ? null
          : dec(invoice.earlyPaymentDiscountPercent).eq(discount?.percent ?? -1),
        invoice.number,
      ).toBe(discount ? true : null);
      expect(
        installments
          .filter((i) => i.invoiceId === invoice.id)
          .map((i) => [i.dueOn, Money.of(i.amount, invoice.currencyCode).toString()]),
        invoice.number,
      ).toEqual(expected.installments.map((i) => [i.dueOn, i.amount.toString()]));
    }
  });

  it('takes early-payment discounts exactly as the domain offers them on the day of payment', async () => {
    const invoices = new Map((await ds.getRepository(Invoice).find()).map((i) => [i.id, i]));
    const payments = new Map((await ds.getRepository(Payment).find()).map((p) => [p.id, p]));
    const allocations = await ds.getRepository(PaymentAllocation).find();
    const paidOn = (a: PaymentAllocation) => payments.get(a.paymentId)!.paidAt!;
    const discounted = allocations.filter((a) => dec(a.discountTaken).gt(0));
    expect(discounted.length).toBeGreaterThan(0);
    for (const allocation of discounted) {
      const invoice = invoices.get(allocation.invoiceId)!;
      const currency = invoice.currencyCode;
      // What earlier payments had settled of the invoice.
      const before = sumMoney(
        allocations
          .filter((a) => a.invoiceId === invoice.id && paidOn(a) < paidOn(allocation))
          .map((a) => Money.of(a.amount, currency).add(Money.of(a.discountTaken, currency))),
        currency,
      );
      const offer = earlyPaymentDiscountFor(
        {
          issuedOn: invoice.issuedOn!,
          total: Money.of(invoice.total, currency),
          term: {
            netDays: 0,
            earlyPaymentDiscountPercent: invoice.earlyPaymentDiscountPercent,
            earlyPaymentDiscountDays: daysBetween(invoice.issuedOn!, invoice.earlyPaymentDiscountDeadline!),
          },
          amountPaid: before,
        },
        paidOn(allocation).toISOString().slice(0, 10),
      );
      expect(offer, invoice.number).not.toBeNull();
      const due = Money.of(invoice.total, currency).subtract(before);
      expect(Money.of(allocation.amount, currency).equals(offer!.amountToPay), invoice.number).toBe(true);
      expect(
        Money.of(allocation.discountTaken, currency).equals(due.subtract(offer!.amountToPay)),
        invoice.number,
      ).toBe(true);
    }
    // A payment records the discounts its allocations took, or none.
    for (const payment of payments.values()) {
      const currency = payment.currencyCode;
      const discount = sumMoney(
        allocations.filter((a) => a.paymentId === payment.id).map((a) => Money.of(a.discountTaken, currency)),
        currency,
      );
      expect(
        payment.discountTaken === null ? null : Money.of(payment.discountTaken, currency).toString(),
        String(payment.id),
      ).toBe(discount.isZero() ? null : discount.toString());
    }
  });

  it('numbers invoices, credit notes and orders without gaps and leaves the sequences at the next number', async () => {
    const invoices = await ds.getRepository(Invoice).find({ order: { id: 'ASC' } });
    const sequences = new Map(
      (await ds.getRepository(NumberSequence).find()).map((s) => [s.name, s.nextValue]),
    );
    const check = (numbers: string[], prefix: string, sequence: string) => {
      const values = numbers.map((n) => Number(n.slice(prefix.length))).sort((a, b) => a - b);
      expect(values.length, prefix).toBeGreaterThan(0);
      expect(values, prefix).toEqual(values.map((_, i) => i + 1));
      expect(sequences.get(sequence), sequence).toBe(values.length + 1);
    };
    check(
      invoices.filter((i) => i.kind === 'INVOICE').map((i) => i.number),
      'INV-',
      'invoice',
    );
    check(
      invoices.filter((i) => i.kind === 'CREDIT_NOTE').map((i) => i.number),
      'CN-',
      'credit_note',
    );
    const orders = await ds.getRepository(Order).find();
    check(
      orders.filter((o) => o.number.startsWith('SO-')).map((o) => o.number),
      'SO-',
      'sales_order',
    );
    // Drafts are numbered by their id (unique, not gap-free).
    const drafts = orders.filter((o) => o.number.startsWith('DR-'));
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.map((o) => o.number)).toEqual(drafts.map((o) => `DR-${String(o.id).padStart(6, '0')}`));
    expect(orders.filter((o) => o.number.startsWith('DR-')).every((o) => o.status === 'DRAFT')).toBe(true);
  });

  it('has portal sign-ins of every customer company in each of the last three months', async () => {
    const sessions = await ds.getRepository(Session).find();
    const users = new Map((await ds.getRepository(User).find()).map((u) => [u.id, u]));
    for (let monthsAgo = 1; monthsAgo <= 3; monthsAgo++) {
      const start = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - monthsAgo, 1));
      const end = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - monthsAgo + 1, 1));
      const companies = new Set(
        sessions
          .filter((s) => s.createdAt >= start && s.createdAt < end)
          .map((s) => users.get(s.userId)?.companyId),
      );
      expect(companies.size, start.toISOString()).toBeGreaterThanOrEqual(3);
    }
    expect(sessions.every((s) => s.revokedAt !== null && s.createdAt < NOW)).toBe(true);
  });

  it('has paid, partly paid and overdue invoices', async () => {
    const invoices = await ds.getRepository(Invoice).findBy({ kind: 'INVOICE' });
    const today = NOW.toISOString().slice(0, 10);
    const paid = invoices.filter((i) => i.status === 'PAID' && i.amountPaid === i.total);
    const partial = invoices.filter(
      (i) => i.status === 'OPEN' && dec(i.amountPaid).gt(0) && dec(i.amountPaid).lt(dec(i.total)),
    );
    const overdue = invoices.filter((i) => i.status === 'OPEN' && (i.dueOn as string) < today);
    expect(paid.length).toBeGreaterThan(0);
    expect(partial.length).toBeGreaterThan(0);
    expect(overdue.length).toBeGreaterThan(0);
    for (const invoice of invoices)
      expect(dec(invoice.amountPaid).lte(dec(invoice.total)), invoice.number).toBe(true);
  });

  it('reports portal adoption on the demo data as counted by hand from its rows', async () => {
    // A gateway on the seeded database; sales sign in with a real password for this test only.
    const sales = await ds.getRepository(User).findOneByOrFail({ email: 'sales@seller.example' });
    await ds.getRepository(User).update(sales.id, { passwordHash: await hashPassword('adoption-test', 10) });
    const dir = mkdtempSync(join(tmpdir(), 'portal-adoption-'));
    const portal = await bootPortal(
      loadConfig({
        DATABASE_URL: db.url,
        PORT: '0',
        HOST: '127.0.0.1',
        PORTAL_NOW: NOW.toISOString(),
        DATA_DIR: dir,
        OUTBOX_WORKER: 'off',
        RATE_LIMITS: 'off',
      }),
      { dataSource: createDataSource(db.url), migrate: false },
    );
    try {
      const graphql = async (query: string, variables: Record<string, unknown>, cookie = '') => {
        const res = await fetch(`${portal.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables }),
        });
        return { res, body: (await res.json()) as { data?: any; errors?: unknown[] } };
      };
      const login = await graphql(
        'mutation($input: LoginInput!) { login(input: $input) { userErrors { message } } }',
        { input: { email: 'sales@seller.example', password: 'adoption-test' } },
      );
      const cookie = (login.res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
      const { body } = await graphql(
        `
          query ($from: Date!, $to: Date!, $baselineFrom: Date, $baselineTo: Date) {
            portalAdoption(from: $from, to: $to, baselineFrom: $baselineFrom, baselineTo: $baselineTo) {
              month
              activeAccountShare
              orderingAccounts
              accountsWithPortalUsers
              orderingAccountShare
              portalOrders
              totalOrders
              portalOrderShare
              activeUsers
              averageOrdersPerActiveUser
              phoneOrders
              issueReports
              issueReportsPer100Orders
              portalOrderShareChange
              phoneOrderBaselineAverage
              phoneOrderChange
            }
          }
        `,
        { from: '2026-06-01', to: '2026-11-30', baselineFrom: '2025-12-01', baselineTo: '2026-05-31' },
        cookie,
      );
      expect(body.errors).toBeUndefined();

      // By hand: each month's rows, counted in plain code from the tables.
      const [companies, users, sessions, orders, events] = await Promise.all([
        ds.getRepository(Company).find(),
        ds.getRepository(User).find(),
        ds.getRepository(Session).find(),
        ds.getRepository(Order).find(),
        ds.getRepository(OrderEvent).find(),
      ]);
      const companyOf = new Map(users.map((u) => [u.id, u.companyId]));
      const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m, 1));
      const count = (start: Date, end: Date) => {
        const within = (d: Date | null) => d !== null && d >= start && d < end;
        const submitted = orders.filter((o) => within(o.submittedAt));
        const portal = submitted.filter((o) => o.channel === 'PORTAL' || o.channel === 'API');
        const signedIn = sessions.filter((s) => within(s.createdAt) && companyOf.get(s.userId) != null);
        const portalUsers = users.filter(
          (u) => u.companyId !== null && u.status !== 'INVITED' && u.createdAt < end,
        );
        return {
          companies: companies.filter((c) => c.createdAt < end).length,
          withPortalUsers: new Set(portalUsers.map((u) => u.companyId)).size,
          signedInCompanies: new Set(signedIn.map((s) => companyOf.get(s.userId))).size,
          activeUsers: new Set(signedIn.map((s) => s.userId)).size,
          ordering: new Set(portal.map((o) => o.companyId)).size,
          portal: portal.length,
          total: submitted.length,
          phone: submitted.filter((o) => o.channel === 'PHONE').length,
          issues: events.filter((e) => e.kind === 'ISSUE_REPORTED' && within(e.at)).length,
        };
      };
      const share = (a: number, b: number, scale = 4) =>
        toDecimalString(b === 0 ? '0' : dec(String(a)).div(b), scale);
      const baselinePhone = [0, 1, 2, 3, 4, 5]
        .map((i) => count(monthStart(2025, 11 + i), monthStart(2025, 12 + i)).phone)
        .reduce((a, b) => a + b, 0);
      const baseline = share(baselinePhone, 6, 2);
      const expected = [5, 6, 7, 8, 9, 10].map((m) => {
        const c = count(monthStart(2026, m), monthStart(2026, m + 1));
        const p = count(monthStart(2026, m - 1), monthStart(2026, m));
        const change = dec(baseline).isZero()
          ? null
          : toDecimalString(dec(String(c.phone)).minus(baseline).div(baseline), 4);
        return {
          month: monthStart(2026, m).toISOString().slice(0, 10),
          activeAccountShare: share(c.signedInCompanies, c.companies),
          orderingAccounts: c.ordering,
          accountsWithPortalUsers: c.withPortalUsers,
          orderingAccountShare: share(c.ordering, c.withPortalUsers),
          portalOrders: c.portal,
          totalOrders: c.total,
          portalOrderShare: share(c.portal, c.total),
          activeUsers: c.activeUsers,
          averageOrdersPerActiveUser: share(c.portal, c.activeUsers),
          phoneOrders: c.phone,
          issueReports: c.issues,
          issueReportsPer100Orders: share(c.issues * 100, c.total, 2),
          portalOrderShareChange: toDecimalString(
            dec(share(c.portal, c.total)).minus(share(p.portal, p.total)),
            4,
          ),
          phoneOrderBaselineAverage: baseline,
          phoneOrderChange: change,
        };
      });
      expect(body.data?.portalAdoption).toEqual(expected);
      // The demo is not empty where it matters: portal orders every month, and phone orders.
      expect(expected.every((m) => m.portalOrders > 0)).toBe(true);
      expect(expected.some((m) => m.phoneOrders > 0)).toBe(true);
    } finally {
      await portal.close();
      await ds.getRepository(User).update(sales.id, { passwordHash: sales.passwordHash });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('seedDemoData determinism', () => {
  it('produces the same orders for the same now and scale', async () => {
    const snapshot = async () => {
      const db = sqliteDb();
      const ds = createDataSource(db.url);
      await ds.initialize();
      try {
        await migrate(ds);
        await seedDemoData(ds, { now: NOW, passwordHash: PASSWORD_HASH });
        const orders = await ds.getRepository(Order).find({ order: { id: 'ASC' } });
        return orders.map(
          (o) => `${o.number} ${o.status} ${o.channel} ${o.createdAt.toISOString()} ${o.total}`,
        );
      } finally {
        await ds.destroy();
        await db.drop();
      }
    };
    expect(await snapshot()).toEqual(await snapshot());
  });
});
