import { OrderStatus } from '@portal/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../common/node-id';
import { AuditLog, IdempotencyKey, Invoice, Order, Payment, PaymentAllocation, type User } from '../entity';
import {
  PaymentProviderRegistry,
  type ChargeRequest,
  type ChargeResult,
  type PaymentProvider,
} from '../service/payments/payment-provider';
import { BankTransferProvider } from '../service/payments/bank-transfer-provider';
import { TestCardProvider } from '../service/payments/test-card-provider';
import type { GraphQLClient } from '../testing/graphql-client';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';
import { StatementCounter } from '../testing/statement-counter';

/** The built-in test card provider, counting the charges that reach it. */
class RecordingCardProvider implements PaymentProvider {
  readonly name = 'test-card';
  readonly requiresToken = true;
  readonly charges: ChargeRequest[] = [];
  private readonly inner = new TestCardProvider();
  async charge(request: ChargeRequest): Promise<ChargeResult> {
    this.charges.push(request);
    // A little latency, so that concurrent requests really overlap.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return this.inner.charge(request);
  }
  chargesFor(invoiceNumber: string): ChargeRequest[] {
    return this.charges.filter((c) => c.invoiceNumbers.includes(invoiceNumber));
  }
}

const BANK_LINES = [
  'First Example Bank',
  'Account name: Seller Supply Co.',
  'Routing (ABA): 021000021',
  'Account: 000123456789',
];

const PAYMENT_FIELDS =
  'id amount { amount currencyCode } method status reference paidAt discountTaken { amount } remittanceInstructions';
const INVOICE_FIELDS = 'id number status amountPaid { amount } amountDue { amount }';
const PAYLOAD = `payments { ${PAYMENT_FIELDS} } invoices { ${INVOICE_FIELDS} } userErrors { field message code }`;
const PAY = `mutation($input: PayInvoicesInput!) { payInvoices(input: $input) { ${PAYLOAD} } }`;
const RECORD = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { ${PAYLOAD} } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} payments { ${PAYMENT_FIELDS} } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Payment { status amount { amount } } } }`;

describe.each(testEngines())('payments on %s', (engine) => {
  let portal: TestPortal;
  let card: RecordingCardProvider;
  const counter = new StatementCounter();
  let buyer: GraphQLClient;
  let admin: GraphQLClient;
  let viewer: GraphQLClient;
  let approver: GraphQLClient;
  let requisitioner: GraphQLClient;
  let globexBuyer: GraphQLClient;
  let accounting: GraphQLClient;
  let staffAdmin: GraphQLClient;
  let sales: GraphQLClient;
  let sequence = 0;
  let keys = 0;
  const key = () => `key-${engine}-${++keys}`;

  interface Made {
    id: string;
    rowId: number;
    number: string;
  }

  /**
   * An issued invoice under 2/10 Net 30 (issued 2026-03-01: discount until 2026-03-11, due
   * 2026-03-31) for an order of `author`, written directly to the database.
   */
  const makeInvoice = async (
    options: {
      author?: User;
      total?: string;
      status?: Invoice['status'];
      kind?: Invoice['kind'];
      issuedOn?: string | null;
    } = {},
  ): Promise<Made> => {
    const ds = portal.runtime.dataSource;
    const author = options.author ?? portal.fixture.acme.users.BUYER;
    const total = options.total ?? '1000.00';
    const now = portal.clock.now();
    sequence += 1;
    const order = await ds.getRepository(Order).save(
      ds.getRepository(Order).create({
        number: `SO-8${String(sequence).padStart(5, '0')}`,
        status: OrderStatus.INVOICED,
        channel: 'PORTAL',
        companyId: author.companyId!,
        createdById: author.id,
        assignedToId: null,
        currencyCode: 'USD',
        purchaseOrderNumber: null,
        subtotal: total,
        taxTotal: '0',
        total,
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
      }),
    );
    const issuedOn = options.issuedOn === undefined ? '2026-03-01' : options.issuedOn;
    const invoice = await ds.getRepository(Invoice).save(
      ds.getRepository(Invoice).create({
        number: `${options.kind === 'CREDIT_NOTE' ? 'CN' : 'INV'}-8${String(sequence).padStart(5, '0')}`,
        kind: options.kind ?? 'INVOICE',
        status: options.status ?? 'OPEN',
        companyId: author.companyId!,
        orderId: order.id,
        creditedInvoiceId: null,
        reason: null,
        issuedOn,
        dueOn: issuedOn === null ? null : '2026-03-31',
        currencyCode: 'USD',
        subtotal: total,
        taxTotal: '0',
        total,
        amountPaid: options.status === 'PAID' ? total : '0',
        paymentTermId: null,
        earlyPaymentDiscountPercent: options.kind === 'CREDIT_NOTE' ? null : '2',
        earlyPaymentDiscountDeadline: options.kind === 'CREDIT_NOTE' ? null : '2026-03-11',
        taxExemptionText: null,
        createdById: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    return { id: toGlobalId('Invoice', invoice.id), rowId: invoice.id, number: invoice.number };
  };
  const rowOf = (made: Made) =>
    portal.runtime.dataSource.getRepository(Invoice).findOneByOrFail({ id: made.rowId });
  const counts = async () => ({
    payments: await portal.runtime.dataSource.getRepository(Payment).count(),
    allocations: await portal.runtime.dataSource.getRepository(PaymentAllocation).count(),
    keys: await portal.runtime.dataSource
      .getRepository(IdempotencyKey)
      .count({ where: { scope: 'payInvoices' } }),
  });
  const pay = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request(PAY, {
      input: { method: 'CARD', paymentToken: 'tok_visa', idempotencyKey: key(), ...input },
    });
  const setToday = (date: string) => portal.clock.set(`${date}T10:00:00.000Z`);

  beforeAll(async () => {
    card = new RecordingCardProvider();
    const providers = new PaymentProviderRegistry({
      CARD: card,
      ACH: new BankTransferProvider('ACH', BANK_LINES),
      WIRE: new BankTransferProvider('WIRE', BANK_LINES),
    });
    portal = await startTestPortal(engine, { paymentProviders: providers, logger: counter });
    // Sessions last 14 days: sign in on the invoice date and stay within March 1-12.
    setToday('2026-03-01');
    [buyer, admin, viewer, approver, requisitioner, globexBuyer, accounting, staffAdmin, sales] =
      await Promise.all([
        portal.signedIn('buyer@acme.example'),
        portal.signedIn('admin@acme.example'),
        portal.signedIn('viewer@acme.example'),
        portal.signedIn('approver@acme.example'),
        portal.signedIn('requisitioner@acme.example'),
        portal.signedIn('buyer@globex.example'),
        portal.signedIn('accounting@seller.example'),
        portal.signedIn('admin@seller.example'),
        portal.signedIn('sales@seller.example'),
      ]);
  });
  beforeEach(() => setToday('2026-03-05'));
  afterAll(async () => {
    await portal?.stop();
  });

  // ------------------------------------------------------------ card payments

  it('pays one invoice by card, less the early-payment discount on or before its deadline', async () => {
    const invoice = await makeInvoice();
    const res = await pay(buyer, { invoiceIds: [invoice.id] });
    expect(res.errors).toBeUndefined();
    const payload = res.data?.payInvoices;
    expect(payload.userErrors).toEqual([]);
    expect(payload.payments).toEqual([
      expect.objectContaining({
        amount: { amount: '980.00', currencyCode: 'USD' },
        method: 'CARD',
        status: 'SUCCEEDED',
        discountTaken: { amount: '20.00' },
        remittanceInstructions: null,
      }),
    ]);
    expect(payload.payments[0].reference).toMatch(/^ch_test_/);
    expect(payload.payments[0].paidAt).toBe('2026-03-05T10:00:00.000Z');
    expect(payload.invoices).toEqual([
      {
        id: invoice.id,
        number: invoice.number,
        status: 'PAID',
        amountPaid: { amount: '1000.00' },
        amountDue: { amount: '0.00' },
      },
    ]);
    expect(card.chargesFor(invoice.number)).toEqual([
      expect.objectContaining({ amount: '980.00', currencyCode: 'USD', token: 'tok_visa' }),
    ]);

    const paymentRowId = Number(Buffer.from(payload.payments[0].id, 'base64url').toString().split(':')[1]);
    const allocations = await portal.runtime.dataSource
      .getRepository(PaymentAllocation)
      .findBy({ paymentId: paymentRowId });
    expect(
      allocations.map((a) => ({ invoiceId: a.invoiceId, amount: a.amount, discountTaken: a.discountTaken })),
    ).toEqual([{ invoiceId: invoice.rowId, amount: '980.0000', discountTaken: '20.0000' }]);
    const audit = await portal.runtime.dataSource.getRepository(AuditLog).find({
      where: [
        { entityType: 'Payment', entityId: String(paymentRowId) },
        { entityType: 'Invoice', entityId: String(invoice.rowId) },
      ],
    });
    expect(audit.map((a) => [a.entityType, a.action, a.actorId]).sort()).toEqual([
      ['Invoice', 'PAYMENT_APPLIED', portal.fixture.acme.users.BUYER.id],
      ['Payment', 'PAYMENT_SUCCEEDED', portal.fixture.acme.users.BUYER.id],
    ]);

    // The invoice lists the payment; the payment is a node the buyer may read.
    const read = await buyer.request(INVOICE, { id: invoice.id });
    expect(read.data?.invoice.payments).toEqual([
      expect.objectContaining({
        id: payload.payments[0].id,
        status: 'SUCCEEDED',
        discountTaken: { amount: '20.00' },
      }),
    ]);
    const node = await buyer.request(NODE, { id: payload.payments[0].id });
    expect(node.data?.node).toEqual({
      id: payload.payments[0].id,
      status: 'SUCCEEDED',
      amount: { amount: '980.00' },
    });
    expect((await globexBuyer.request(NODE, { id: payload.payments[0].id })).data?.node).toBeNull();
  });

  it('takes the discount on the deadline day, not the day after, and not when asked not to', async () => {
    setToday('2026-03-11');
    const onDeadline = await makeInvoice();
    expect((await pay(buyer, { invoiceIds: [onDeadline.id] })).data?.payInvoices.payments[0]).toMatchObject({
      amount: { amount: '980.00' },
      discountTaken: { amount: '20.00' },
    });

    const declined = await makeInvoice();
    const res = await pay(buyer, { invoiceIds: [declined.id], takeEarlyPaymentDiscount: false });
    expect(res.data?.payInvoices.payments[0]).toMatchObject({
      amount: { amount: '1000.00' },
      discountTaken: null,
    });
    expect(res.data?.payInvoices.invoices[0]).toMatchObject({
      status: 'PAID',
      amountPaid: { amount: '1000.00' },
    });

    setToday('2026-03-12');
    const late = await makeInvoice();
    const lateRes = await pay(buyer, { invoiceIds: [late.id] });
    expect(lateRes.data?.payInvoices.payments[0]).toMatchObject({
      amount: { amount: '1000.00' },
      discountTaken: null,
      status: 'SUCCEEDED',
    });
    expect(lateRes.data?.payInvoices.invoices[0]).toMatchObject({
      status: 'PAID',
      amountDue: { amount: '0.00' },
    });
  });

  it('pays several invoices in one payment, with the discount per invoice', async () => {
    const a = await makeInvoice({ total: '1000.00' });
    const b = await makeInvoice({ total: '500.50' });
    const res = await pay(buyer, { invoiceIds: [b.id, a.id] });
    expect(res.data?.payInvoices.userErrors).toEqual([]);
    // 2 % of 1,000.00 is 20.00; 2 % of 500.50 is 10.01 (half-up): 980.00 + 490.49.
    expect(res.data?.payInvoices.payments).toEqual([
      expect.objectContaining({
        amount: { amount: '1470.49', currencyCode: 'USD' },
        discountTaken: { amount: '30.01' },
        status: 'SUCCEEDED',
      }),
    ]);
    expect(
      res.data?.payInvoices.invoices.map(
        (i: { number: string; status: string; amountDue: { amount: string } }) => [
          i.number,
          i.status,
          i.amountDue.amount,
        ],
      ),
    ).toEqual([
      [a.number, 'PAID', '0.00'],
      [b.number, 'PAID', '0.00'],
    ]);
    const charges = card.chargesFor(a.number);
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({ amount: '1470.49', invoiceNumbers: [a.number, b.number] });

    setToday('2026-03-12');
    const c = await makeInvoice({ total: '1000.00' });
    const d = await makeInvoice({ total: '500.50' });
    const late = await pay(buyer, { invoiceIds: [c.id, d.id] });
    expect(late.data?.payInvoices.payments[0]).toMatchObject({
      amount: { amount: '1500.50' },
      discountTaken: null,
    });
  });

  it('leaves the invoices as they were when the card is declined, and records the failed attempt', async () => {
    const invoice = await makeInvoice();
    const before = await counts();
    const res = await pay(buyer, { invoiceIds: [invoice.id], paymentToken: 'tok_chargeDeclined' });
    expect(res.data?.payInvoices.userErrors).toEqual([
      { code: 'PAYMENT_FAILED', message: 'Your card was declined.', field: ['input', 'paymentToken'] },
    ]);
    expect(res.data?.payInvoices.payments).toEqual([
      expect.objectContaining({
        status: 'FAILED',
        amount: { amount: '980.00', currencyCode: 'USD' },
        discountTaken: null,
        paidAt: null,
      }),
    ]);
    expect(res.data?.payInvoices.invoices).toEqual([
      {
        id: invoice.id,
        number: invoice.number,
        status: 'OPEN',
        amountPaid: { amount: '0.00' },
        amountDue: { amount: '1000.00' },
      },
    ]);
    expect(await rowOf(invoice)).toMatchObject({ status: 'OPEN', amountPaid: '0.0000' });
    // The attempt is recorded (a FAILED payment, no allocation) so that a retry with the key answers the same.
    expect(await counts()).toEqual({
      payments: before.payments + 1,
      allocations: before.allocations,
      keys: before.keys + 1,
    });
    expect((await buyer.request(INVOICE, { id: invoice.id })).data?.invoice.payments).toEqual([]);

    const unknown = await pay(buyer, { invoiceIds: [invoice.id], paymentToken: 'tok_4242424242424242' });
    expect(unknown.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'PAYMENT_FAILED', message: expect.stringContaining('unknown token') }),
    ]);
    const missing = await pay(buyer, { invoiceIds: [invoice.id], paymentToken: null });
    expect(missing.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'paymentToken'] }),
    ]);
    const check = await pay(buyer, { invoiceIds: [invoice.id], method: 'CHECK' });
    expect(check.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'method'] }),
    ]);
    expect(await rowOf(invoice)).toMatchObject({ status: 'OPEN', amountPaid: '0.0000' });

    // A new attempt with a good card and a new key pays it.
    const retry = await pay(buyer, { invoiceIds: [invoice.id] });
    expect(retry.data?.payInvoices.invoices[0]).toMatchObject({ status: 'PAID' });
  });

  // ------------------------------------------------------------ idempotency and concurrency

  it('answers a retry with the same idempotency key with the first result, charging once', async () => {
    const invoice = await makeInvoice();
    const idempotencyKey = key();
    const first = await pay(buyer, { invoiceIds: [invoice.id], idempotencyKey });
    const second = await pay(buyer, { invoiceIds: [invoice.id], idempotencyKey });
    expect(first.data?.payInvoices.userErrors).toEqual([]);
    expect(second.data?.payInvoices).toEqual(first.data?.payInvoices);
    expect(card.chargesFor(invoice.number)).toHaveLength(1);
    expect(await portal.runtime.dataSource.getRepository(Payment).countBy({ idempotencyKey })).toBe(1);

    // The same key for other invoices is refused; another user's same key is theirs alone.
    const other = await makeInvoice();
    const reused = await pay(buyer, { invoiceIds: [other.id], idempotencyKey });
    expect(reused.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'ALREADY_EXISTS', field: ['input', 'idempotencyKey'] }),
    ]);
    expect(await rowOf(other)).toMatchObject({ status: 'OPEN' });
    const byAdmin = await pay(admin, { invoiceIds: [other.id], idempotencyKey });
    expect(byAdmin.data?.payInvoices.invoices[0]).toMatchObject({ status: 'PAID' });

    // A declined payment replays as declined, without a second charge.
    const declinedInvoice = await makeInvoice();
    const declinedKey = key();
    await pay(buyer, {
      invoiceIds: [declinedInvoice.id],
      paymentToken: 'tok_chargeDeclined',
      idempotencyKey: declinedKey,
    });
    const replay = await pay(buyer, {
      invoiceIds: [declinedInvoice.id],
      paymentToken: 'tok_visa',
      idempotencyKey: declinedKey,
    });
    expect(replay.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'PAYMENT_FAILED' }),
    ]);
    expect(replay.data?.payInvoices.payments[0]).toMatchObject({ status: 'FAILED' });
    expect(card.chargesFor(declinedInvoice.number)).toHaveLength(1);
    expect(await rowOf(declinedInvoice)).toMatchObject({ status: 'OPEN', amountPaid: '0.0000' });
  });

  it('charges once for concurrent duplicates with the same key', async () => {
    const invoice = await makeInvoice();
    const idempotencyKey = key();
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => pay(buyer, { invoiceIds: [invoice.id], idempotencyKey })),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    const ids = new Set(
      results.flatMap((r) => r.data?.payInvoices.payments.map((p: { id: string }) => p.id)),
    );
    expect(ids.size).toBe(1);
    expect(
      results.every(
        (r) =>
          r.data?.payInvoices.userErrors.length === 0 ||
          r.data?.payInvoices.userErrors[0].code === 'INVALID_STATE',
      ),
    ).toBe(true);
    expect(card.chargesFor(invoice.number)).toHaveLength(1);
    expect(await portal.runtime.dataSource.getRepository(Payment).countBy({ idempotencyKey })).toBe(1);
    expect(await rowOf(invoice)).toMatchObject({ status: 'PAID', amountPaid: '1000.0000' });
  });

  it('never pays more than is due when the same invoice is paid concurrently', async () => {
    const invoice = await makeInvoice();
    const results = await Promise.all(
      [buyer, buyer, admin, admin].map((client) => pay(client, { invoiceIds: [invoice.id] })),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    const succeeded = results.filter((r) => r.data?.payInvoices.userErrors.length === 0);
    expect(succeeded).toHaveLength(1);
    for (const res of results.filter((r) => r.data?.payInvoices.userErrors.length > 0)) {
      expect(res.data?.payInvoices.userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID_STATE', message: `${invoice.number} is paid already.` }),
      ]);
    }
    expect(card.chargesFor(invoice.number)).toHaveLength(1);
    expect(await rowOf(invoice)).toMatchObject({ status: 'PAID', amountPaid: '1000.0000' });
    const allocations = await portal.runtime.dataSource
      .getRepository(PaymentAllocation)
      .findBy({ invoiceId: invoice.rowId });
    expect(allocations).toHaveLength(1);
  });

  // ------------------------------------------------------------ bank transfers

  it('answers ACH with a PENDING payment and remittance instructions; staff settle it with recordPayment', async () => {
    const invoice = await makeInvoice();
    const res = await pay(buyer, { invoiceIds: [invoice.id], method: 'ACH', paymentToken: null });
    expect(res.data?.payInvoices.userErrors).toEqual([]);
    const pending = res.data?.payInvoices.payments[0];
    expect(pending).toMatchObject({
      method: 'ACH',
      status: 'PENDING',
      amount: { amount: '980.00' },
      discountTaken: { amount: '20.00' },
      reference: invoice.number,
      paidAt: null,
    });
    expect(pending.remittanceInstructions).toContain('Pay 980.00 USD by ACH transfer to:');
    expect(pending.remittanceInstructions).toContain('Routing (ABA): 021000021');
    expect(pending.remittanceInstructions).toContain(`Reference: ${invoice.number}`);
    expect(res.data?.payInvoices.invoices[0]).toMatchObject({
      status: 'OPEN',
      amountPaid: { amount: '0.00' },
      amountDue: { amount: '1000.00' },
    });
    expect((await buyer.request(INVOICE, { id: invoice.id })).data?.invoice.payments).toEqual([
      expect.objectContaining({ id: pending.id, status: 'PENDING' }),
    ]);

    setToday('2026-03-09');
    const settled = await accounting.request(RECORD, {
      input: {
        invoiceId: invoice.id,
        amount: '980.00',
        method: 'ACH',
        paidOn: '2026-03-09',
        reference: 'ACH 7781',
      },
    });
    expect(settled.data?.recordPayment.userErrors).toEqual([]);
    expect(settled.data?.recordPayment.payments).toEqual([
      expect.objectContaining({
        id: pending.id,
        status: 'SUCCEEDED',
        reference: 'ACH 7781',
        paidAt: '2026-03-09T00:00:00.000Z',
        discountTaken: { amount: '20.00' },
      }),
    ]);
    expect(settled.data?.recordPayment.invoices[0]).toMatchObject({
      status: 'PAID',
      amountPaid: { amount: '1000.00' },
      amountDue: { amount: '0.00' },
    });
    expect(
      await portal.runtime.dataSource.getRepository(AuditLog).countBy({
        entityType: 'Payment',
        entityId: String(Buffer.from(pending.id, 'base64url').toString().split(':')[1]),
        action: 'PAYMENT_SETTLED',
      }),
    ).toBe(1);
  });

  it('drops the discount of a WIRE that arrives after the deadline', async () => {
    const invoice = await makeInvoice();
    const res = await pay(buyer, { invoiceIds: [invoice.id], method: 'WIRE' });
    const pending = res.data?.payInvoices.payments[0];
    expect(pending.remittanceInstructions).toContain('by wire transfer');
    setToday('2026-03-12');
    const settled = await accounting.request(RECORD, {
      input: { invoiceId: invoice.id, amount: '980.00', method: 'WIRE', paidOn: '2026-03-12' },
    });
    expect(settled.data?.recordPayment.payments[0]).toMatchObject({
      id: pending.id,
      status: 'SUCCEEDED',
      discountTaken: null,
    });
    expect(settled.data?.recordPayment.invoices[0]).toMatchObject({
      status: 'OPEN',
      amountPaid: { amount: '980.00' },
      amountDue: { amount: '20.00' },
    });
  });

  // ------------------------------------------------------------ recordPayment

  it('records partial payments received outside the portal and refuses more than is due', async () => {
    const invoice = await makeInvoice();
    const partial = await accounting.request(RECORD, {
      input: {
        invoiceId: invoice.id,
        amount: '400',
        method: 'CHECK',
        paidOn: '2026-03-04',
        reference: 'Check 1001',
      },
    });
    expect(partial.data?.recordPayment.userErrors).toEqual([]);
    expect(partial.data?.recordPayment.payments).toEqual([
      expect.objectContaining({
        method: 'CHECK',
        status: 'SUCCEEDED',
        amount: { amount: '400.00', currencyCode: 'USD' },
        reference: 'Check 1001',
        paidAt: '2026-03-04T00:00:00.000Z',
        discountTaken: null,
      }),
    ]);
    expect(partial.data?.recordPayment.invoices[0]).toMatchObject({
      status: 'OPEN',
      amountPaid: { amount: '400.00' },
      amountDue: { amount: '600.00' },
    });

    const before = await counts();
    const over = await accounting.request(RECORD, {
      input: { invoiceId: invoice.id, amount: '700.00', method: 'WIRE', paidOn: '2026-03-05' },
    });
    expect(over.data?.recordPayment).toEqual({
      payments: [],
      invoices: [],
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'amount'],
          message: `700.00 USD is more than the 600.00 USD due on ${invoice.number}; overpayments are not accepted.`,
        },
      ],
    });
    for (const [amount, message] of [
      ['-5.00', 'more than zero'],
      ['0', 'more than zero'],
      ['10.001', 'At most 2 decimals'],
    ] as const) {
      const bad = await accounting.request(RECORD, {
        input: { invoiceId: invoice.id, amount, method: 'CHECK', paidOn: '2026-03-05' },
      });
      expect(bad.data?.recordPayment.userErrors).toEqual([
        expect.objectContaining({
          code: 'INVALID',
          field: ['input', 'amount'],
          message: expect.stringContaining(message),
        }),
      ]);
    }
    const future = await accounting.request(RECORD, {
      input: { invoiceId: invoice.id, amount: '10', method: 'CHECK', paidOn: '2026-03-06' },
    });
    expect(future.data?.recordPayment.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'paidOn'] }),
    ]);
    const float = await accounting.request(RECORD, {
      input: { invoiceId: invoice.id, amount: 10.5, method: 'CHECK', paidOn: '2026-03-05' },
    });
    expect(float.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    expect(await rowOf(invoice)).toMatchObject({ status: 'OPEN', amountPaid: '400.0000' });

    const rest = await accounting.request(RECORD, {
      input: { invoiceId: invoice.id, amount: '600.00', method: 'WIRE', paidOn: '2026-03-05' },
    });
    expect(rest.data?.recordPayment.invoices[0]).toMatchObject({
      status: 'PAID',
      amountDue: { amount: '0.00' },
    });
    const paid = await accounting.request(RECORD, {
      input: { invoiceId: invoice.id, amount: '1.00', method: 'WIRE', paidOn: '2026-03-05' },
    });
    expect(paid.data?.recordPayment.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'invoiceId'] }),
    ]);
    const credit = await makeInvoice({ kind: 'CREDIT_NOTE', total: '50.00' });
    const onCredit = await accounting.request(RECORD, {
      input: { invoiceId: credit.id, amount: '1.00', method: 'WIRE', paidOn: '2026-03-05' },
    });
    expect(onCredit.data?.recordPayment.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE' }),
    ]);
    const unknown = await accounting.request(RECORD, {
      input: {
        invoiceId: toGlobalId('Invoice', 999999),
        amount: '1.00',
        method: 'WIRE',
        paidOn: '2026-03-05',
      },
    });
    expect(unknown.data?.recordPayment.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'invoiceId'] }),
    ]);

    for (const client of [buyer, admin, sales]) {
      const denied = await client.request(RECORD, {
        input: { invoiceId: invoice.id, amount: '1.00', method: 'WIRE', paidOn: '2026-03-05' },
      });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  // ------------------------------------------------------------ bad input and roles

  it('refuses paid, cancelled, draft, credit-note and foreign invoices, writing nothing', async () => {
    const good = await makeInvoice();
    const paid = await makeInvoice({ status: 'PAID' });
    const cancelled = await makeInvoice({ status: 'CANCELLED' });
    const draft = await makeInvoice({ status: 'DRAFT', issuedOn: null });
    const credit = await makeInvoice({ kind: 'CREDIT_NOTE', total: '50.00' });
    const foreign = await makeInvoice({ author: portal.fixture.globex.users.BUYER });
    const before = await counts();
    const chargesBefore = card.charges.length;

    const cases: [Made, string, string | RegExp][] = [
      [paid, 'INVALID_STATE', `${paid.number} is paid already.`],
      [cancelled, 'INVALID_STATE', `${cancelled.number} is cancelled.`],
      [credit, 'INVALID_STATE', /credit note/],
      // Customers never see drafts or other companies' invoices: both are missing to them.
      [draft, 'NOT_FOUND', 'No such invoice.'],
      [foreign, 'NOT_FOUND', 'No such invoice.'],
    ];
    for (const [invoice, code, message] of cases) {
      const res = await pay(admin, { invoiceIds: [good.id, invoice.id] });
      expect(res.data?.payInvoices).toEqual({
        payments: [],
        invoices: [],
        userErrors: [
          {
            code,
            field: ['input', 'invoiceIds', '1'],
            message: typeof message === 'string' ? message : expect.stringMatching(message),
          },
        ],
      });
    }
    const twice = await pay(admin, { invoiceIds: [good.id, good.id] });
    expect(twice.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'invoiceIds', '1'] }),
    ]);
    const none = await pay(admin, { invoiceIds: [] });
    expect(none.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'invoiceIds'] }),
    ]);
    const malformed = await pay(admin, { invoiceIds: ['not-an-id'] });
    expect(malformed.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'invoiceIds', '0'] }),
    ]);
    const noKey = await pay(admin, { invoiceIds: [good.id], idempotencyKey: '  ' });
    expect(noKey.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'idempotencyKey'] }),
    ]);

    expect(await counts()).toEqual(before);
    expect(card.charges.length).toBe(chargesBefore);
    expect(await rowOf(good)).toMatchObject({ status: 'OPEN', amountPaid: '0.0000' });
  });

  it("lets buyers pay their own invoices and admins the whole company's; nobody else", async () => {
    const colleagues = await makeInvoice({ author: portal.fixture.acme.users.PORTAL_ADMIN });
    const own = await makeInvoice();
    const foreign = await makeInvoice({ author: portal.fixture.globex.users.BUYER });

    const byBuyer = await pay(buyer, { invoiceIds: [colleagues.id] });
    expect(byBuyer.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'invoiceIds', '0'] }),
    ]);
    const byGlobex = await pay(globexBuyer, { invoiceIds: [own.id] });
    expect(byGlobex.data?.payInvoices.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const acrossCompanies = await pay(admin, { invoiceIds: [foreign.id] });
    expect(acrossCompanies.data?.payInvoices.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);

    for (const client of [viewer, approver, requisitioner, accounting, staffAdmin, sales]) {
      const denied = await pay(client, { invoiceIds: [own.id] });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(denied.data?.payInvoices ?? null).toBeNull();
    }
    expect(await rowOf(own)).toMatchObject({ status: 'OPEN', amountPaid: '0.0000' });
    expect(await rowOf(colleagues)).toMatchObject({ status: 'OPEN', amountPaid: '0.0000' });

    const byAdmin = await pay(admin, { invoiceIds: [colleagues.id, own.id] });
    expect(byAdmin.data?.payInvoices.userErrors).toEqual([]);
    expect(byAdmin.data?.payInvoices.invoices.map((i: { status: string }) => i.status)).toEqual([
      'PAID',
      'PAID',
    ]);
    const paymentId = byAdmin.data?.payInvoices.payments[0].id;

    // Who reads the payment: the company's admins and viewers, the buyer whose invoice it paid; not the approver.
    expect((await viewer.request(NODE, { id: paymentId })).data?.node).toMatchObject({ status: 'SUCCEEDED' });
    expect((await buyer.request(NODE, { id: paymentId })).data?.node).toMatchObject({ status: 'SUCCEEDED' });
    expect((await approver.request(NODE, { id: paymentId })).data?.node ?? null).toBeNull();
    const summary = await approver.request(
      `query($id: ID!) { invoice(id: $id) { status payments { id } } }`,
      { id: own.id },
    );
    expect(summary.data?.invoice).toMatchObject({ status: 'PAID', payments: null });
    expect(summary.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('loads Invoice.payments of a page of invoices in a fixed number of statements', async () => {
    for (let i = 0; i < 6; i++) {
      const invoice = await makeInvoice({ author: portal.fixture.acme.users.PORTAL_ADMIN });
      await pay(admin, { invoiceIds: [invoice.id], method: i % 2 ? 'CARD' : 'ACH' });
    }
    const LIST = `query($first: Int) { invoices(first: $first) { edges { node { number payments { id status amount { amount } discountTaken { amount } } } } } }`;
    const small = await counter.count(() => admin.request(LIST, { first: 2 }));
    const large = await counter.count(() => admin.request(LIST, { first: 40 }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data?.invoices.edges.length).toBeGreaterThan(20);
    expect(
      large.result.data?.invoices.edges.filter(
        (e: { node: { payments: unknown[] } }) => e.node.payments.length > 0,
      ).length,
    ).toBeGreaterThan(10);
    expect(large.count).toBe(small.count);
  });
});
