import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  animationsSettled,
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './helpers';

interface Received {
  id: string;
  type: string;
  /** Whether Portal-Signature is the HMAC-SHA256 of "<t>.<raw body>" under the secret the page showed. */
  validSignature: boolean;
}

/** A partner app on this machine: records each delivery and checks its signature. */
class Receiver {
  readonly received: Received[] = [];
  secret = '';
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const parts = new Map(
        String(req.headers['portal-signature'] ?? '')
          .split(',')
          .map((p) => p.split('=', 2) as [string, string]),
      );
      const expected = createHmac('sha256', this.secret)
        .update(`${parts.get('t')}.${raw}`)
        .digest('hex');
      this.received.push({
        id: String(req.headers['portal-webhook-id']),
        type: (JSON.parse(raw) as { type: string }).type,
        validSignature: parts.get('v1') === expected,
      });
      res.writeHead(200).end();
    });
  });
  /** http://localhost: the gateway allows it outside production (NODE_ENV=test here). */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://localhost:${(this.server.address() as AddressInfo).port}/hooks/portal`;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const SUBMIT_RFQ = `mutation($input: SubmitRfqInput!) { submitRfq(input: $input) { rfq { id } userErrors { message } } }`;

/** A GraphQL call as the page's signed-in user: the business event the webhook is for. */
async function submitRfq(page: Page, title: string): Promise<void> {
  const res = await page.request.post('/graphql', {
    data: {
      query: SUBMIT_RFQ,
      variables: { input: { title, lines: [{ description: 'Nitrile gloves, size M', quantity: '200' }] } },
    },
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { data?: { submitRfq?: { userErrors: unknown[] } } };
  expect(body.data?.submitRfq?.userErrors).toEqual([]);
}

describe('webhooks (real gateway, demo data, outbox worker, a local receiver)', () => {
  let browser: Browser;
  let receiver: Receiver;
  let url: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    receiver = new Receiver();
    url = await receiver.start();
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.stop();
  });

  it('a portal admin subscribes a URL, sees the signed delivery in the log, redelivers it, rotates and deletes', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@globex.example');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.mouse.move(640, 790); // off the navbar
    await page.getByText('No webhooks yet').waitFor();
    await screenshot(page, 'no webhooks');
    await expectNoSeriousA11yViolations(page);

    // The server refuses a URL that is not https: its message shows next to the field.
    await page.getByRole('button', { name: 'Add a webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a webhook' });
    await dialog.getByLabel('URL').fill('http://partner.example/hooks');
    await dialog.getByRole('checkbox', { name: 'rfq.submitted' }).check();
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    await dialog.getByText(/must use https/).waitFor();
    expect(await dialog.getByLabel('URL').getAttribute('aria-invalid')).toBe('true');
    await animationsSettled(page);
    await screenshot(page, 'url refused next to the field');
    await expectNoSeriousA11yViolations(page);

    await dialog.getByLabel('URL').fill(url);
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    const added = page.getByRole('dialog', { name: 'Webhook added' });
    await added.getByText("Copy it now: you won't see it again.").waitFor();
    receiver.secret = (await added.getByTestId('webhook-secret').textContent()) ?? '';
    expect(receiver.secret).toMatch(/^whsec_/);
    await animationsSettled(page);
    await screenshot(page, 'secret shown once');
    await expectNoSeriousA11yViolations(page);
    await added.getByRole('button', { name: 'I have copied it' }).click();
    await added.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: url });
    await row.getByText('Active').waitFor();
    await row.getByText('None yet').waitFor();
    // The secret is not on the page any more.
    expect(await page.getByText(receiver.secret).count()).toBe(0);

    // An event of the company: the worker delivers it, signed, to the receiver.
    await submitRfq(page, 'Webhook test: gloves');
    await expect.poll(() => receiver.received.length, { timeout: 60_000, interval: 250 }).toBe(1);
    expect(receiver.received[0]).toMatchObject({ type: 'rfq.submitted', validSignature: true });

    await row.getByRole('link', { name: `Deliveries to ${url}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhook deliveries' }).waitFor();
    const log = page.getByRole('table', { name: 'Delivery log' });
    const delivery = log.getByRole('row').filter({ hasText: 'rfq.submitted' });
    await delivery.getByText('Sent').waitFor();
    expect(await delivery.getByRole('cell').allTextContents()).toEqual([
      'Nov 27, 2026, 9:00 AM',
      'rfq.submitted',
      'Sent',
      '200',
      '1',
      '—',
      'Redeliver',
    ]);
    await screenshot(page, 'delivery log');
    await expectNoSeriousA11yViolations(page);

    // Redeliver: the same delivery (same id) reaches the receiver again.
    await delivery.getByRole('button', { name: /^Redeliver rfq\.submitted/ }).click();
    await page.getByText('rfq.submitted is sent again.').waitFor();
    await expect.poll(() => receiver.received.length, { timeout: 60_000, interval: 250 }).toBe(2);
    expect(receiver.received[1]).toEqual({ ...receiver.received[0], validSignature: true });
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Refresh' }).click();
          return (await delivery.getByRole('cell').allTextContents()).slice(2, 5);
        },
        { timeout: 30_000, interval: 500 },
      )
      .toEqual(['Sent', '200', '2']);
    await animationsSettled(page);
    await screenshot(page, 'redelivered');

    // Rotating asks first, then shows the new secret once; later deliveries are signed with it.
    await page.getByRole('button', { name: `Rotate secret of ${url}` }).click();
    await page
      .getByRole('dialog', { name: 'Rotate the signing secret?' })
      .getByRole('button', { name: 'Rotate secret' })
      .click();
    const rotated = page.getByRole('dialog', { name: `New signing secret for ${url}` });
    const fresh = (await rotated.getByTestId('webhook-secret').textContent()) ?? '';
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(receiver.secret);
    await animationsSettled(page);
    await screenshot(page, 'rotated secret');
    await rotated.getByRole('button', { name: 'I have copied it' }).click();
    receiver.secret = fresh;
    await submitRfq(page, 'Webhook test: aprons');
    await expect.poll(() => receiver.received.length, { timeout: 60_000, interval: 250 }).toBe(3);
    expect(receiver.received[2]).toMatchObject({ type: 'rfq.submitted', validSignature: true });
    await context.close();

    // Staff admins see every company's subscriptions.
    {
      const staff = await newPage(browser);
      await signIn(staff.page, 'admin@seller.example');
      await staff.page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Webhooks' })
        .click();
      await staff.page.getByRole('table', { name: 'Webhook subscriptions' }).getByText(url).waitFor();
      await staff.page.mouse.move(640, 790);
      await screenshot(staff.page, 'staff webhooks');
      await expectNoSeriousA11yViolations(staff.page);
      await staff.context.close();
    }

    // Deleting asks first; the receiver gets nothing more.
    const again = await newPage(browser);
    await signIn(again.page, 'admin@globex.example');
    await again.page.goto('/users/webhooks');
    await again.page.getByRole('button', { name: `Delete ${url}` }).click();
    await again.page
      .getByRole('dialog', { name: 'Delete this webhook?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await again.page.getByText('No webhooks yet').waitFor();
    await again.context.close();
  });

  it('staff see the outbox: messages given up, and the others by status', async () => {
    const buyer = await newPage(browser);
    await signIn(buyer.page, 'buyer@globex.example');
    const title = `Outbox test ${Date.now()}`;
    await submitRfq(buyer.page, title);
    await buyer.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'sales@seller.example');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Outbox' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();
    await page.getByRole('table', { name: 'Outbox messages' }).waitFor();
    await page.mouse.move(640, 790);
    await screenshot(page, 'outbox failed');
    await expectNoSeriousA11yViolations(page);
    // Sales' "new RFQ" e-mail goes out in the background: it shows among the sent messages.
    const table = page.getByRole('table', { name: 'Outbox messages' });
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole('combobox', { name: 'Status' }).click();
          await page.getByRole('option', { name: 'Sent', exact: true }).click();
          await table.getByRole('row').nth(1).waitFor();
          return table
            .getByRole('row')
            .filter({ hasText: title })
            .filter({ hasText: 'sales@seller.example' })
            .count();
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(1);
    const row = table.getByRole('row').filter({ hasText: title }).filter({ hasText: 'sales@seller.example' });
    expect(await row.getByText('rfq.submitted · E-mail').count()).toBe(1);
    expect(await row.getByText('Sent', { exact: true }).count()).toBe(1);
    await page.mouse.move(640, 790);
    await screenshot(page, 'outbox sent');
    await expectNoSeriousA11yViolations(page);
    // Sales manage no webhooks: no link.
    expect(
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Webhooks' })
        .count(),
    ).toBe(0);
    await context.close();
  });
});
