import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  DEMO_PASSWORD,
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  readmeScreenshot,
  screenshot,
  signIn,
} from './helpers';

interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string }[];
}

async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { 'apollo-require-preflight': 'true', 'content-type': 'application/json' },
  });
  const body = (await response.json()) as GraphQLResult<T>;
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function apiSignIn(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const data = await gql<{ login: { userErrors: { message: string }[] } }>(
    context.request,
    'mutation ($input: LoginInput!) { login(input: $input) { userErrors { message } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  expect(data.login.userErrors).toEqual([]);
  return context;
}

interface InvoiceNode {
  id: string;
  number: string;
  earlyPaymentDiscount: { deadline: string } | null;
}

/**
 * An OPEN invoice of buyer@acme.example that still offers its early-payment discount on
 * PORTAL_NOW (2026-11-27): invoices one of the buyer's delivered orders today, as accounting.
 * (Always a new one, so the test never depends on what other tests paid.)
 */
async function invoiceWithDiscount(browser: Browser): Promise<InvoiceNode> {
  const buyer = await apiSignIn(browser, 'buyer@acme.example');
  const orders = await gql<{ orders: { edges: { node: { id: string; number: string } }[] } }>(
    buyer.request,
    'query { orders(first: 50, filter: { statuses: [DELIVERED] }) { edges { node { id number } } } }',
  );
  await buyer.close();
  const accounting = await apiSignIn(browser, 'accounting@seller.example');
  try {
    for (const { node } of [...orders.orders.edges].reverse()) {
      const result = await gql<{
        invoiceOrder: { invoice: InvoiceNode | null; userErrors: { message: string }[] };
      }>(
        accounting.request,
        `mutation ($input: InvoiceOrderInput!) { invoiceOrder(input: $input) {
           invoice { id number earlyPaymentDiscount { deadline } } userErrors { message } } }`,
        { input: { orderId: node.id, issuedOn: '2026-11-27' } },
      );
      const invoice = result.invoiceOrder.invoice;
      if (invoice?.earlyPaymentDiscount) return invoice;
    }
  } finally {
    await accounting.close();
  }
  throw new Error(
    'No delivered order of buyer@acme.example could be invoiced with an early-payment discount',
  );
}

describe('paying invoices (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a buyer pays an invoice with the early-payment discount; a declined card shows PAYMENT_FAILED', async () => {
    const invoice = await invoiceWithDiscount(browser);
    const { context, page } = await newPage(browser);
    await signIn(page, 'buyer@acme.example');

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Invoices & account' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Invoices & account' }).waitFor();
    await page.mouse.move(640, 790); // off the navbar: its hover colour is not the page's
    await page.getByRole('checkbox', { name: `Select invoice ${invoice.number}` }).waitFor();
    await screenshot(page, 'invoice list');
    await expectNoSeriousA11yViolations(page);

    // The invoice page offers the discount with its deadline.
    await page.getByRole('link', { name: invoice.number, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Invoice ${invoice.number}` }).waitFor();
    await page.getByText('Early-payment discount').waitFor();
    await page.getByRole('link', { name: 'Download PDF' }).waitFor();
    await screenshot(page, 'invoice with discount');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: '← All invoices' }).click();
    await page.getByRole('checkbox', { name: `Select invoice ${invoice.number}` }).waitFor();

    // Select the invoice and open the payment dialog.
    await page.getByRole('checkbox', { name: `Select invoice ${invoice.number}` }).check();
    await page.getByRole('button', { name: 'Pay selected' }).click();
    const dialog = page.getByRole('dialog', { name: `Pay invoice ${invoice.number}` });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Early-payment discount');
    const discountSwitch = dialog.getByRole('switch', { name: /^Take the early-payment discount/ });
    expect(await discountSwitch.isChecked()).toBe(true);

    // Declined card first: PAYMENT_FAILED shown clearly, nothing paid.
    await dialog.getByLabel('Card number').fill('4000 0000 0000 0002');
    await dialog.getByLabel('Expiry (MM/YY)').fill('12/30');
    await dialog.getByLabel('Security code (CVC)').fill('123');
    await dialog.getByRole('button', { name: /^Pay / }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Payment failed' }).waitFor();
    await screenshot(page, 'declined card');
    await expectNoSeriousA11yViolations(page);

    // Then the good test card.
    await dialog.getByLabel('Card number').fill('4242 4242 4242 4242');
    await screenshot(page, 'pay dialog with discount');
    await readmeScreenshot(page, 'invoices.png');
    await dialog.getByRole('button', { name: /^Pay / }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`Invoice ${invoice.number} is paid.`).waitFor();

    // The invoice page: PAID, with the discount taken.
    await page.getByRole('link', { name: invoice.number, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Invoice ${invoice.number}` }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Paid');
    const payments = page.getByRole('table', { name: 'Payments' });
    await payments.waitFor();
    const row = payments.getByRole('row').nth(1);
    expect(await row.textContent()).toContain('Succeeded');
    expect(await row.getByRole('cell').last().textContent()).toMatch(/^\$\d/);
    expect(await page.getByRole('button', { name: 'Pay invoice' }).count()).toBe(0);
    await screenshot(page, 'invoice paid');
    await expectNoSeriousA11yViolations(page);

    await context.close();
  });

  it('accounting credits lines of a card-paid invoice, applies part of the credit to an open invoice, refunds the rest; the invoice shows it', async () => {
    // Two of Acme's open demo invoices (no delivered order is used up: the reorder tests need
    // them): the customer's admin pays the first by card; the second takes some of the credit.
    const admin = await apiSignIn(browser, 'admin@acme.example');
    const openInvoices = await gql<{
      invoices: { edges: { node: { id: string; number: string; payable: boolean } }[] };
    }>(
      admin.request,
      'query { invoices(first: 50, filter: { kind: INVOICE, statuses: [OPEN, OVERDUE] }) { edges { node { id number payable } } } }',
    );
    const [paid, open] = openInvoices.invoices.edges.map((e) => e.node).filter((i) => i.payable);
    expect(paid, 'an open invoice of Acme to pay by card').toBeTruthy();
    expect(open, 'another open invoice of Acme').toBeTruthy();
    const payment = await gql<{ payInvoices: { userErrors: { message: string }[] } }>(
      admin.request,
      `mutation ($input: PayInvoicesInput!) { payInvoices(input: $input) { userErrors { message } } }`,
      {
        input: {
          invoiceIds: [paid!.id],
          method: 'CARD',
          paymentToken: 'tok_visa',
          takeEarlyPaymentDiscount: false,
          idempotencyKey: `browser-credit-${paid!.number}`,
        },
      },
    );
    expect(payment.payInvoices.userErrors).toEqual([]);
    await admin.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'accounting@seller.example');
    await page.goto('/staff/invoicing');
    await page.getByRole('heading', { level: 1, name: 'Invoicing' }).waitFor();
    const table = page.getByRole('table', { name: 'Invoices and credit notes' });
    const showOnly = async (number: string, status: string) => {
      await page.getByLabel('Number').fill(number);
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: status, exact: true }).click();
      await table.getByRole('row').filter({ hasText: number }).first().waitFor();
      await page.waitForLoadState('networkidle');
    };

    // 1. Credit one line of the paid invoice, its whole quantity, with the line's own tax.
    await showOnly(paid!.number, 'Paid');
    await page.getByRole('button', { name: `Credit note on ${paid!.number}` }).click();
    const creditDialog = page.getByRole('dialog', { name: `Credit note on ${paid!.number}` });
    const lines = creditDialog.getByRole('table', { name: 'Lines to credit' });
    await lines.waitFor();
    const firstLine = lines.getByRole('row').nth(1);
    const invoiced = ((await firstLine.getByRole('cell').nth(1).textContent()) ?? '').trim().split(' ')[0]!;
    await firstLine.getByRole('textbox').fill(invoiced.replace(/,/g, ''));
    await creditDialog.getByLabel('Reason').fill('Damaged in transit');
    await screenshot(page, 'credit note by lines');
    await expectNoSeriousA11yViolations(page);
    await creditDialog.getByRole('button', { name: 'Issue credit note' }).click();
    const issued = page.getByText(/Credit note CN-\d+ issued\./);
    await issued.waitFor();
    const creditNote = /(CN-\d+)/.exec((await issued.textContent()) ?? '')?.[1] ?? '';
    expect(creditNote).not.toBe('');

    // 2. Its credit is open (the invoice was paid): apply a cent of it to the open invoice.
    await showOnly(creditNote, 'Open and overdue');
    await page.getByRole('button', { name: `Apply credit of ${creditNote}` }).click();
    const applyDialog = page.getByRole('dialog', { name: `Apply credit of ${creditNote}` });
    const target = applyDialog.getByRole('option', { name: new RegExp(`^${open!.number}:`) });
    await applyDialog.getByLabel('Invoice').selectOption((await target.getAttribute('value')) ?? '');
    await applyDialog.getByLabel('Amount (USD)').fill('0.01');
    await screenshot(page, 'apply credit');
    await expectNoSeriousA11yViolations(page);
    await applyDialog.getByRole('button', { name: 'Apply credit' }).click();
    await page.getByText(`Credit applied to ${open!.number}.`).waitFor();

    // 3. The rest goes back to the card the invoice was paid with.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: `Refund credit of ${creditNote}` }).click();
    const refundDialog = page.getByRole('dialog', { name: `Refund credit of ${creditNote}` });
    await refundDialog.getByLabel('Card payment').waitFor();
    await refundDialog.getByLabel('Reason').fill('Customer asked for the money back');
    await screenshot(page, 'refund to card');
    await expectNoSeriousA11yViolations(page);
    await refundDialog.getByRole('button', { name: 'Refund to card' }).click();
    await page.getByText(/refunded to the card\./).waitFor();
    await table.getByRole('row').filter({ hasText: creditNote }).waitFor({ state: 'detached' });
    await context.close();

    // 4. The customer's admin sees the credit applied on the open invoice.
    const customer = await newPage(browser);
    await signIn(customer.page, 'admin@acme.example');
    await customer.page.goto(`/invoices/${encodeURIComponent(open!.id)}`);
    await customer.page.getByRole('heading', { level: 1, name: `Invoice ${open!.number}` }).waitFor();
    const applied = customer.page.getByRole('table', { name: 'Credit applied' });
    await applied.getByRole('row').filter({ hasText: creditNote }).waitFor();
    expect(await applied.getByRole('row').filter({ hasText: creditNote }).textContent()).toContain('$0.01');
    await screenshot(customer.page, 'invoice with credit applied');
    await expectNoSeriousA11yViolations(customer.page);
    await customer.context.close();
  });

  it('an administrator sees the statement and the aging chart', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@acme.example');
    await page.goto('/account/aging');
    await page.getByRole('heading', { level: 1, name: 'Aging' }).waitFor();
    await page.getByRole('table', { name: 'Aging buckets' }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await screenshot(page, 'aging');
    await expectNoSeriousA11yViolations(page);
    await readmeScreenshot(page, 'aging.png');

    await page.getByRole('link', { name: 'Statement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account statement' }).waitFor();
    await page
      .getByText(/Closing balance/)
      .first()
      .waitFor();
    await screenshot(page, 'statement');
    await expectNoSeriousA11yViolations(page);
    await context.close();

    // Tablet width: filters wrap, the table scrolls inside its container.
    const tablet = await newPage(browser, { width: 768, height: 1024 });
    await signIn(tablet.page, 'admin@acme.example');
    await tablet.page.goto('/invoices');
    await tablet.page
      .getByRole('table', { name: 'Invoices and credit notes' })
      .getByRole('link')
      .first()
      .waitFor();
    await screenshot(tablet.page, 'invoices at tablet width');
    await expectNoSeriousA11yViolations(tablet.page);
    await tablet.context.close();
  });
});
