import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { id } userErrors { message } } }`;
const SUBMIT = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { order { number status } userErrors { message } } }`;
const RFQ = `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { rfq { id } userErrors { message } } }`;

/**
 * Every link of the e-mails that ordering sends opens the page it names, for the person it was
 * sent to: the buyer's order confirmation, the approvers' "approval needed", sales' "new RFQ".
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
    const since = Date.now() - 1_000;
    const placeAs = async (email: string, sku: string, quantity: string) => {
      const { context, page } = await newPage(browser);
      await signIn(page, email);
      const draft = (await graphql(page, CREATE, { input: { lines: [{ sku, quantity }] } })).createDraftOrder;
      expect(draft?.userErrors).toEqual([]);
      const placed = (
        await graphql(page, SUBMIT, {
          input: { orderId: (draft?.order as { id: string }).id, idempotencyKey: `mail-links-${email}` },
        })
      ).submitOrder;
      expect(placed?.userErrors).toEqual([]);
      await context.close();
      return placed?.order as { number: string; status: string };
    };
    const confirmed = await placeAs('buyer@globex.example', 'SOLV-55', '110');
    expect(confirmed.status).toBe('SALES_ORDER');
    const pending = await placeAs('requisitioner@acme.example', 'DEGR-1', '50');
    expect(pending.status).toBe('PENDING_APPROVAL');
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

    // The worker delivers in the background: wait for the three kinds of mail.
    const wanted = [
      (m: SentMail) => m.to === 'buyer@globex.example' && m.subject.includes(confirmed.number),
      (m: SentMail) => m.to === 'approver@acme.example' && m.subject.includes(pending.number),
      (m: SentMail) => m.to === 'sales@seller.example' && /RFQ/i.test(m.subject),
    ];
    let mails: SentMail[] = [];
    await expect
      .poll(
        () => {
          mails = mailsSince(since);
          return wanted.map((w) => mails.some(w));
        },
        { timeout: 60_000, interval: 500 },
      )
      .toEqual([true, true, true]);

    const checked: string[] = [];
    for (const mail of mails.filter((m) => wanted.some((w) => w(m)))) {
      expect(mail.links.length, `links in "${mail.subject}" to ${mail.to}`).toBeGreaterThan(0);
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
    expect(checked.length).toBeGreaterThanOrEqual(3);
  });
});
