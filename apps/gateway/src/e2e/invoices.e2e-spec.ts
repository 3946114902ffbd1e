import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dec, Money, OrderStatus, sumMoney } from '@portal/domain';
import { toGlobalId } from '../common/node-id';
import { AuditLog, Invoice, InvoiceLine, NumberSequence, Order } from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import {
  INVOICE_FIELDS,
  INVOICE_PAYLOAD,
  invoiceOrder,
  issueCreditNote,
  seedInvoiceFixture,
  seedShippedOrder,
  setCompanyTerms,
  type InvoiceFixture,
} from '../testing/invoice-fixture';
import { only } from '../testing/items';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

const INVOICE = `query($id: ID, $number: String) { invoice(id: $id, number: $number) { ${INVOICE_FIELDS} } }`;
const INVOICE_DETAILS = `query($id: ID!) { invoice(id: $id) { number status total { amount } dueOn lines { description } payments { id } document { id } } }`;
const INVOICES = `query($first: Int, $after: String, $filter: InvoiceFilter) {
  invoices(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { number kind status total { amount } company { name } } }
  }
}`;
const ISSUE = `mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { ${INVOICE_PAYLOAD} } }`;
const CANCEL = `mutation($input: CancelInvoiceInput!) { cancelInvoice(input: $input) { ${INVOICE_PAYLOAD} } }`;
const ORDER = `query($id: ID!) { order(id: $id) { number status invoices { number status } } }`;

const SUITE_NOW = '2026-03-05T09:00:00.000Z';

describe.each(testEngines())('invoicing and invoice access on %s', (engine) => {
  let portal: TestPortal;
  let acmeInvoiceId: string;
  let acmeInvoiceNumber: string;
  let acmeOrder: Order;
  let fixture: InvoiceFixture;
  const counter = new StatementCounter();
  let accounting: GraphQLClient;
  let warehouse: GraphQLClient;
  let sales: GraphQLClient;
  let acme: Record<'admin' | 'buyer' | 'approver' | 'viewer' | 'requisitioner', GraphQLClient>;
  let globexAdmin: GraphQLClient;

  const count = async (entity: typeof Invoice | typeof InvoiceLine | typeof AuditLog) =>
    portal.runtime.dataSource.getRepository(entity).count();
  const nextNumber = async (name: string) =>
    (await portal.runtime.dataSource.getRepository(NumberSequence).findOneBy({ name }))?.nextValue ?? 1;
  const orderStatus = async (order: Order) =>
    (await portal.runtime.dataSource.getRepository(Order).findOneByOrFail({ id: order.id })).status;

  beforeAll(async () => {
    // The suite lives in March 2026; its sessions last the year, so moving the clock keeps them.
    portal = await startTestPortal(engine, { catalog: true, logger: counter, now: SUITE_NOW });
    fixture = await seedInvoiceFixture(portal);
    // acme: 2/10 Net 30 and tax exempt; globex: Net 30, taxed at 8.25 %.
    await setCompanyTerms(portal, portal.fixture.acme.company, {
      paymentTermId: fixture.terms.twoTenNet30.id,
      taxExemptionCertificate: 'R-12345',
    });
    const session = (email: string) => portal.sessionOf(email, { validForHours: 24 * 365 });
    accounting = await session('accounting@seller.example');
    warehouse = await session('warehouse@seller.example');
    sales = await session('sales@seller.example');
    acme = {
      admin: await session('admin@acme.example'),
      buyer: await session('buyer@acme.example'),
      approver: await session('approver@acme.example'),
      viewer: await session('viewer@acme.example'),
      requisitioner: await session('requisitioner@acme.example'),
    };
    globexAdmin = await session('admin@globex.example');
    // The invoice several tests read: Acme's buyer's order, invoiced on March 1st.
    acmeOrder = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, [
      { sku: 'CHEF-KNIFE', quantity: '100', unitPrice: '10.00' },
    ]);
    const invoiced = await invoiceOrder(accounting, acmeOrder, { issuedOn: '2026-03-01' });
    expect(invoiced.userErrors).toEqual([]);
    acmeInvoiceId = invoiced.invoice.id;
    acmeInvoiceNumber = invoiced.invoice.number;
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('invoices a shipped order: INV number, 2/10 Net 30 copied with exact figures, exemption shown, order INVOICED, audited', async () => {
    const order = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, [
      { sku: 'CHEF-KNIFE', quantity: '100', unitPrice: '10.00' },
    ]);
    const next = await nextNumber('invoice');
    const audits = await count(AuditLog);
    const issuedAudits = () =>
      portal.runtime.dataSource
        .getRepository(AuditLog)
        .count({ where: { entityType: 'Invoice', action: 'ISSUED' } });
    const issuedBefore = await issuedAudits();
    const { invoice, userErrors } = await invoiceOrder(accounting, order, { issuedOn: '2026-03-01' });
    expect(userErrors).toEqual([]);
    expect(invoice).toMatchObject({
      number: `INV-${String(next).padStart(6, '0')}`,
      kind: 'INVOICE',
      status: 'OPEN',
      issuedOn: '2026-03-01',
      dueOn: '2026-03-31',
      taxExemptionText: 'Tax exempt: resale certificate R-12345',
      subtotal: { amount: '1000.00', currencyCode: 'USD' },
      taxTotal: { amount: '0.00' },
      total: { amount: '1000.00' },
      amountPaid: { amount: '0.00' },
      amountDue: { amount: '1000.00' },
      earlyPaymentDiscount: {
        percent: '2',
        deadline: '2026-03-11',
        amount: { amount: '20.00' },
        amountToPay: { amount: '980.00' },
      },
      installments: [],
      order: { number: order.number, status: 'INVOICED' },
    });
    expect(invoice.lines).toEqual([
      {
        description: 'Chef knife',
        quantity: '100',
        unit: { symbol: 'ea' },
        unitPrice: { amount: '10.00' },
        lineTotal: { amount: '1000.00' },
        taxRate: '0',
        taxAmount: { amount: '0.00' },
      },
    ]);
    expect(await orderStatus(order)).toBe(OrderStatus.INVOICED);
    // The order's transition (event + audit) and the invoice's own audit row.
    expect(await count(AuditLog)).toBeGreaterThanOrEqual(audits + 2);
    expect(await issuedAudits()).toBe(issuedBefore + 1);
  });

  it('offers the early-payment discount only on or before its deadline, and derives OVERDUE from the clock', async () => {
    const at = (iso: string) =>
      portal.clock.during(
        iso,
        async () => (await acme.buyer.request(INVOICE, { id: acmeInvoiceId })).data?.invoice,
      );
    const statusesAt = (iso: string, status: string) =>
      portal.clock.during(iso, async () =>
        (
          await acme.admin.request(INVOICES, { first: 100, filter: { statuses: [status] } })
        ).data?.invoices.edges.map((e: any) => e.node.number),
      );
    expect((await at('2026-03-11T23:00:00.000Z')).earlyPaymentDiscount).toMatchObject({
      amount: { amount: '20.00' },
      amountToPay: { amount: '980.00' },
    });
    const after = await at('2026-03-12T09:00:00.000Z');
    expect(after.earlyPaymentDiscount).toBeNull();
    expect(after.status).toBe('OPEN');
    expect((await at('2026-03-31T09:00:00.000Z')).status).toBe('OPEN');
    expect((await at('2026-04-01T09:00:00.000Z')).status).toBe('OVERDUE');
    expect(await statusesAt('2026-04-01T09:00:00.000Z', 'OVERDUE')).toContain(acmeInvoiceNumber);
    expect(await statusesAt('2026-04-01T09:00:00.000Z', 'OPEN')).not.toContain(acmeInvoiceNumber);
    // Never stored: the row still says OPEN, and back at the suite's date it is OPEN again.
    expect(
      (await portal.runtime.dataSource.getRepository(Invoice).findOneByOrFail({ number: acmeInvoiceNumber }))
        .status,
    ).toBe('OPEN');
    expect(portal.clock.now().toISOString()).toBe(SUITE_NOW);
    expect(await statusesAt(SUITE_NOW, 'OPEN')).toContain(acmeInvoiceNumber);
  });

  it('splits installment terms exactly', async () => {
    await setCompanyTerms(portal, portal.fixture.globex.company, { paymentTermId: fixture.terms.thirds.id });
    try {
      const order = await seedShippedOrder(portal, portal.fixture.globex.users.BUYER, [
        { sku: 'CUP-12', quantity: '1000', unitPrice: '0.1' },
      ]);
      const { invoice, userErrors } = await invoiceOrder(accounting, order, { issuedOn: '2026-03-01' });
      expect(userErrors).toEqual([]);
      // 100.00 + 8.25 % = 108.25, split 36.08 / 36.08 / 36.09
      expect(invoice.total.amount).toBe('108.25');
      expect(invoice.installments).toEqual([
        { dueOn: '2026-03-31', amount: { amount: '36.08' } },
        { dueOn: '2026-04-30', amount: { amount: '36.08' } },
        { dueOn: '2026-05-30', amount: { amount: '36.09' } },
      ]);
      expect(invoice.dueOn).toBe('2026-05-30');
      expect(invoice.earlyPaymentDiscount).toBeNull();
    } finally {
      await setCompanyTerms(portal, portal.fixture.globex.company, { paymentTermId: fixture.terms.net30.id });
    }
  });

  it('taxes like the order: subtotal, tax and total reconcile to the cent', async () => {
    const order = await seedShippedOrder(
      portal,
      portal.fixture.globex.users.BUYER,
      [
        { sku: 'SOLV-55', quantity: '110', unitPrice: '3.10' },
        { sku: 'CUP-12', quantity: '333', unitPrice: '0.45' },
        { sku: 'DEGR-1', quantity: '7', unitPrice: '5.99' },
      ],
      OrderStatus.DELIVERED,
    );
    const { invoice } = await invoiceOrder(accounting, order, { issuedOn: '2026-03-02' });
    const usd = (amount: string) => Money.of(amount, 'USD');
    expect(usd(invoice.subtotal.amount).equals(usd(order.subtotal))).toBe(true);
    expect(usd(invoice.taxTotal.amount).equals(usd(order.taxTotal))).toBe(true);
    expect(usd(invoice.total.amount).equals(usd(order.total))).toBe(true);
    expect(invoice.taxExemptionText).toBeNull();
    const sumOf = (pick: (l: any) => string) =>
      sumMoney(
        invoice.lines.map((l: any) => usd(pick(l))),
        'USD',
      );
    expect(sumOf((l) => l.lineTotal.amount).equals(usd(order.subtotal))).toBe(true);
    expect(sumOf((l) => l.taxAmount.amount).equals(usd(order.taxTotal))).toBe(true);
    expect(invoice.lines.map((l: any) => l.taxRate)).toEqual(['8.25', '8.25', '8.25']);
  });

  it('refuses the wrong state, the wrong roles, unknown orders and future dates, writing nothing; numbers stay gap-free', async () => {
    const before = {
      invoices: await count(Invoice),
      lines: await count(InvoiceLine),
      next: await nextNumber('invoice'),
    };
    const placed = await seedShippedOrder(
      portal,
      portal.fixture.acme.users.BUYER,
      [{ sku: 'LID-12', quantity: '100', unitPrice: '0.10' }],
      OrderStatus.SALES_ORDER,
    );
    // The number is taken before the domain refuses the state: the rollback gives it back.
    const wrongState = await invoiceOrder(accounting, placed);
    expect(wrongState.invoice).toBeNull();
    expect(wrongState.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'orderId'] }),
    ]);
    const again = await invoiceOrder(accounting, acmeOrder);
    expect(again.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect((await invoiceOrder(accounting, toGlobalId('Order', 999_999))).userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: ['input', 'orderId'],
    });
    expect((await invoiceOrder(accounting, toGlobalId('Product', 1))).userErrors[0]).toMatchObject({
      code: 'NOT_FOUND',
    });
    const shipped = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, [
      { sku: 'LID-12', quantity: '100', unitPrice: '0.10' },
    ]);
    expect((await invoiceOrder(accounting, shipped, { issuedOn: '2026-03-06' })).userErrors[0]).toMatchObject(
      { code: 'INVALID', field: ['input', 'issuedOn'] },
    );
    for (const client of [warehouse, acme.buyer, acme.admin]) {
      const res = await client.request(
        `mutation($input: InvoiceOrderInput!) { invoiceOrder(input: $input) { userErrors { code } } }`,
        { input: { orderId: toGlobalId('Order', shipped.id) } },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect({
      invoices: await count(Invoice),
      lines: await count(InvoiceLine),
      next: await nextNumber('invoice'),
    }).toEqual(before);
    expect(await orderStatus(shipped)).toBe(OrderStatus.SHIPPED);
    const ok = await invoiceOrder(accounting, shipped);
    expect(ok.invoice.number).toBe(`INV-${String(before.next).padStart(6, '0')}`);
    expect(ok.invoice.issuedOn).toBe('2026-03-05');
  });

  it('invoices one order once when two invoicing requests race; numbers have no gaps', async () => {
    const order = await seedShippedOrder(portal, portal.fixture.globex.users.BUYER, [
      { sku: 'DEGR-1', quantity: '60', unitPrice: '6.00' },
    ]);
    const next = await nextNumber('invoice');
    const [a, b] = await Promise.all([invoiceOrder(accounting, order), invoiceOrder(accounting, order)]);
    const winners = [a, b].filter((r) => r.invoice);
    expect(winners).toHaveLength(1);
    expect([a, b].find((r) => !r.invoice)?.userErrors[0]?.code).toBe('INVALID_STATE');
    expect(only(winners).invoice.number).toBe(`INV-${String(next).padStart(6, '0')}`);
    expect(await nextNumber('invoice')).toBe(next + 1);
    const numbers = (
      await portal.runtime.dataSource.getRepository(Invoice).find({ where: { kind: 'INVOICE' } })
    )
      .map((i) => i.number)
      .filter((n) => n.startsWith('INV-'))
      .sort();
    expect(numbers).toEqual(numbers.map((_, i) => `INV-${String(i + 1).padStart(6, '0')}`));
  });

  it('drafts: no number, invisible to the customer, the order unchanged; issued later or cancelled', async () => {
    const order = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, [
      { sku: 'CUP-12', quantity: '240', unitPrice: '0.5' },
    ]);
    const next = await nextNumber('invoice');
    const draft = await invoiceOrder(accounting, order, { draft: true });
    expect(draft.userErrors).toEqual([]);
    expect(draft.invoice).toMatchObject({
      status: 'DRAFT',
      issuedOn: null,
      dueOn: null,
      total: { amount: '120.00' },
      earlyPaymentDiscount: null,
    });
    expect(draft.invoice.number).toMatch(/^DRAFT-\d+$/);
    expect(await nextNumber('invoice')).toBe(next);
    expect(await orderStatus(order)).toBe(OrderStatus.SHIPPED);
    expect((await acme.admin.request(INVOICE, { id: draft.invoice.id })).data?.invoice).toBeNull();
    expect(
      (await acme.buyer.request(ORDER, { id: toGlobalId('Order', order.id) })).data?.order.invoices,
    ).toEqual([]);
    expect(
      (await accounting.request(ORDER, { id: toGlobalId('Order', order.id) })).data?.order.invoices,
    ).toEqual([{ number: draft.invoice.number, status: 'DRAFT' }]);
    expect((await invoiceOrder(accounting, order)).userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });

    const cancelled = await accounting.request(CANCEL, {
      input: { invoiceId: draft.invoice.id, reason: 'Wrong address' },
    });
    expect(cancelled.data?.cancelInvoice.invoice).toMatchObject({ status: 'CANCELLED' });
    expect(await orderStatus(order)).toBe(OrderStatus.SHIPPED);
    expect(
      (await accounting.request(ISSUE, { input: { invoiceId: draft.invoice.id } })).data?.issueInvoice
        .userErrors[0],
    ).toMatchObject({ code: 'INVALID_STATE' });

    const second = await invoiceOrder(accounting, order, { draft: true });
    const issued = await accounting.request(ISSUE, {
      input: { invoiceId: second.invoice.id, issuedOn: '2026-03-04' },
    });
    expect(issued.data?.issueInvoice.userErrors).toEqual([]);
    expect(issued.data?.issueInvoice.invoice).toMatchObject({
      number: `INV-${String(next).padStart(6, '0')}`,
      status: 'OPEN',
      issuedOn: '2026-03-04',
      dueOn: '2026-04-03',
      earlyPaymentDiscount: {
        deadline: '2026-03-14',
        amount: { amount: '2.40' },
        amountToPay: { amount: '117.60' },
      },
      order: { status: 'INVOICED' },
    });
    const cancelIssued = await accounting.request(CANCEL, { input: { invoiceId: second.invoice.id } });
    expect(cancelIssued.data?.cancelInvoice.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(
      (await acme.buyer.request(ORDER, { id: toGlobalId('Order', order.id) })).data?.order.invoices,
    ).toEqual([{ number: `INV-${String(next).padStart(6, '0')}`, status: 'OPEN' }]);
  });

  it('credit notes: partial then full, never more than what is left, proportional tax, reducing the amount due', async () => {
    const order = await seedShippedOrder(portal, portal.fixture.globex.users.BUYER, [
      { sku: 'SOLV-55', quantity: '55', unitPrice: '3.10' },
      { sku: 'CUP-12', quantity: '1000', unitPrice: '0.45' },
    ]);
    const { invoice } = await invoiceOrder(accounting, order, { issuedOn: '2026-03-03' });
    // 170.50 + 450.00 = 620.50; tax 14.07 + 37.13 = 51.20; total 671.70
    expect([invoice.subtotal.amount, invoice.taxTotal.amount, invoice.total.amount]).toEqual([
      '620.50',
      '51.20',
      '671.70',
    ]);
    const before = {
      invoices: await count(Invoice),
      lines: await count(InvoiceLine),
      next: await nextNumber('credit_note'),
    };
    for (const [amount, field] of [
      ['-5', 'amount'],
      ['1.005', 'amount'],
      ['0', 'amount'],
      ['671.71', 'amount'],
    ] as const) {
      const res = await issueCreditNote(accounting, invoice.id, amount);
      expect(res.invoice).toBeNull();
      expect(res.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', field] });
    }
    expect((await issueCreditNote(accounting, invoice.id, '10', '  ')).userErrors[0]).toMatchObject({
      field: ['input', 'reason'],
    });
    expect(
      (await issueCreditNote(accounting, toGlobalId('Invoice', 999_999), '10')).userErrors[0],
    ).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'invoiceId'] });
    const buyerTry = await acme.buyer.request(
      `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { userErrors { code } } }`,
      { input: { invoiceId: invoice.id, amount: '1', reason: 'x' } },
    );
    expect(buyerTry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect({
      invoices: await count(Invoice),
      lines: await count(InvoiceLine),
      next: await nextNumber('credit_note'),
    }).toEqual(before);

    const partial = await issueCreditNote(accounting, invoice.id, '100.00', 'Two cases crushed');
    expect(partial.userErrors).toEqual([]);
    const cn1 = partial.invoice;
    expect(cn1).toMatchObject({
      number: 'CN-000001',
      kind: 'CREDIT_NOTE',
      status: 'PAID',
      reason: 'Two cases crushed',
      total: { amount: '100.00' },
      amountDue: { amount: '0.00' },
      dueOn: null,
    });
    const cents = (m: { amount: string }) => dec(m.amount).mul(100).toNumber();
    expect(cents(cn1.subtotal) + cents(cn1.taxTotal)).toBe(10_000);
    expect(cn1.lines.reduce((s: number, l: any) => s + cents(l.lineTotal) + cents(l.taxAmount), 0)).toBe(
      10_000,
    );
    expect(cn1.lines.reduce((s: number, l: any) => s + cents(l.taxAmount), 0)).toBe(cents(cn1.taxTotal));
    // Tax in proportion: 100.00 of 671.70 carries 51.20 × 100 / 671.70 ≈ 7.62 of tax.
    expect(Math.abs(cents(cn1.taxTotal) - 762)).toBeLessThanOrEqual(1);
    const after = (await globexAdmin.request(INVOICE, { id: invoice.id })).data?.invoice;
    expect(after).toMatchObject({
      status: 'OPEN',
      amountPaid: { amount: '100.00' },
      amountDue: { amount: '571.70' },
    });

    const tooMuch = await issueCreditNote(accounting, invoice.id, '571.71');
    expect(tooMuch.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'amount'] });
    expect(tooMuch.userErrors[0]?.message).toContain('571.70');
    const full = await issueCreditNote(accounting, invoice.id, '571.70', 'Order returned');
    expect(full.invoice).toMatchObject({ number: 'CN-000002', total: { amount: '571.70' } });
    expect(
      full.invoice.lines.reduce((s: number, l: any) => s + cents(l.lineTotal) + cents(l.taxAmount), 0),
    ).toBe(57_170);
    const settled = (await globexAdmin.request(INVOICE, { id: invoice.id })).data?.invoice;
    expect(settled).toMatchObject({ status: 'PAID', amountDue: { amount: '0.00' } });
    expect((await issueCreditNote(accounting, invoice.id, '0.01')).userErrors[0]).toMatchObject({
      code: 'INVALID',
    });
    expect((await issueCreditNote(accounting, cn1.id, '1')).userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'invoiceId'],
    });
    const kinds = await globexAdmin.request(INVOICES, { filter: { kind: 'CREDIT_NOTE' } });
    expect(kinds.data?.invoices.edges.map((e: any) => e.node.number).sort()).toEqual([
      'CN-000001',
      'CN-000002',
    ]);
    expect(
      (
        await portal.runtime.dataSource
          .getRepository(AuditLog)
          .find({ where: { entityType: 'Invoice', action: 'CREDIT_NOTE_ISSUED' } })
      ).length,
    ).toBe(2);
  });

  it('scopes reading by role: own orders, company, summary, none, staff; a foreign id is a missing one', async () => {
    // An acme invoice of an order the admin placed: not the buyer's.
    const adminsOrder = await seedShippedOrder(portal, portal.fixture.acme.users.PORTAL_ADMIN, [
      { sku: 'DEGR-1', quantity: '50', unitPrice: '6.00' },
    ]);
    const adminsInvoice = (await invoiceOrder(accounting, adminsOrder)).invoice;
    const acmeNumbers = async (client: GraphQLClient) =>
      (await client.request(INVOICES, { first: 100 })).data?.invoices.edges
        .map((e: any) => e.node.number)
        .sort();
    const companyAll = await acmeNumbers(acme.admin);
    expect(companyAll).toContain(adminsInvoice.number);
    expect(companyAll).toContain(acmeInvoiceNumber);
    expect(await acmeNumbers(acme.viewer)).toEqual(companyAll);
    expect(await acmeNumbers(acme.approver)).toEqual(companyAll);
    const buyers = await acmeNumbers(acme.buyer);
    expect(buyers).toContain(acmeInvoiceNumber);
    expect(buyers).not.toContain(adminsInvoice.number);
    expect((await acme.buyer.request(INVOICE, { id: adminsInvoice.id })).data?.invoice).toBeNull();
    expect((await acme.buyer.request(INVOICE, { number: adminsInvoice.number })).data?.invoice).toBeNull();
    expect((await acme.buyer.request(INVOICE, { number: acmeInvoiceNumber })).data?.invoice.id).toBe(
      acmeInvoiceId,
    );

    const req = await acme.requisitioner.request(INVOICES, {});
    expect(req.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await acme.requisitioner.request(INVOICE, { id: acmeInvoiceId })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    // Approvers: the summary; lines, payments and document are refused per field.
    const summary = await acme.approver.request(INVOICE_DETAILS, { id: acmeInvoiceId });
    expect(summary.data?.invoice).toMatchObject({
      number: acmeInvoiceNumber,
      status: 'OPEN',
      total: { amount: '1000.00' },
      dueOn: '2026-03-31',
      lines: null,
      payments: null,
      document: null,
    });
    expect(summary.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
      ['invoice.document', 'FORBIDDEN'],
      ['invoice.lines', 'FORBIDDEN'],
      ['invoice.payments', 'FORBIDDEN'],
    ]);
    const details = await acme.buyer.request(INVOICE_DETAILS, { id: acmeInvoiceId });
    expect(details.errors).toBeUndefined();
    expect(details.data?.invoice).toMatchObject({
      lines: [{ description: 'Chef knife' }],
      payments: [],
    });

    // Another company: nothing of acme, by id, number, node or filter.
    expect((await globexAdmin.request(INVOICE, { id: acmeInvoiceId })).data?.invoice).toBeNull();
    expect((await globexAdmin.request(INVOICE, { number: acmeInvoiceNumber })).data?.invoice).toBeNull();
    expect(
      (await globexAdmin.request(`query($id: ID!) { node(id: $id) { id } }`, { id: acmeInvoiceId })).data
        ?.node,
    ).toBeNull();
    expect(
      (
        await globexAdmin.request(INVOICES, {
          filter: { companyId: toGlobalId('Company', portal.fixture.acme.company.id) },
        })
      ).data?.invoices.totalCount,
    ).toBe(0);
    const globexNames = (await globexAdmin.request(INVOICES, { first: 100 })).data?.invoices.edges.map(
      (e: any) => e.node.company.name,
    );
    expect(new Set(globexNames)).toEqual(new Set(['Globex Chemicals']));
    expect(
      (
        await acme.buyer.request(`query($id: ID!) { node(id: $id) { ... on Invoice { number } } }`, {
          id: acmeInvoiceId,
        })
      ).data?.node,
    ).toEqual({ number: acmeInvoiceNumber });

    // Staff: every company's (accounting, sales), filtered by company; warehouse none.
    const acmeFilter = { companyId: toGlobalId('Company', portal.fixture.acme.company.id) };
    const staffAcme = (await accounting.request(INVOICES, { first: 100, filter: acmeFilter })).data?.invoices;
    expect(new Set(staffAcme.edges.map((e: any) => e.node.company.name))).toEqual(
      new Set(['Acme Restaurant Group']),
    );
    const all = (await sales.request(INVOICES, { first: 100 })).data?.invoices;
    expect(new Set(all.edges.map((e: any) => e.node.company.name))).toEqual(
      new Set(['Acme Restaurant Group', 'Globex Chemicals']),
    );
    expect((await warehouse.request(INVOICES, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Filters and pagination.
    const page1 = (await sales.request(INVOICES, { first: 2, filter: { kind: 'INVOICE' } })).data?.invoices;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await sales.request(INVOICES, {
        first: 2,
        after: page1.pageInfo.endCursor,
        filter: { kind: 'INVOICE' },
      })
    ).data?.invoices;
    expect(page2.totalCount).toBe(page1.totalCount);
    expect(page2.edges.map((e: any) => e.node.number)).not.toContain(page1.edges[0].node.number);
    // Number prefix and date filters answer exactly what the database holds, whatever ran before.
    const issued = (await portal.runtime.dataSource.getRepository(Invoice).find()).filter((i) => i.issuedOn);
    const numbersWhere = (keep: (i: Invoice) => boolean) =>
      issued
        .filter(keep)
        .map((i) => i.number)
        .sort();
    const byPrefix = async (prefix: string) =>
      (await sales.request(INVOICES, { first: 100, filter: { number: prefix } })).data?.invoices.edges
        .map((e: any) => e.node.number)
        .sort();
    expect(await byPrefix('INV-00000')).toEqual(numbersWhere((i) => i.number.startsWith('INV-00000')));
    expect(await byPrefix('CN-')).toEqual(numbersWhere((i) => i.number.startsWith('CN-')));
    const march1 = (
      await sales.request(INVOICES, { first: 100, filter: { from: '2026-03-01', to: '2026-03-01' } })
    ).data?.invoices;
    expect(march1.edges.map((e: any) => e.node.number).sort()).toEqual(
      numbersWhere((i) => i.issuedOn === '2026-03-01'),
    );
    expect(march1.edges.map((e: any) => e.node.number)).toContain(acmeInvoiceNumber);
    expect((await sales.request(INVOICES, { first: 101 })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('pages of 50 invoices with lines, payments and installments in at most 10 statements', async () => {
    for (let i = 0; i < 20; i++) {
      const order = await seedShippedOrder(portal, portal.fixture.globex.users.BUYER, [
        { sku: 'CUP-12', quantity: String(100 + i), unitPrice: '0.45' },
        { sku: 'LID-12', quantity: '100', unitPrice: '0.10' },
      ]);
      await invoiceOrder(accounting, order);
    }
    const query = `query($first: Int) { invoices(first: $first) { totalCount edges { node {
      number status company { name } order { number } total { amount } amountDue { amount } earlyPaymentDiscount { amount { amount } }
      installments { dueOn amount { amount } }
      lines { description unit { symbol } lineTotal { amount } }
      payments { id amount { amount } }
    } } } }`;
    const small = await counter.count(() => accounting.request(query, { first: 2 }));
    const large = await counter.count(() => accounting.request(query, { first: 50 }));
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data?.invoices.edges.length).toBeGreaterThanOrEqual(20);
    expect(large.count, large.statements.join('\n')).toBeLessThanOrEqual(10);
    expect(large.count, `${small.statements.join('\n')}\n---\n${large.statements.join('\n')}`).toBe(
      small.count,
    );
  });

  it('lists invoices without a COUNT when totalCount is not asked for', async () => {
    const query = `query($first: Int) { invoices(first: $first) { pageInfo { hasNextPage } edges { node { number lines { description } } } } }`;
    const counted = await accounting.request('query { invoices(first: 2) { totalCount } }');
    const total = counted.data?.invoices.totalCount as number;
    expect(total).toBeGreaterThan(2);
    const page = await counter.count(() => accounting.request(query, { first: 2 }));
    expect(page.result.errors).toBeUndefined();
    expect(page.statements.filter((sql) => /COUNT\(/i.test(sql))).toEqual([]);
    expect(page.result.data?.invoices.edges).toHaveLength(2);
    expect(page.result.data?.invoices.pageInfo.hasNextPage).toBe(true);
    const all = await accounting.request(query, { first: total });
    expect(all.data?.invoices.edges).toHaveLength(total);
    expect(all.data?.invoices.pageInfo.hasNextPage).toBe(false);
  });

  it('lists payment terms to signed-in users, and lets PRICING_MANAGE save them, validated by the domain', async () => {
    const TERMS = `{ paymentTerms { id name netDays earlyPaymentDiscountPercent earlyPaymentDiscountDays installments { percent days } } }`;
    const SAVE = `mutation($input: SavePaymentTermInput!) { savePaymentTerm(input: $input) { paymentTerm { id name netDays earlyPaymentDiscountPercent earlyPaymentDiscountDays installments { percent days } } userErrors { field code message } } }`;
    const terms = (await acme.buyer.request(TERMS)).data?.paymentTerms;
    expect(terms.map((t: any) => t.name).sort()).toEqual(['2/10 Net 30', 'Net 30', 'Thirds']);
    expect(terms.find((t: any) => t.name === 'Thirds').installments).toEqual([
      { percent: '33.33', days: 30 },
      { percent: '33.33', days: 60 },
      { percent: '33.34', days: 90 },
    ]);
    expect((await portal.client().request(TERMS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const admin = await portal.signedIn('admin@seller.example');
    const created = await admin.request(SAVE, {
      input: {
        name: '1/15 Net 45',
        netDays: 45,
        earlyPaymentDiscountPercent: '1',
        earlyPaymentDiscountDays: 15,
      },
    });
    expect(created.data?.savePaymentTerm).toMatchObject({
      userErrors: [],
      paymentTerm: {
        name: '1/15 Net 45',
        netDays: 45,
        earlyPaymentDiscountPercent: '1',
        earlyPaymentDiscountDays: 15,
        installments: [],
      },
    });
    const id = created.data?.savePaymentTerm.paymentTerm.id;
    const updated = await admin.request(SAVE, {
      input: {
        paymentTermId: id,
        name: 'Halves',
        netDays: 60,
        installments: [
          { percent: '50', days: 30 },
          { percent: '50', days: 60 },
        ],
      },
    });
    expect(updated.data?.savePaymentTerm).toMatchObject({
      userErrors: [],
      paymentTerm: {
        id,
        name: 'Halves',
        earlyPaymentDiscountPercent: null,
        installments: [
          { percent: '50', days: 30 },
          { percent: '50', days: 60 },
        ],
      },
    });

    const problems = async (input: Record<string, unknown>) =>
      (await admin.request(SAVE, { input: { name: 'Bad', netDays: 30, ...input } })).data?.savePaymentTerm;
    expect(
      (await problems({ earlyPaymentDiscountPercent: '2', earlyPaymentDiscountDays: 40 })).userErrors,
    ).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'earlyPaymentDiscountDays'] })]);
    expect((await problems({ earlyPaymentDiscountPercent: '2' })).userErrors[0]).toMatchObject({
      field: ['input', 'earlyPaymentDiscountPercent'],
    });
    expect(
      (await problems({ earlyPaymentDiscountPercent: '1.23456', earlyPaymentDiscountDays: 10 }))
        .userErrors[0],
    ).toMatchObject({ field: ['input', 'earlyPaymentDiscountPercent'] });
    expect(
      (
        await problems({
          installments: [
            { percent: '40', days: 10 },
            { percent: '50', days: 30 },
          ],
        })
      ).userErrors[0],
    ).toMatchObject({ code: 'INVALID', field: ['input', 'installments'] });
    expect((await problems({ netDays: -1 })).userErrors[0]).toMatchObject({ field: ['input', 'netDays'] });
    expect((await problems({ name: ' ' })).userErrors[0]).toMatchObject({ field: ['input', 'name'] });
    expect(
      (await problems({ paymentTermId: toGlobalId('PaymentTerm', 999_999) })).userErrors[0],
    ).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'paymentTermId'] });
    expect((await acme.buyer.request(TERMS)).data?.paymentTerms.map((t: any) => t.name)).not.toContain('Bad');
    expect(
      (await accounting.request(SAVE, { input: { name: 'X', netDays: 10 } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
