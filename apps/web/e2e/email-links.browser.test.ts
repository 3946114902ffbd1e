import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { dec, toDecimalString } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  baseUrl,
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './helpers';

interface SentMail {
  to: string;
  subject: string;
  links: string[];
}

/** The e-mails the gateway's outbox worker wrote to `<DATA_DIR>/outbox/` since `since` (ms). */
function mailsSince(since: number): SentMail[] {
  const outbox = path.join(inject('dataDir'), 'outbox');
  let files: string[] = [];
  try {
    files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files
    .filter((f) => statSync(path.join(outbox, f)).mtimeMs >= since)
    .map((f) => {
      // Quoted-printable soft line breaks ("=\n") and "=3D" would split or mangle the links.
      const text = readFileSync(path.join(outbox, f), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=3D/gi, '=');
      const links = [...text.matchAll(/https?:\/\/127\.0\.0\.1:\d+\/[^\s"<>)]*/g)].map((m) => m[0]);
      return {
        to: /^To: .*?([\w.+-]+@[\w.-]+)/m.exec(text)?.[1]?.toLowerCase() ?? '',
        subject: /^Subject: (.*)$/m.exec(text)?.[1] ?? '',
        links: [...new Set(links)],
      };
    });
}

/** A GraphQL call as the page's signed-in user (the session cookie travels with it). */
async function graphql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    data?: Record<string, { userErrors?: unknown[] } & Record<string, unknown>>;
  };
  return body.data ?? {};
}

const RFQ = `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { rfq { id } userErrors { message } } }`;
const PRODUCTS = `query { products(first: 50) { edges { node {
  id sku priceOnRequest minimumOrderQuantity orderMultiple availability { status } } } } }`;
const DRAFT = `mutation($input: CreateDraftOrderInput!) {
  createDraftOrder(input: $input) { order { id number } userErrors { message } } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) {
  submitOrder(input: $input) { order { number status } userErrors { message } } }`;
const CANCEL = `mutation($input: OrderActionInput!) {
  cancelOrder(input: $input) { order { status } userErrors { message } } }`;

interface CatalogProduct {
  id: string;
  sku: string;
  priceOnRequest: boolean;
  minimumOrderQuantity: string | null;
  orderMultiple: string | null;
  availability: { status: string };
}

/** The smallest quantity the product's minimum and multiple allow. */
function smallestQuantity(product: CatalogProduct): string {
  const multiple = dec(product.orderMultiple ?? '1');
  const minimum = dec(product.minimumOrderQuantity ?? '1');
  return toDecimalString(minimum.div(multiple).ceil().mul(multiple));
}

/**
 * Every link of the e-mails the portal sent opens the page it names, for the person it was sent
 * to: sales' "new RFQ" (sent here), and whatever the other browser tests caused before.
 */
describe('e-mail links (real gateway, demo data, outbox worker)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('open the page they name for their recipient', async () => {
    {
      const { context, page } = await newPage(browser);
      await signIn(page, 'buyer@acme.example');
      const rfq = (
        await graphql(page, RFQ, {
          input: {
            title: 'Banquet season: napkins',
            lines: [{ description: 'Dinner napkins, 3-ply, burgundy', quantity: '5000' }],
          },
        })
      ).submitRfq;
      expect(rfq?.userErrors).toEqual([]);
      await context.close();
    }
    // An order placed here (not only by the other browser tests): Globex's buyer orders the smallest
    // quantity of an in-stock product of its catalog (not the solvent the inventory test counts); it
    // is cancelled at the end, so Globex's credit and stock are as they were for the other tests.
    let orderNumber = '';
    let orderId = '';
    {
      const { context, page } = await newPage(browser);
      await signIn(page, 'buyer@globex.example');
      const products = (
        (await graphql(page, PRODUCTS)).products as unknown as { edges: { node: CatalogProduct }[] }
      ).edges.map((e) => e.node);
      const product = products.find(
        (p) => !p.priceOnRequest && p.availability.status === 'IN_STOCK' && p.sku !== 'SOLV-55',
      );
      expect(product, 'an in-stock product in the Globex catalog').toBeTruthy();
      const draft = (
        await graphql(page, DRAFT, {
          input: { lines: [{ productId: product!.id, quantity: smallestQuantity(product!) }] },
        })
      ).createDraftOrder as unknown as { order: { id: string; number: string }; userErrors: unknown[] };
      expect(draft.userErrors).toEqual([]);
      const submitted = (
        await graphql(page, SUBMIT, {
          input: { orderId: draft.order.id, idempotencyKey: `email-links-${Date.now()}` },
        })
      ).submitOrder as unknown as { order: { number: string; status: string }; userErrors: unknown[] };
      expect(submitted.userErrors).toEqual([]);
      orderNumber = submitted.order.number;
      orderId = draft.order.id;
      await context.close();
    }

    // The worker delivers in the background: wait for sales' "new RFQ" mail. The mails the other
    // browser tests caused (order confirmations, approvals, shipments, invoices…) are checked too.
    let mails: SentMail[] = [];
    await expect
      .poll(
        () => {
          mails = mailsSince(0);
          return (
            mails.some((m) => m.to === 'sales@seller.example' && /RFQ/i.test(m.subject)) &&
            mails.some((m) => m.subject.includes(orderNumber))
          );
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);

    const checked: string[] = [];
    // Every recipient is a demo user (password portal-demo), so each link is opened as them.
    // Single-use links (invitations, password resets) have their own browser tests.
    const linked = mails
      .filter((m) => m.to.endsWith('.example'))
      .map((m) => ({ ...m, links: m.links.filter((l) => !/\/(invitation|reset-password)\//.test(l)) }))
      .filter((m) => m.links.length > 0);
    for (const mail of linked) {
      const { context, page } = await newPage(browser);
      await signIn(page, mail.to);
      for (const link of mail.links) {
        const url = new URL(link);
        expect(url.origin, link).toBe(baseUrl());
        await page.goto(url.pathname + url.search);
        const heading = page.getByRole('heading', { level: 1 });
        await heading.first().waitFor();
        const main = page.getByRole('main');
        await expect.poll(() => main.textContent(), { timeout: 10_000 }).not.toMatch(/not found|no such/i);
        const title = (await heading.first().textContent()) ?? '';
        // A link that names an order, an RFQ or an invoice opens that one.
        const named = /\b(SO|DR|INV|RFQ)-\d+/.exec(mail.subject)?.[0];
        if (named && url.pathname.includes(named)) expect(title).toContain(named);
        checked.push(`${mail.to} ${url.pathname} → ${title}`);
      }
      await screenshot(page, `link-of-${mail.to}`);
      await expectNoSeriousA11yViolations(page);
      await context.close();
    }
    console.log(checked.join('\n'));
    expect(checked.some((c) => c.startsWith('sales@seller.example /staff/rfqs/'))).toBe(true);
    // The order's own mails (the confirmation, or the approval request to Globex's approvers).
    expect(linked.some((m) => m.subject.includes(orderNumber))).toBe(true);
    expect(checked.some((c) => c.includes(`/orders/`) || c.includes('/approvals'))).toBe(true);

    {
      const { context, page } = await newPage(browser);
      await signIn(page, 'buyer@globex.example');
      const cancelled = (
        await graphql(page, CANCEL, { input: { orderId, comment: 'Placed by the e-mail links test' } })
      ).cancelOrder as unknown as { order: { status: string }; userErrors: unknown[] };
      expect(cancelled.userErrors).toEqual([]);
      expect(cancelled.order.status).toBe('CANCELLED');
      await context.close();
    }
  });
});
