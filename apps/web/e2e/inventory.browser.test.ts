import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot, signIn } from './helpers';

async function axe(page: Page): Promise<void> {
  await page.mouse.move(5, 795);
  await expectNoSeriousA11yViolations(page);
}

async function settled(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
}

/** "1,650 gal" → 1650 (the table shows exact decimals; these are whole gallons). */
function gallons(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.-]/g, ''));
}

/**
 * The warehouse's stock work on the demo data: find a product, receive a delivery with a note,
 * adjust with a reason (a count below what orders hold is refused), and read the ledger.
 */
describe('inventory (real gateway, demo data)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the warehouse receives and adjusts stock and reads the ledger', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'warehouse@seller.example');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Inventory' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor();
    const table = page.getByRole('table', { name: 'Stock per product' });
    await table.getByRole('row').nth(1).waitFor();
    await axe(page);

    await page.getByLabel('SKU or name').fill('SOLV-55');
    const row = table.getByRole('row').filter({ hasText: 'SOLV-55' });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    const onHandBefore = gallons(await row.getByRole('cell').nth(2).textContent());
    const reserved = gallons(await row.getByRole('cell').nth(3).textContent());
    expect(onHandBefore).toBeGreaterThan(0);
    await screenshot(page, 'inventory');

    await row.getByRole('button', { name: 'Receive stock of SOLV-55' }).click();
    const receive = page.getByRole('dialog', { name: 'Receive SOLV-55' });
    await settled(receive);
    await receive.getByLabel('Quantity (gal)').fill('110');
    await receive.getByLabel('Note').fill('ACME Chem delivery 5521');
    await axe(page);
    await receive.getByRole('button', { name: 'Record receipt' }).click();
    await page.getByText('Received 110 gal of SOLV-55.').waitFor();
    await expect
      .poll(async () => gallons(await row.getByRole('cell').nth(2).textContent()))
      .toBe(onHandBefore + 110);

    // A count that would leave less on hand than orders hold is refused, and says why.
    await row.getByRole('button', { name: 'Adjust stock of SOLV-55' }).click();
    const adjust = page.getByRole('dialog', { name: 'Adjust SOLV-55' });
    await settled(adjust);
    await adjust.getByLabel('Change of on hand (gal)').fill(String(-(onHandBefore + 110 - reserved + 1)));
    await adjust.getByLabel('Reason').fill('Cycle count');
    await adjust.getByRole('button', { name: 'Record adjustment' }).click();
    await adjust.getByText(/reserved for orders; on hand cannot go below that/).waitFor();
    await screenshot(page, 'inventory-adjust-refused');
    await axe(page);
    await adjust.getByLabel('Change of on hand (gal)').fill('-5');
    await adjust.getByLabel('Reason').fill('Leaking drum');
    await adjust.getByRole('button', { name: 'Record adjustment' }).click();
    await page.getByText('Adjusted SOLV-55 by -5 gal.').waitFor();

    await row.getByRole('link', { name: 'SOLV-55' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stock of SOLV-55' }).waitFor();
    const ledger = page.getByRole('table', { name: 'Stock movements of SOLV-55, newest first' });
    const first = ledger.getByRole('row').nth(1);
    const second = ledger.getByRole('row').nth(2);
    await first.waitFor();
    expect(await first.textContent()).toContain('Adjustment');
    expect(await first.textContent()).toContain('Leaking drum');
    expect(await second.textContent()).toContain('Receipt');
    expect(await second.textContent()).toContain('ACME Chem delivery 5521');
    await page
      .getByRole('region', { name: 'Main warehouse' })
      .getByText(`On hand: ${(onHandBefore + 105).toLocaleString('en-US')}`)
      .waitFor();
    await screenshot(page, 'stock-ledger');
    await axe(page);
    await context.close();
  });
});
