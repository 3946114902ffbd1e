import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  animationsSettled,
  expectNoSeriousA11yViolations,
  launchBrowser,
  makeItMyCart,
  newPage,
  readmeScreenshot,
  reorderInto,
  screenshot,
  signIn,
} from './helpers';

/**
 * Drafts an order in the UI: the requisitioner reorders one of their past orders (the order
 * page's Reorder), which becomes their cart.
 */
async function draftByReorder(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Orders' })
    .click();
  await page.mouse.move(900, 10);
  await page.getByRole('combobox', { name: 'Status' }).click();
  for (const status of ['Confirmed', 'In progress', 'Shipped', 'Delivered', 'Invoiced']) {
    await page.getByRole('option', { name: status }).click();
  }
  await page.keyboard.press('Escape');
  const table = page.getByRole('table', { name: 'Orders' });
  const orders = table.getByRole('link');
  await expect
    .poll(
      async () =>
        (await table.getAttribute('aria-busy')) === null &&
        (await table.getByText('Awaiting approval').count()) === 0 &&
        (await orders.count()) > 0,
    )
    .toBe(true);
  await screenshot(page, 'past orders');
  await orders.first().click();
  await page.getByRole('heading', { level: 1, name: /^Order SO-/ }).waitFor();
  await reorderInto(page, 'Open a separate draft');
  const changes = page.getByRole('status').filter({ hasText: /^Reordered/ });
  await changes.waitFor();
  await page.getByRole('heading', { level: 1, name: /^Order DR-/ }).waitFor();
  await makeItMyCart(page);
  await screenshot(page, 'draft');
  await expectNoSeriousA11yViolations(page);
  // Items no longer available as ordered block sending: note them, to remove them in the cart.
  const blocked: string[] = [];
  const alert = page.locator('.mantine-Alert-root').filter({ hasText: /blocks? submitting/ });
  if ((await alert.count()) > 0) {
    const skus = new Set([...(await alert.innerText()).matchAll(/\b([A-Z]{3}-\d{4})\b/g)].map((m) => m[1]));
    for (const sku of skus) {
      const row = page.getByRole('row').filter({ hasText: sku });
      blocked.push((await row.getByRole('cell').first().innerText()).split('\n', 1).join('').trim());
    }
  }
  await changes.getByRole('link', { name: 'Review it in the cart' }).click();
  for (const name of blocked) {
    await page.getByRole('button', { name: `Remove ${name}` }).click();
    await expect.poll(() => page.getByRole('button', { name: `Remove ${name}` }).count()).toBe(0);
  }
}

describe('approvals (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a requisitioner drafts and sends for approval, an approver approves with a comment', async () => {
    // 1. The requisitioner drafts an order and sends it for approval.
    const requisitioner = await newPage(browser);
    let page = requisitioner.page;
    // Globex: kept apart from the Acme and Initech orders that other browser tests place.
    await signIn(page, 'requisitioner@globex.example');
    await draftByReorder(page);
    const send = page.getByRole('button', { name: 'Send for approval' });
    await send.waitFor();
    // The cart page is the cart area's (its own browser test runs axe on it).
    await screenshot(page, 'requisitioner cart');
    await send.click();
    const sent = page.getByRole('status').filter({ hasText: /waiting for approval/ });
    await sent.waitFor();
    const number = /(\S+) is waiting for approval/.exec(await sent.innerText())?.[1];
    expect(number).toBeTruthy();
    await screenshot(page, 'sent for approval');
    await expectNoSeriousA11yViolations(page);

    // 2. The approver finds it in the queue and approves it with a comment.
    const approver = await newPage(browser);
    page = approver.page;
    await signIn(page, 'approver@globex.example');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Approvals' })
      .click();
    await page.mouse.move(900, 10);
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    const queue = page.getByRole('table', { name: 'Orders waiting for approval' });
    const row = queue.getByRole('row').filter({ hasText: number! });
    await row.waitFor();
    await expect.poll(() => row.innerText()).toMatch(/Requisitioner|requisitioner|Drafted/);
    // The order's lines can be read in the queue before deciding.
    await row.locator('summary').click();
    const lines = row.getByRole('list', { name: `Lines of order ${number}` });
    await lines.waitFor();
    expect(await lines.getByRole('listitem').count()).toBeGreaterThan(0);
    await expect.poll(() => lines.innerText()).toMatch(/[A-Z]{3}-\d{4}/);
    await screenshot(page, 'approval queue');
    await expectNoSeriousA11yViolations(page);
    await readmeScreenshot(page, 'approvals.png');
    // Tablet width: the queue still works (the table scrolls sideways, the actions wrap).
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'approval queue tablet');
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('checkbox', { name: `Select order ${number}` }).check();
    await page.getByRole('textbox', { name: 'Comment' }).fill('OK for December');
    await screenshot(page, 'approval selected');
    await page.getByRole('button', { name: 'Approve selected' }).click();
    await page.getByText(`Approved: ${number}`).waitFor();
    await animationsSettled(page); // the notification has slid in before axe looks
    await expect.poll(() => queue.getByRole('row').filter({ hasText: number! }).count()).toBe(0);
    // The approval history shows the decision with its comment.
    const decided = page
      .getByRole('table', { name: 'Orders you decided' })
      .getByRole('row')
      .filter({ hasText: number! });
    await decided.waitFor();
    await expect.poll(() => decided.innerText()).toMatch(/Approved[\s\S]*OK for December/);
    await screenshot(page, 'approved');
    await expectNoSeriousA11yViolations(page);
    // Phone width: the queue, its lines and the history stay readable.
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'approvals phone');
    await expectNoSeriousA11yViolations(page);
    await approver.context.close();

    // 3. The requisitioner sees the order placed, with the approver's comment.
    page = requisitioner.page;
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Orders' })
      .click();
    await page.mouse.move(900, 10);
    await page
      .getByRole('table', { name: 'Orders' })
      .getByRole('link', { name: number!, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: `Order ${number}` }).waitFor();
    await page.getByText('OK for December').first().waitFor();
    const header = await page.getByRole('heading', { level: 1 }).locator('..').locator('..').innerText();
    expect(header).toMatch(/Confirmed|In progress/);
    await screenshot(page, 'placed');
    await expectNoSeriousA11yViolations(page);
    await requisitioner.context.close();
  });
});
