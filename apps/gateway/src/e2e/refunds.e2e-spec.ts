import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOfType } from '../common/node-id';
import { AuditLog, OutboxMessage, Refund } from '../entity';
import {
  PaymentProviderRegistry,
  type RefundRequest,
  type RefundResult,
} from '../service/payments/payment-provider';
import { BankTransferProvider } from '../service/payments/bank-transfer-provider';
import { TEST_CARD_TOKENS, TestCardProvider } from '../service/payments/test-card-provider';
import type { GraphQLClient } from '../testing/graphql-client';
import { pdfAllText } from '../testing/pdf-text';
import { invoiceOrder, seedInvoiceFixture, seedShippedOrder } from '../testing/invoice-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

/** The built-in test card provider, counting the refunds that reach it. */
class RecordingCardProvider extends TestCardProvider {
  readonly refunds: RefundRequest[] = [];
  override refund(request: RefundRequest): Promise<RefundResult> {
    this.refunds.push(request);
    return super.refund(request);
  }
}

const INVOICE = `id number kind status total { amount } amountPaid { amount } amountDue { amount }
  refunds { id amount { amount } status refundedOn reason payment { id } }`;
const CREDIT = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) {
  invoice { ${INVOICE} } userErrors { field code message } } }`;
const PAY = `mutation($input: PayInvoicesInput!) { payInvoices(input: $input) {
  payments { id status method amount { amount } } userErrors { field code message } } }`;
const RECORD = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) {
  payments { id method } userErrors { field code message } } }`;
const REFUND = `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) {
  refund { id amount { amount currencyCode } status refundedOn reason creditNote { number } payment { id } }
  payment { id status refundable { amount } refunds { amount { amount } } }
  creditNote { number status amountDue { amount } }
  userErrors { field code message } } }`;
const DOCUMENT = `query($id: ID!) { invoice(id: $id) { document { url } } }`;
const STATEMENT = `query($from: Date, $to: Date) { accountStatement(from: $from, to: $to) {
  entries { kind reference settles debit { amount } credit { amount } } closingBalance { amount }
  aging { totalOutstanding { amount } } } }`;

describe.each(testEngines())('refunds of card payments by accounting on %s', (engine) => {
  let portal: TestPortal;
  let card: RecordingCardProvider;
  let accounting: GraphQLClient;
  let staffAdmin: GraphQLClient;
  let sales: GraphQLClient;
  let admin: GraphQLClient;
  let keys = 0;
  const key = () => `refund-${engine}-${++keys}`;

  /**
   * An invoice of Acme (8.25 % tax) paid by card by its admin, then credited: the credit note's
   * credit is all open (the invoice was paid already).
   */
  const paidAndCredited = async (
    quantity: string,
    credit: string,
  ): Promise<{ paymentId: string; invoice: any; note: any }> => {
    const order = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, [
      { sku: 'DEGR-1', quantity, unitPrice: '10.00' },
    ]);
    const { invoice, userErrors } = await invoiceOrder(accounting, order, { issuedOn: '2026-03-02' });
    expect(userErrors).toEqual([]);
    const paid = await admin.request(PAY, {
      input: {
        invoiceIds: [invoice.id],
        method: 'CARD',
        paymentToken: TEST_CARD_TOKENS.SUCCEEDS,
        idempotencyKey: key(),
      },
    });
    expect(paid.data?.payInvoices.userErrors).toEqual([]);
    const noted = await accounting.request(CREDIT, {
      input: { invoiceId: invoice.id, reason: 'Returned goods', amount: credit },
    });
    expect(noted.data?.issueCreditNote.userErrors).toEqual([]);
    const note = noted.data?.issueCreditNote.invoice;
    expect(note).toMatchObject({ kind: 'CREDIT_NOTE', status: 'OPEN', amountDue: { amount: credit } });
    return { paymentId: paid.data?.payInvoices.payments[0].id, invoice, note };
  };

  beforeAll(async () => {
    card = new RecordingCardProvider();
    portal = await startTestPortal(engine, {
      catalog: true,
      now: '2026-03-05T10:00:00.000Z',
      paymentProviders: new PaymentProviderRegistry({
        CARD: card,
        WIRE: new BankTransferProvider('WIRE', ['First Example Bank']),
      }),
    });
    await seedInvoiceFixture(portal);
    [accounting, staffAdmin, sales, admin] = await Promise.all([
      portal.signedIn('accounting@seller.example'),
      portal.signedIn('admin@seller.example'),
      portal.signedIn('sales@seller.example'),
      portal.signedIn('admin@acme.example'),
    ]);
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('refunds part of the open credit through the provider, exactly, once per key; then the rest; the payment ends REFUNDED', async () => {
    const { paymentId, invoice, note } = await paidAndCredited('10', '50.55'); // paid 108.25
    const before = card.refunds.length;
    const input = {
      paymentId,
      creditNoteId: note.id,
      amount: '20.05',
      reason: 'Customer asked for the money back',
      idempotencyKey: key(),
    };
    const first = await accounting.request(REFUND, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data?.refundPayment).toMatchObject({
      userErrors: [],
      refund: {
        amount: { amount: '20.05', currencyCode: 'USD' },
        status: 'SUCCEEDED',
        refundedOn: '2026-03-05',
        reason: 'Customer asked for the money back',
        creditNote: { number: note.number },
        payment: { id: paymentId },
      },
      payment: { id: paymentId, status: 'SUCCEEDED', refundable: { amount: '88.20' } },
      creditNote: { number: note.number, status: 'OPEN', amountDue: { amount: '30.50' } },
    });
    expect(card.refunds.slice(before)).toEqual([
      expect.objectContaining({
        amount: '20.05',
        currencyCode: 'USD',
        providerReference: expect.stringMatching(/^ch_test_/),
      }),
    ]);

    // The same key: the first refund, no second call to the provider.
    const again = await accounting.request(REFUND, { input });
    expect(again.data?.refundPayment.refund.id).toBe(first.data?.refundPayment.refund.id);
    expect(again.data?.refundPayment.creditNote.amountDue.amount).toBe('30.50');
    expect(card.refunds.length).toBe(before + 1);
    // The same key for another credit note is refused.
    const other = await paidAndCredited('1', '5.00');
    expect(
      (await accounting.request(REFUND, { input: { ...input, creditNoteId: other.note.id } })).data
        ?.refundPayment.userErrors,
    ).toEqual([
      {
        code: 'ALREADY_EXISTS',
        field: ['input', 'idempotencyKey'],
        message: 'This idempotency key was already used for another refund.',
      },
    ]);

    // More than the open credit: refused with the figures; nothing written.
    const over = await accounting.request(REFUND, {
      input: { ...input, amount: '30.51', idempotencyKey: key() },
    });
    expect(over.data?.refundPayment).toMatchObject({
      refund: null,
      userErrors: [
        { code: 'INVALID', field: ['input', 'amount'], message: 'At most 30.50 USD of credit is open.' },
      ],
    });
    // No amount: as much as the open credit allows; the staff admin may too.
    const rest = await staffAdmin.request(REFUND, {
      input: { paymentId, creditNoteId: note.id, reason: 'The rest', idempotencyKey: key() },
    });
    expect(rest.data?.refundPayment).toMatchObject({
      userErrors: [],
      refund: { amount: { amount: '30.50' } },
      payment: {
        refundable: { amount: '57.70' },
        refunds: [{ amount: { amount: '20.05' } }, { amount: { amount: '30.50' } }],
      },
      creditNote: { status: 'PAID', amountDue: { amount: '0.00' } },
    });
    // The credit note shows its refunds; the invoice stays paid.
    const read = await accounting.request(
      `query($n: ID!, $i: ID!) { note: invoice(id: $n) { ${INVOICE} } invoice(id: $i) { status amountDue { amount } } }`,
      { n: note.id, i: invoice.id },
    );
    expect(read.data?.note.refunds.map((r: any) => r.amount.amount)).toEqual(['20.05', '30.50']);
    expect(read.data?.invoice).toEqual({ status: 'PAID', amountDue: { amount: '0.00' } });

    // A second credit note of the rest of the invoice, refunded in full: the payment is REFUNDED.
    const more = await accounting.request(CREDIT, {
      input: { invoiceId: invoice.id, reason: 'Everything returned', amount: '57.70' },
    });
    const full = await accounting.request(REFUND, {
      input: {
        paymentId,
        creditNoteId: more.data?.issueCreditNote.invoice.id,
        reason: 'All back',
        idempotencyKey: key(),
      },
    });
    expect(full.data?.refundPayment.payment).toMatchObject({
      status: 'REFUNDED',
      refundable: { amount: '0.00' },
    });
    const after = await accounting.request(REFUND, {
      input: { paymentId, creditNoteId: other.note.id, reason: 'Again', idempotencyKey: key() },
    });
    expect(after.data?.refundPayment.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        field: ['input', 'paymentId'],
        message: 'This payment has been refunded in full.',
      },
    ]);

    // Recorded: audit rows, an e-mail to the company's invoice readers, a webhook event.
    const audits = await portal.runtime.dataSource
      .getRepository(AuditLog)
      .find({ where: { action: 'PAYMENT_REFUNDED' } });
    expect(audits.length).toBeGreaterThanOrEqual(3);
    const mails = await portal.runtime.dataSource
      .getRepository(OutboxMessage)
      .find({ where: { eventType: 'payment.refunded', channel: 'EMAIL' } });
    expect(mails.map((m) => m.recipient)).toContain('admin@acme.example');
    expect(mails.some((m) => m.body.includes(`We refunded 20.05 USD of the credit of ${note.number}`))).toBe(
      true,
    );
  });

  it('shows refunds on the statement as debits against the credit note, and the aging agrees', async () => {
    const { paymentId, note } = await paidAndCredited('3', '12.34');
    await accounting.request(REFUND, {
      input: { paymentId, creditNoteId: note.id, amount: '12.34', reason: 'Back', idempotencyKey: key() },
    });
    const statement = (await admin.request(STATEMENT, { from: '2026-03-01', to: '2026-03-31' })).data
      ?.accountStatement;
    expect(statement.entries.find((e: any) => e.kind === 'REFUND' && e.settles[0] === note.number)).toEqual({
      kind: 'REFUND',
      reference: `Refund of ${note.number} to card`,
      settles: [note.number],
      debit: { amount: '12.34' },
      credit: null,
    });
    expect(statement.entries.find((e: any) => e.reference === note.number)).toMatchObject({
      kind: 'CREDIT_NOTE',
      credit: { amount: '12.34' },
    });
    expect(statement.aging.totalOutstanding.amount).toBe(statement.closingBalance.amount);

    // The credit note's PDF says where its credit went: refunded to the card, none left open.
    const url = (await admin.request(DOCUMENT, { id: note.id })).data?.invoice.document.url;
    const pdf = await fetch(`${portal.url}${url}`, { headers: { cookie: admin.sessionCookie ?? '' } });
    expect(pdf.status).toBe(200);
    const text = await pdfAllText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Refunded to your card Date Amount Card payment of 2026-03-05 2026-03-05 12.34');
    expect(text).toContain('applied and refunded as shown');
  });

  it('refuses unknown payments, other payment methods, foreign credit notes, bad amounts and other roles', async () => {
    const { paymentId, note } = await paidAndCredited('2', '10.00');
    const base = { paymentId, creditNoteId: note.id, reason: 'Why not', idempotencyKey: key() };
    const errorsOf = async (input: object, client = accounting) =>
      (await client.request(REFUND, { input: { ...base, idempotencyKey: key(), ...input } })).data
        ?.refundPayment.userErrors;

    expect(await errorsOf({ paymentId: 'UGF5bWVudDo5OTk5OTk' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'paymentId'], message: 'No such payment.' },
    ]);
    expect(await errorsOf({ creditNoteId: paymentId })).toEqual([
      {
        code: 'NOT_FOUND',
        field: ['input', 'creditNoteId'],
        message: "No such credit note of the payment's company.",
      },
    ]);
    expect(await errorsOf({ amount: '1.001' })).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'amount'] }),
    ]);
    expect(await errorsOf({ amount: '0' })).toEqual([
      { code: 'INVALID', field: ['input', 'amount'], message: 'The amount to refund must be above zero.' },
    ]);
    expect(await errorsOf({ reason: '  ' })).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'reason'],
        message: 'Give the reason for the refund (at most 2000 characters).',
      },
    ]);

    // A check recorded by accounting is not refunded through the provider.
    const order = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, [
      { sku: 'DEGR-1', quantity: '1', unitPrice: '10.00' },
    ]);
    const { invoice } = await invoiceOrder(accounting, order, { issuedOn: '2026-03-02' });
    const check = await accounting.request(RECORD, {
      input: {
        invoiceId: invoice.id,
        amount: '10.83',
        method: 'CHECK',
        paidOn: '2026-03-04',
        reference: 'Check 12',
      },
    });
    expect(await errorsOf({ paymentId: check.data?.recordPayment.payments[0].id })).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'paymentId'],
        message:
          'Only card payments are refunded through the payment provider; pay back a check payment by bank transfer.',
      },
    ]);

    // Wrong roles: the customer's admin and sales are denied; nothing was refunded.
    for (const client of [admin, sales]) {
      const denied = await client.request(REFUND, { input: { ...base, idempotencyKey: key() } });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      await portal.runtime.dataSource
        .getRepository(Refund)
        .countBy({ creditNoteId: idOfType(note.id, 'Invoice') ?? -1 }),
    ).toBe(0);
  });

  it('lets only one of two concurrent refunds spend the same open credit', async () => {
    const { paymentId, note } = await paidAndCredited('10', '60.00');
    const refund = (n: number) =>
      accounting.request(REFUND, {
        input: {
          paymentId,
          creditNoteId: note.id,
          amount: '40.00',
          reason: `Race ${n}`,
          idempotencyKey: key(),
        },
      });
    const answers = await Promise.all([refund(1), refund(2)]);
    const errors = answers.map((a) => a.data?.refundPayment.userErrors);
    expect(errors.filter((e) => e?.length === 0)).toHaveLength(1);
    expect(errors.flat()).toEqual([
      { code: 'INVALID', field: ['input', 'amount'], message: 'At most 20.00 USD of credit is open.' },
    ]);
    const read = await accounting.request(
      `query($id: ID!) { invoice(id: $id) { amountDue { amount } refunds { id } } }`,
      {
        id: note.id,
      },
    );
    expect(read.data?.invoice).toMatchObject({
      amountDue: { amount: '20.00' },
      refunds: [{ id: expect.any(String) }],
    });
  });
});
