import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import type { Order } from '../entity';
import { BankTransferProvider } from '../service/payments/bank-transfer-provider';
import { PaymentProviderRegistry } from '../service/payments/payment-provider';
import type { GraphQLClient } from '../testing/graphql-client';
import { invoiceOrder, seedInvoiceFixture, seedShippedOrder } from '../testing/invoice-fixture';
import { only } from '../testing/items';
import { pdfAllText } from '../testing/pdf-text';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const BANK_LINES = ['First Example Bank', 'Account: 000123456789', 'SWIFT: FEXBUS33'];
const LINES =
  'lines { id description quantity unit { symbol } unitPrice { amount } lineTotal { amount } taxRate taxAmount { amount } }';
const INVOICE = `id number kind status total { amount } subtotal { amount } taxTotal { amount } amountPaid { amount } amountDue { amount }
  payable pendingPayment creditApplications { creditNoteNumber invoiceNumber amount { amount } appliedOn }`;
const CREDIT = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) {
  invoice { ${INVOICE} ${LINES} } userErrors { field code message } } }`;
const APPLY = `mutation($input: ApplyCreditInput!) { applyCredit(input: $input) {
  invoice { ${INVOICE} } userErrors { field code message } } }`;
const READ = `query($id: ID!) { invoice(id: $id) { ${INVOICE} document { url } order { availableActions } } }`;
const PAY = `mutation($input: PayInvoicesInput!) { payInvoices(input: $input) {
  payments { id status remittanceInstructions } userErrors { field code message } } }`;
const CANCEL_PAYMENT = `mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) {
  payments { id status } invoices { number payable pendingPayment } userErrors { field code message } } }`;
const STATEMENT = `query($from: Date, $to: Date) { accountStatement(from: $from, to: $to) {
  entries { kind reference settles credit { amount } } closingBalance { amount } aging { totalOutstanding { amount } } } }`;
const CONFIRM = `mutation($input: OrderActionInput!) { confirmReceipt(input: $input) {
  order { status availableActions } userErrors { code message } } }`;

describe.each(testEngines())('credit notes, credit on account and what can be paid on %s', (engine) => {
  let portal: TestPortal;
  let accounting: GraphQLClient;
  let admin: GraphQLClient;
  let buyer: GraphQLClient;
  let keys = 0;
  const key = () => `credit-${engine}-${++keys}`;
  const download = async (client: GraphQLClient, url: string): Promise<Buffer> => {
    const res = await fetch(`${portal.url}${url}`, { headers: { cookie: client.sessionCookie ?? '' } });
    expect(res.status, url).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  /** An issued invoice (Net 30, 8.25 % tax) of a shipped order of Acme's buyer. */
  const invoiced = async (
    lines: { sku: 'DEGR-1' | 'SOLV-55'; quantity: string; unitPrice: string }[],
  ): Promise<{ order: Order; invoice: any }> => {
    const order = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, lines);
    const { invoice, userErrors } = await invoiceOrder(accounting, order, { issuedOn: '2026-03-02' });
    expect(userErrors).toEqual([]);
    const read = await accounting.request(`query($id: ID!) { invoice(id: $id) { ${INVOICE} ${LINES} } }`, {
      id: invoice.id,
    });
    return { order, invoice: read.data?.invoice };
  };

  beforeAll(async () => {
    portal = await startTestPortal(engine, {
      catalog: true,
      now: '2026-03-05T10:00:00.000Z',
      paymentProviders: new PaymentProviderRegistry({ WIRE: new BankTransferProvider('WIRE', BANK_LINES) }),
    });
    await seedInvoiceFixture(portal);
    [accounting, admin, buyer] = await Promise.all([
      portal.signedIn('accounting@seller.example'),
      portal.signedIn('admin@acme.example'),
      portal.signedIn('buyer@acme.example'),
    ]);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('credits quantities of lines at their unit price with their own tax, and never more than is left', async () => {
    // 39 × 26.2416 = 1,023.42 (+ 84.43 tax) and 100 × 0.0792 = 7.92 (+ 0.65 tax)
    const { invoice } = await invoiced([
      { sku: 'DEGR-1', quantity: '39', unitPrice: '26.2416' },
      { sku: 'SOLV-55', quantity: '100', unitPrice: '0.0792' },
    ]);
    const [first, second] = invoice.lines;
    expect([first.lineTotal.amount, second.lineTotal.amount]).toEqual(['1023.42', '7.92']);
    const res = await accounting.request(CREDIT, {
      input: {
        invoiceId: invoice.id,
        reason: 'Two drums dented',
        lines: [{ invoiceLineId: first.id, quantity: '2' }],
      },
    });
    expect(res.data?.issueCreditNote.userErrors).toEqual([]);
    const note = res.data?.issueCreditNote.invoice;
    // 2 × 26.2416 = 52.4832 → 52.48, tax 8.25 % = 4.33: the line prints and multiplies out.
    expect(note).toMatchObject({
      kind: 'CREDIT_NOTE',
      status: 'PAID',
      subtotal: { amount: '52.48' },
      taxTotal: { amount: '4.33' },
      total: { amount: '56.81' },
      payable: false,
      creditApplications: [{ invoiceNumber: invoice.number, amount: { amount: '56.81' } }],
    });
    expect(only(note.lines)).toMatchObject({
      quantity: '2',
      unit: { symbol: 'ea' },
      unitPrice: { amount: '26.2416' },
      lineTotal: { amount: '52.48' },
      taxRate: '8.25',
    });
    // The credit note's PDF prints the line with the unit price's digits, and where it went.
    const pdf = await accounting.request(READ, { id: note.id });
    const text = await pdfAllText(await download(accounting, pdf.data?.invoice.document.url));
    expect(text).toContain('2 ea 26.2416 52.48');
    expect(text).toContain(`Applied to invoice Date Amount ${invoice.number}`);

    const tooMany = await accounting.request(CREDIT, {
      input: { invoiceId: invoice.id, reason: 'More', lines: [{ invoiceLineId: first.id, quantity: '38' }] },
    });
    expect(tooMany.data?.issueCreditNote).toMatchObject({
      invoice: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'lines', '0', 'quantity'],
          message: 'At most 37 of this line are left to credit.',
        },
      ],
    });
    const both = await accounting.request(CREDIT, {
      input: {
        invoiceId: invoice.id,
        reason: 'Both',
        amount: '5.00',
        lines: [{ invoiceLineId: second.id, quantity: '1' }],
      },
    });
    expect(both.data?.issueCreditNote.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'lines'],
    });
    const foreign = await accounting.request(CREDIT, {
      input: {
        invoiceId: invoice.id,
        reason: 'X',
        lines: [{ invoiceLineId: toGlobalId('InvoiceLine', 999999), quantity: '1' }],
      },
    });
    expect(foreign.data?.issueCreditNote.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('credits an amount without tax, or at a tax class rate', async () => {
    const { invoice } = await invoiced([{ sku: 'DEGR-1', quantity: '10', unitPrice: '10.00' }]);
    const noTax = await accounting.request(CREDIT, {
      input: { invoiceId: invoice.id, reason: 'Goodwill', amount: '10.00', taxTreatment: 'NO_TAX' },
    });
    expect(noTax.data?.issueCreditNote.invoice).toMatchObject({
      subtotal: { amount: '10.00' },
      taxTotal: { amount: '0.00' },
      total: { amount: '10.00' },
    });
    const atRate = await accounting.request(CREDIT, {
      input: {
        invoiceId: invoice.id,
        reason: 'Price',
        amount: '10.83',
        taxTreatment: 'TAX_CLASS',
        taxClass: 'STANDARD',
      },
    });
    expect(atRate.data?.issueCreditNote.invoice).toMatchObject({
      subtotal: { amount: '10.00' },
      taxTotal: { amount: '0.83' },
      total: { amount: '10.83' },
    });
    const unknown = await accounting.request(CREDIT, {
      input: {
        invoiceId: invoice.id,
        reason: 'Price',
        amount: '1.00',
        taxTreatment: 'TAX_CLASS',
        taxClass: 'NOPE',
      },
    });
    expect(unknown.data?.issueCreditNote.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'taxClass'], message: 'No tax class NOPE.' },
    ]);
  });

  it('applies credit on account to another invoice (customer admin or accounting), shown on both and on the statement', async () => {
    const a = await invoiced([{ sku: 'DEGR-1', quantity: '10', unitPrice: '10.00' }]); // 108.25
    const b = await invoiced([{ sku: 'DEGR-1', quantity: '5', unitPrice: '10.00' }]); // 54.13
    // A paid in full by a credit note of 108.25 applied at once; a second note of 50.00 stays open.
    await accounting.request(CREDIT, {
      input: { invoiceId: a.invoice.id, reason: 'Returned', amount: '58.25' },
    });
    const open = await accounting.request(CREDIT, {
      input: { invoiceId: a.invoice.id, reason: 'Returned too', amount: '50.00' },
    });
    const noteA = open.data?.issueCreditNote.invoice;
    expect(noteA).toMatchObject({ status: 'PAID', amountDue: { amount: '0.00' } });

    // Credit left over: a credit note on an invoice already settled.
    const paidUp = await invoiced([{ sku: 'DEGR-1', quantity: '2', unitPrice: '10.00' }]); // 21.65
    await accounting.request(CREDIT, {
      input: { invoiceId: paidUp.invoice.id, reason: 'All', amount: '21.65' },
    });
    const c = await invoiced([{ sku: 'DEGR-1', quantity: '1', unitPrice: '40.00' }]); // 43.30
    await portal.runtime.dataSource.query(
      `UPDATE invoice SET amountPaid = total, status = 'PAID' WHERE number = ?`,
      [c.invoice.number],
    );
    const spare = await accounting.request(CREDIT, {
      input: { invoiceId: c.invoice.id, reason: 'Refund', amount: '30.00' },
    });
    const credit = spare.data?.issueCreditNote.invoice;
    expect(credit).toMatchObject({ status: 'OPEN', amountDue: { amount: '30.00' }, payable: false });

    expect(
      (await buyer.request(APPLY, { input: { creditNoteId: credit.id, invoiceId: b.invoice.id } })).data
        ?.applyCredit.userErrors[0]?.code,
    ).toBe('FORBIDDEN');
    const tooMuch = await admin.request(APPLY, {
      input: { creditNoteId: credit.id, invoiceId: b.invoice.id, amount: '40.00' },
    });
    expect(tooMuch.data?.applyCredit.userErrors).toEqual([
      { code: 'INVALID', field: ['input', 'amount'], message: 'At most 30.00 USD of credit is open.' },
    ]);
    const applied = await admin.request(APPLY, {
      input: { creditNoteId: credit.id, invoiceId: b.invoice.id, amount: '20.00' },
    });
    expect(applied.data?.applyCredit.userErrors).toEqual([]);
    expect(applied.data?.applyCredit.invoice).toMatchObject({
      number: b.invoice.number,
      amountPaid: { amount: '20.00' },
      amountDue: { amount: '34.13' },
      creditApplications: [
        {
          creditNoteNumber: credit.number,
          invoiceNumber: b.invoice.number,
          amount: { amount: '20.00' },
          appliedOn: '2026-03-05',
        },
      ],
    });
    const rest = await accounting.request(APPLY, {
      input: { creditNoteId: credit.id, invoiceId: b.invoice.id },
    });
    expect(rest.data?.applyCredit.invoice.amountDue.amount).toBe('24.13');
    const note = (await accounting.request(READ, { id: credit.id })).data?.invoice;
    expect(note).toMatchObject({ status: 'PAID', amountDue: { amount: '0.00' } });
    expect(note.creditApplications.map((x: any) => [x.invoiceNumber, x.amount.amount])).toEqual([
      [b.invoice.number, '20.00'],
      [b.invoice.number, '10.00'],
    ]);
    expect(
      (await admin.request(APPLY, { input: { creditNoteId: credit.id, invoiceId: b.invoice.id } })).data
        ?.applyCredit.userErrors[0]?.message,
    ).toBe('Nothing is left of this credit note to apply.');

    const statement = (await admin.request(STATEMENT, { from: '2026-03-01', to: '2026-03-31' })).data
      ?.accountStatement;
    expect(statement.entries.find((e: any) => e.reference === credit.number)).toMatchObject({
      kind: 'CREDIT_NOTE',
      settles: [b.invoice.number],
      credit: { amount: '30.00' },
    });
    expect(statement.aging.totalOutstanding.amount).toBe(statement.closingBalance.amount);
    const invoicePdf = await pdfAllText(
      await download(admin, (await admin.request(READ, { id: b.invoice.id })).data?.invoice.document.url),
    );
    expect(invoicePdf).toContain(`Credit applied from Date Amount ${credit.number} 2026-03-05 20.00`);
  });

  it('blocks a second payment while a wire is pending, until accounting cancels it; PAY follows', async () => {
    const { invoice } = await invoiced([{ sku: 'DEGR-1', quantity: '1000', unitPrice: '10.00' }]);
    expect((await buyer.request(READ, { id: invoice.id })).data?.invoice).toMatchObject({
      payable: true,
      pendingPayment: false,
      order: { availableActions: expect.arrayContaining(['PAY']) },
    });
    const wire = await buyer.request(PAY, {
      input: { invoiceIds: [invoice.id], method: 'WIRE', idempotencyKey: key() },
    });
    expect(wire.data?.payInvoices.userErrors).toEqual([]);
    const payment = only(wire.data?.payInvoices.payments as any[]);
    expect(payment.status).toBe('PENDING');
    // Remittance amounts read like every other amount: thousands separated.
    expect(payment.remittanceInstructions).toContain('Pay 10,825.00 USD by wire transfer to:');
    const pending = (await buyer.request(READ, { id: invoice.id })).data?.invoice;
    expect(pending).toMatchObject({ payable: false, pendingPayment: true });
    expect(pending.order.availableActions).not.toContain('PAY');
    const again = await buyer.request(PAY, {
      input: { invoiceIds: [invoice.id], method: 'WIRE', idempotencyKey: key() },
    });
    expect(again.data?.payInvoices.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        field: ['input', 'invoiceIds', '0'],
        message: expect.stringMatching(/^A bank transfer for INV-\d+ is on its way/),
      },
    ]);
    expect(
      (await buyer.request(CANCEL_PAYMENT, { input: { paymentId: payment.id, reason: 'x' } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const cancelled = await accounting.request(CANCEL_PAYMENT, {
      input: { paymentId: payment.id, reason: 'Announced twice; never arrived' },
    });
    expect(cancelled.data?.cancelPayment).toMatchObject({
      payments: [{ status: 'CANCELLED' }],
      invoices: [{ number: invoice.number, payable: true, pendingPayment: false }],
      userErrors: [],
    });
    const twice = await accounting.request(CANCEL_PAYMENT, {
      input: { paymentId: payment.id, reason: 'again' },
    });
    expect(twice.data?.cancelPayment.userErrors[0]?.code).toBe('INVALID_STATE');
  });

  it('lets the buyer confirm receipt of an order invoiced while shipped, which stays INVOICED', async () => {
    const { order } = await invoiced([{ sku: 'DEGR-1', quantity: '1', unitPrice: '10.00' }]);
    const orderId = toGlobalId('Order', order.id);
    const before = await buyer.request(`query($id: ID!) { order(id: $id) { status availableActions } }`, {
      id: orderId,
    });
    expect(before.data?.order.status).toBe('INVOICED');
    expect(before.data?.order.availableActions).toContain('CONFIRM_RECEIPT');
    const confirmed = await buyer.request(CONFIRM, { input: { orderId, comment: 'All arrived' } });
    expect(confirmed.data?.confirmReceipt.userErrors).toEqual([]);
    expect(confirmed.data?.confirmReceipt.order.status).toBe('INVOICED');
    expect(confirmed.data?.confirmReceipt.order.availableActions).not.toContain('CONFIRM_RECEIPT');
  });
});
