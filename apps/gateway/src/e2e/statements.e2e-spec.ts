import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOfType, toGlobalId } from '../common/node-id';
import type { GraphQLClient } from '../testing/graphql-client';
import {
  invoiceOrder,
  issueCreditNote,
  seedInvoiceFixture,
  seedPayment,
  seedShippedOrder,
  setCompanyTerms,
} from '../testing/invoice-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const MONEY = '{ amount currencyCode }';
const AGING = `asOf totalOutstanding { amount } buckets { label minDays maxDays amount { amount } count }`;
const STATEMENT = `query($from: Date, $to: Date, $companyId: ID) {
  accountStatement(from: $from, to: $to, companyId: $companyId) {
    company { name } from to openingBalance ${MONEY} closingBalance ${MONEY}
    entries { date kind reference settles debit { amount } credit { amount } balance { amount } }
    aging { ${AGING} }
  }
}`;
const AGING_REPORT = `query($asOf: Date, $companyId: ID) { agingReport(asOf: $asOf, companyId: $companyId) { ${AGING} } }`;

const buckets = (report: any) =>
  Object.fromEntries(report.buckets.map((b: any) => [b.label, [b.amount.amount, b.count]]));
const cents = (amount: string) => Math.round(Number(amount) * 100);

describe.each(testEngines())('account statements, aging and credit control on %s', (engine) => {
  let portal: TestPortal;
  let accounting: GraphQLClient;
  const emails = {
    admin: 'admin@acme.example',
    buyer: 'buyer@acme.example',
    approver: 'approver@acme.example',
    viewer: 'viewer@acme.example',
    requisitioner: 'requisitioner@acme.example',
    globexAdmin: 'admin@globex.example',
    globexBuyer: 'buyer@globex.example',
    warehouse: 'warehouse@seller.example',
  };
  let c: Record<keyof typeof emails, GraphQLClient>;

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true, now: '2026-03-31T09:00:00.000Z' });
    await seedInvoiceFixture(portal);
    await setCompanyTerms(portal, portal.fixture.acme.company, { taxExemptionCertificate: 'R-1' });
    accounting = await portal.signedIn('accounting@seller.example');
    c = await portal.signedInAll(emails);
    // acme (Net 30, tax exempt): A 1,000.00 on 10 Jan, B 500.00 on 15 Feb, C 200.00 on 20 Mar;
    // a credit note of 100.00 on B (1 Mar), a wire of 400.00 on A (5 Mar), C paid on 25 Mar with 196.00 and a 4.00 discount.
    const buyer = portal.fixture.acme.users.BUYER;
    const issue = async (issuedOn: string, price: string): Promise<string> => {
      const order = await seedShippedOrder(portal, buyer, [
        { sku: 'DEGR-1', quantity: '100', unitPrice: price },
      ]);
      const { invoice, userErrors } = await invoiceOrder(accounting, order, { issuedOn });
      expect(userErrors).toEqual([]);
      return invoice.id;
    };
    const invoiceIds = {
      A: await issue('2026-01-10', '10.00'),
      B: await issue('2026-02-15', '5.00'),
      C: await issue('2026-03-20', '2.00'),
    };
    expect(
      (await issueCreditNote(accounting, invoiceIds.B, '100.00', 'Late delivery', '2026-03-01')).userErrors,
    ).toEqual([]);
    const acme = portal.fixture.acme.company;
    await seedPayment(
      portal,
      acme,
      '2026-03-05',
      [{ invoiceId: idOfType(invoiceIds.A, 'Invoice')!, amount: '400.00' }],
      'Wire 4711',
    );
    await seedPayment(
      portal,
      acme,
      '2026-03-25',
      [{ invoiceId: idOfType(invoiceIds.C, 'Invoice')!, amount: '196.00', discountTaken: '4.00' }],
      'CHK-2',
    );
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('lists opening balance, invoices, credit notes and payments in date order with a running balance, and the aging as of the end', async () => {
    const res = await c.viewer.request(STATEMENT, { from: '2026-02-01', to: '2026-03-31' });
    expect(res.errors).toBeUndefined();
    const s = res.data?.accountStatement;
    expect(s).toMatchObject({
      company: { name: 'Acme Restaurant Group' },
      from: '2026-02-01',
      to: '2026-03-31',
      openingBalance: { amount: '1000.00', currencyCode: 'USD' },
      closingBalance: { amount: '1000.00' },
    });
    expect(
      s.entries.map((e: any) => [
        e.date,
        e.kind,
        e.reference,
        e.debit?.amount ?? null,
        e.credit?.amount ?? null,
        e.balance.amount,
      ]),
    ).toEqual([
      ['2026-02-15', 'INVOICE', 'INV-000002', '500.00', null, '1500.00'],
      ['2026-03-01', 'CREDIT_NOTE', 'CN-000001', null, '100.00', '1400.00'],
      ['2026-03-05', 'PAYMENT', 'Payment of INV-000001 (Wire 4711)', null, '400.00', '1000.00'],
      ['2026-03-20', 'INVOICE', 'INV-000003', '200.00', null, '1200.00'],
      ['2026-03-25', 'PAYMENT', 'Payment of INV-000003 (CHK-2)', null, '196.00', '1004.00'],
      ['2026-03-25', 'DISCOUNT', 'Discount on INV-000003', null, '4.00', '1000.00'],
    ]);
    // Payments and discounts name what they settled; a credit note what it was applied to.
    expect(s.entries.map((e: any) => [e.reference, e.settles])).toEqual([
      ['INV-000002', []],
      ['CN-000001', ['INV-000002']],
      ['Payment of INV-000001 (Wire 4711)', ['INV-000001']],
      ['INV-000003', []],
      ['Payment of INV-000003 (CHK-2)', ['INV-000003']],
      ['Discount on INV-000003', ['INV-000003']],
    ]);
    // A: 600.00 open, 50 days past due; B: 400.00 open, 14 days past due; C settled.
    expect(s.aging.asOf).toBe('2026-03-31');
    expect(buckets(s.aging)).toEqual({
      Current: ['0.00', 0],
      '1-30': ['400.00', 1],
      '31-60': ['600.00', 1],
      '61-90': ['0.00', 0],
      '90+': ['0.00', 0],
    });
    expect(s.aging.totalOutstanding.amount).toBe(s.closingBalance.amount);
    expect(s.aging.buckets.reduce((sum: number, b: any) => sum + cents(b.amount.amount), 0)).toBe(
      cents(s.aging.totalOutstanding.amount),
    );
    expect(s.aging.buckets.map((b: any) => [b.label, b.minDays, b.maxDays])).toEqual([
      ['Current', 0, 0],
      ['1-30', 1, 30],
      ['31-60', 31, 60],
      ['61-90', 61, 90],
      ['90+', 91, null],
    ]);
  });

  it('defaults to the current month, and ages as of any date with what was paid and credited by then', async () => {
    const month = (await c.admin.request(STATEMENT, {})).data?.accountStatement;
    expect(month).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      openingBalance: { amount: '1500.00' },
      closingBalance: { amount: '1000.00' },
    });
    expect(month.entries).toHaveLength(5);

    const may = (await c.approver.request(AGING_REPORT, { asOf: '2026-05-01' })).data?.agingReport;
    expect(buckets(may)).toEqual({
      Current: ['0.00', 0],
      '1-30': ['0.00', 0],
      '31-60': ['400.00', 1],
      '61-90': ['600.00', 1],
      '90+': ['0.00', 0],
    });
    expect(may.totalOutstanding.amount).toBe('1000.00');

    const early = (await c.admin.request(AGING_REPORT, { asOf: '2026-03-02' })).data?.agingReport;
    expect(buckets(early)).toEqual({
      Current: ['400.00', 1],
      '1-30': ['1000.00', 1],
      '31-60': ['0.00', 0],
      '61-90': ['0.00', 0],
      '90+': ['0.00', 0],
    });
    const statementThen = (await c.admin.request(STATEMENT, { from: '2026-01-01', to: '2026-03-02' })).data
      ?.accountStatement;
    expect(statementThen.closingBalance.amount).toBe('1400.00');
    expect(statementThen.aging.totalOutstanding.amount).toBe('1400.00');

    const today = (await c.viewer.request(AGING_REPORT, {})).data?.agingReport;
    expect(today.asOf).toBe('2026-03-31');

    // A period running into the future ages as of today, never as of a day that has not come.
    const ahead = (await c.admin.request(STATEMENT, { from: '2026-03-01', to: '2026-06-30' })).data
      ?.accountStatement;
    expect(ahead.aging.asOf).toBe('2026-03-31');
    expect(buckets(ahead.aging)).toEqual(buckets(today));
  });

  it('is read by the roles that may, for their own company only; staff name the company', async () => {
    for (const who of ['buyer', 'approver', 'requisitioner'] as const) {
      const res = await c[who].request(STATEMENT, {});
      expect(res.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    for (const who of ['buyer', 'requisitioner'] as const)
      expect((await c[who].request(AGING_REPORT, {})).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    expect(
      (
        await c.warehouse.request(AGING_REPORT, {
          companyId: toGlobalId('Company', portal.fixture.acme.company.id),
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const acmeId = toGlobalId('Company', portal.fixture.acme.company.id);
    const staff = (
      await accounting.request(STATEMENT, { from: '2026-02-01', to: '2026-03-31', companyId: acmeId })
    ).data?.accountStatement;
    expect(staff).toMatchObject({
      company: { name: 'Acme Restaurant Group' },
      openingBalance: { amount: '1000.00' },
      closingBalance: { amount: '1000.00' },
    });
    expect(
      (await accounting.request(AGING_REPORT, { companyId: acmeId })).data?.agingReport.totalOutstanding
        .amount,
    ).toBe('1000.00');
    expect((await accounting.request(STATEMENT, {})).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const globex = (await c.globexAdmin.request(STATEMENT, { from: '2026-01-01' })).data?.accountStatement;
    expect(globex).toMatchObject({
      company: { name: 'Globex Chemicals' },
      openingBalance: { amount: '0.00' },
      closingBalance: { amount: '0.00' },
      entries: [],
    });
    const foreign = await c.globexAdmin.request(STATEMENT, { companyId: acmeId });
    expect(foreign.data).toBeNull();
    expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await c.globexAdmin.request(AGING_REPORT, { companyId: acmeId })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await c.viewer.request(STATEMENT, { from: '2026-03-10', to: '2026-03-01' })).errors?.[0]?.extensions
        ?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await c.viewer.request(STATEMENT, { from: '2026-02-30' })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses an order that would exceed the credit limit (open invoices + open orders + this order), until a credit note makes room', async () => {
    const globex = portal.fixture.globex.company;
    await setCompanyTerms(portal, globex, { creditLimit: '2000' });
    // An open invoice of 1,299.00 (1,200.00 + 8.25 %).
    const order = await seedShippedOrder(portal, portal.fixture.globex.users.BUYER, [
      { sku: 'DEGR-1', quantity: '200', unitPrice: '6.00' },
    ]);
    const { invoice } = await invoiceOrder(accounting, order, { issuedOn: '2026-03-30' });
    expect(invoice.total.amount).toBe('1299.00');

    const created = await c.globexBuyer.request(
      `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { id total { amount } issues { code message } } userErrors { code message } } }`,
      { input: { lines: [{ sku: 'SOLV-55', quantity: '220' }] } },
    );
    const cart = created.data?.createDraftOrder.order;
    // 220 gal × 3.10 = 682.00 + 56.27 tax = 738.27: 1,299.00 + 738.27 = 2,037.27 > 2,000.00
    expect(cart.total.amount).toBe('738.27');
    expect(cart.issues).toEqual([
      { code: 'CREDIT_LIMIT_EXCEEDED', message: expect.stringContaining('2,037.27') },
    ]);
    const submit = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { order { number status } userErrors { code message field } } }`;
    const refused = await c.globexBuyer.request(submit, {
      input: { orderId: cart.id, idempotencyKey: 'credit-1' },
    });
    expect(refused.data?.submitOrder.order).toBeNull();
    expect(refused.data?.submitOrder.userErrors).toEqual([
      {
        code: 'CREDIT_LIMIT_EXCEEDED',
        message: expect.stringMatching(/2,037\.27.*2,000\.00/),
        field: ['input', 'orderId'],
      },
    ]);

    // A credit note of 100.00 lowers the exposure to 1,937.27: the order goes through.
    expect((await issueCreditNote(accounting, invoice.id, '100.00')).userErrors).toEqual([]);
    const placed = await c.globexBuyer.request(submit, {
      input: { orderId: cart.id, idempotencyKey: 'credit-2' },
    });
    expect(placed.data?.submitOrder.userErrors).toEqual([]);
    expect(placed.data?.submitOrder.order.status).toBe('SALES_ORDER');
  });
});
