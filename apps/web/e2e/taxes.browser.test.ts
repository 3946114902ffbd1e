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

/** The smallest valid PDF the upload accepts (it checks the magic bytes). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * Accounting configures taxes on the demo data: a regional rate (checked as typed), and a
 * customer's exemption with its uploaded certificate; both are undone at the end so the other
 * browser tests see the demo's taxes.
 */
describe('taxes (real gateway, demo data)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('accounting adds a regional rate and sets a customer exemption with its certificate', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'accounting@seller.example');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Taxes' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Taxes' }).waitFor();
    const table = page.getByRole('table', { name: 'Tax rates by class and place' });
    const standard = table.getByRole('row').filter({ hasText: 'Standard rate' });
    await standard.waitFor();
    expect(await standard.textContent()).toContain('Everywhere');
    expect(await standard.textContent()).toContain('8.25 %');
    await axe(page);
    await screenshot(page, 'tax-rates');

    // A region without its country is refused next to the field.
    await page.getByRole('button', { name: 'Add rate' }).click();
    const add = page.getByRole('dialog', { name: 'Add a tax rate' });
    await settled(add);
    await add.getByLabel('Tax class').fill('STANDARD');
    await add.getByLabel('Name').fill('Nevada sales tax');
    await add.getByLabel('Region').fill('NV');
    await add.getByLabel('Rate (%)').fill('6.85');
    await add.getByRole('button', { name: 'Save rate' }).click();
    await add.getByText('A region needs its country.').waitFor();
    await axe(page);
    await add.getByLabel('Country').fill('US');
    await add.getByRole('button', { name: 'Save rate' }).click();
    await page.getByText('Saved STANDARD at US-NV: 6.85 %.').waitFor();
    const nevada = table.getByRole('row').filter({ hasText: 'Nevada sales tax' });
    await nevada.waitFor();
    expect(await nevada.textContent()).toContain('US-NV');
    await screenshot(page, 'tax-rate-added');

    // The customer's exemption: certificate, validity and the scanned certificate.
    const customer = page.getByRole('combobox', { name: 'Customer' });
    await customer.click();
    await customer.fill('Acme');
    await page.getByRole('option', { name: 'Acme Restaurant Group' }).click();
    const card = page.getByRole('region', { name: 'Tax exemption of Acme Restaurant Group' });
    await card.getByText('Taxed', { exact: true }).waitFor();
    await card.getByLabel('Certificate number').fill('RC-2026-0999');
    await card.getByLabel('Valid from').fill('2026-01-01');
    await card.getByLabel('Valid until').fill('2026-12-31');
    await card.locator('input[type="file"]').setInputFiles({
      name: 'resale-certificate.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await card.getByRole('button', { name: 'Save exemption' }).click();
    await page.getByText('Saved the tax exemption of Acme Restaurant Group.').waitFor();
    await card.getByText('Exempt', { exact: true }).waitFor();
    await card.getByRole('link', { name: 'Tax exemption certificate RC-2026-0999' }).waitFor();
    await axe(page);
    await screenshot(page, 'tax-exemption');

    // Expired certificates no longer exempt: the badge says so.
    await card.getByLabel('Valid until').fill('2026-11-26');
    await card.getByRole('button', { name: 'Save exemption' }).click();
    await card.getByText('Certificate not valid today: taxed').waitFor();

    // Undo: the demo's taxes for the other tests.
    await card.getByRole('button', { name: 'Remove exemption' }).click();
    await page
      .getByRole('dialog', { name: 'Remove the exemption of Acme Restaurant Group?' })
      .getByRole('button', { name: 'Remove exemption' })
      .click();
    await page.getByText('Acme Restaurant Group is taxed again.').waitFor();
    await nevada.getByRole('button', { name: 'Delete rate STANDARD US-NV' }).click();
    await page
      .getByRole('dialog', { name: 'Delete the rate STANDARD US-NV?' })
      .getByRole('button', { name: 'Delete rate' })
      .click();
    await page.getByText('Deleted the rate STANDARD US-NV.').waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: 'Nevada sales tax' }).count()).toBe(0);
    await context.close();
  });
});
