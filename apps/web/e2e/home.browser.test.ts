import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  readmeScreenshot,
  screenshot,
  signIn,
} from './helpers';

async function axe(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await expectNoSeriousA11yViolations(page);
}

/** The text of the home page's "what needs me" sections, by section. */
async function sections(page: Page, waitFor = 'Open orders'): Promise<Record<string, string>> {
  await page.getByRole('region', { name: waitFor }).waitFor();
  const names = ['Waiting for your approval', 'Invoices due soon', 'Open orders', 'Order again'];
  const result: Record<string, string> = {};
  for (const name of names) {
    const region = page.getByRole('region', { name });
    if ((await region.count()) > 0) result[name] = ((await region.textContent()) ?? '').replace(/\s+/g, ' ');
  }
  return result;
}

/** The buyer's and the approver's home page: what needs them, with dates from the server's clock. */
describe('home page: what needs me (real gateway, demo data)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a portal admin the approval queue, open orders, invoices due soon and reorder shortcuts, whatever the browser clock says', async () => {
    const approver = await newPage(browser);
    await signIn(approver.page, 'approver@acme.example');
    // An approver (ORDERS_APPROVE only) sees just the queue.
    expect(Object.keys(await sections(approver.page, 'Waiting for your approval'))).toEqual([
      'Waiting for your approval',
    ]);
    await axe(approver.page);
    await approver.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@acme.example');
    const shown = await sections(page);
    expect(Object.keys(shown)).toEqual([
      'Waiting for your approval',
      'Invoices due soon',
      'Open orders',
      'Order again',
    ]);
    expect(shown['Open orders']).toMatch(/All orders \(\d+ open\)/);
    await axe(page);
    await screenshot(page, 'admin-home');
    await context.close();

    // A browser three months ahead sees the same invoices as due soon (the server's today counts).
    const ahead = await newPage(browser, { browserNow: '2027-03-01T09:00:00Z' });
    await signIn(ahead.page, 'admin@acme.example');
    expect(await sections(ahead.page)).toEqual(shown);
    await ahead.context.close();
  });

  it('shows a buyer open orders with their states and reorder shortcuts, at desktop and phone width', async () => {
    for (const width of [1280, 390]) {
      const { context, page } = await newPage(browser, { width, height: width > 400 ? 800 : 844 });
      await signIn(page, 'buyer@acme.example');
      const shown = await sections(page);
      expect(Object.keys(shown)).toContain('Order again');
      expect(Object.keys(shown)).not.toContain('Waiting for your approval');
      const open = page.getByRole('table', { name: 'Open orders' });
      if ((await open.count()) > 0) {
        // Each open order shows its state as text.
        const rows = await open.getByRole('row').count();
        expect(rows).toBeGreaterThan(0);
      }
      await page
        .getByRole('region', { name: 'Order again' })
        .getByRole('button', { name: /Reorder/ })
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await axe(page);
      await screenshot(page, `buyer-home-${width}`);
      if (width === 390) await readmeScreenshot(page, 'phone-home.png');
      await context.close();
    }
  });
});
