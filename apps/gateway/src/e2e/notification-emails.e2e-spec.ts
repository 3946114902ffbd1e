import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLClient } from '../testing/graphql-client';
import { invoiceOrder, seedInvoiceFixture, seedShippedOrder } from '../testing/invoice-fixture';
import { pdfText } from '../testing/pdf-text';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const PAY = `mutation($input: PayInvoicesInput!) { payInvoices(input: $input) { payments { status } userErrors { field message code } } }`;
const SUBMIT_RFQ = `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { rfq { id number } userErrors { field message code } } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { number } }`;
const RFQ = `query($id: ID!) { rfq(id: $id) { number } }`;

/** The portal path of a link in an e-mail's text (`http://portal.test/invoices/…` → `/invoices/…`). */
function linkIn(text: string | undefined, path: RegExp): string {
  const match = new RegExp(`http://portal\\.test(${path.source})`).exec(text ?? '');
  if (!match?.[1]) throw new Error(`no link matching ${path} in:\n${text}`);
  return match[1];
}

/**
 * The e-mails of receivables and RFQs (issue 14): the issued invoice with its PDF to those who
 * read the company's invoices (and the order's author), the payment receipt or decline to the
 * payer, and "new RFQ" to sales; each link names a page the recipient can open.
 */
describe.each(testEngines())('e-mails of invoices, payments and RFQs on %s', (engine) => {
  let portal: TestPortal;
  let accounting: GraphQLClient;
  let buyer: GraphQLClient;
  let sales: GraphQLClient;
  let invoice: { id: string; number: string };
  let seq = 0;
  const mailsTo = (email: string, subject: RegExp) =>
    portal.mailer.sent.filter((m) => m.to === email && subject.test(m.subject));

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedInvoiceFixture(portal);
    [accounting, buyer, sales] = await Promise.all([
      portal.sessionOf('accounting@seller.example'),
      portal.sessionOf('buyer@acme.example'),
      portal.sessionOf('sales@seller.example'),
    ]);
    const order = await seedShippedOrder(portal, portal.fixture.acme.users.BUYER, [
      { sku: 'CUP-12', quantity: '100', unitPrice: '0.8' },
    ]);
    const issued = await invoiceOrder(accounting, order);
    expect(issued.userErrors).toEqual([]);
    invoice = issued.invoice as { id: string; number: string };
  });
  afterAll(async () => {
    await portal?.stop();
  });

  it('sends the issued invoice with its PDF to the readers of invoices, and nothing to the others', async () => {
    const subject = new RegExp(`^Invoice ${invoice.number} for order `);
    for (const email of ['admin@acme.example', 'viewer@acme.example', 'buyer@acme.example'])
      expect(mailsTo(email, subject), email).toHaveLength(1);
    for (const email of ['requisitioner@acme.example', 'approver@acme.example', 'buyer@globex.example'])
      expect(mailsTo(email, subject), email).toEqual([]);
    const [mail] = mailsTo('buyer@acme.example', subject);
    expect(mail?.text).toMatch(/: 86\.60 USD, due on \d{4}-\d{2}-\d{2}\./);
    expect(mail?.html).toContain('Seller');
    const [attachment] = mail?.attachments ?? [];
    expect(attachment?.contentType).toBe('application/pdf');
    expect((await pdfText(attachment!.content)).join(' ')).toContain(invoice.number);
    // The link opens the invoice for its reader.
    const path = linkIn(mail?.text, /\/invoices\/[A-Za-z0-9_-]+/);
    const id = decodeURIComponent(path.split('/')[2]!);
    expect((await buyer.request(INVOICE, { id })).data?.invoice).toEqual({ number: invoice.number });
  });

  it('sends the payer a receipt of a card payment, and a notice of a declined one', async () => {
    const pay = (token: string) =>
      buyer.request(PAY, {
        input: {
          invoiceIds: [invoice.id],
          method: 'CARD',
          paymentToken: token,
          idempotencyKey: `mail-${engine}-${++seq}`,
        },
      });
    expect((await pay('tok_chargeDeclined')).data?.payInvoices.payments).toEqual([{ status: 'FAILED' }]);
    const [declined] = mailsTo(
      'buyer@acme.example',
      new RegExp(`^Your payment for ${invoice.number} did not go through`),
    );
    expect(declined?.text).toContain('86.60 USD');
    expect((await pay('tok_visa')).data?.payInvoices.payments).toEqual([{ status: 'SUCCEEDED' }]);
    const [receipt] = mailsTo('buyer@acme.example', new RegExp(`^Payment received for ${invoice.number}$`));
    expect(receipt?.text).toContain('we received the card payment of 86.60 USD');
    const id = decodeURIComponent(linkIn(receipt?.text, /\/invoices\/[A-Za-z0-9_-]+/).split('/')[2]!);
    expect((await buyer.request(INVOICE, { id })).data?.invoice).toEqual({ number: invoice.number });
    // Only the payer hears of it.
    expect(mailsTo('admin@acme.example', /^Payment received/)).toEqual([]);
  });

  it('tells sales of a new RFQ, with a link to the quote editor that opens it', async () => {
    const res = await buyer.request(SUBMIT_RFQ, {
      input: { title: 'Branded napkins', lines: [{ description: 'Custom napkins', quantity: '2000' }] },
    });
    expect(res.data?.submitRfq.userErrors).toEqual([]);
    const rfq = res.data?.submitRfq.rfq as { id: string; number: string };
    const [mail] = mailsTo('sales@seller.example', new RegExp(`^New RFQ ${rfq.number} from Acme`));
    expect(mail?.text).toContain('"Branded napkins", 1 line');
    const path = linkIn(mail?.text, /\/staff\/rfqs\/[A-Za-z0-9_-]+/);
    expect(decodeURIComponent(path.split('/')[3]!)).toBe(rfq.id);
    expect((await sales.request(RFQ, { id: rfq.id })).data?.rfq).toEqual({ number: rfq.number });
    // Customers are not told of it by e-mail.
    expect(mailsTo('buyer@acme.example', /^New RFQ/)).toEqual([]);
  });
});
