import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  readmeScreenshot,
  screenshot,
  signIn,
} from './helpers';

/** axe with the mouse parked in a corner, so hover colours of whatever it last clicked do not count. */
async function axe(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await expectNoSeriousA11yViolations(page);
}

/** Waits for a modal's open transition to finish (screenshots and axe see the final colours). */
async function settled(dialog: Locator): Promise<Locator> {
  await dialog.waitFor();
  await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  return dialog;
}

async function openFromNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
  await page.mouse.move(5, 5);
}

/** Picks an option of a Mantine Select (searchable or not) by typing and clicking it. */
async function pick(scope: Page | Locator, page: Page, label: string, type: string, option: string | RegExp) {
  const input = scope.getByRole('textbox', { name: label }).or(scope.getByRole('combobox', { name: label }));
  await input.first().click();
  if (type) await input.first().fill(type);
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

/** A 160×120 PNG drawn by the browser (a tile pattern), as bytes to upload. */
async function drawPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    const g = canvas.getContext('2d')!;
    for (let x = 0; x < 4; x++)
      for (let y = 0; y < 3; y++) {
        g.fillStyle = (x + y) % 2 ? '#c8d6e5' : '#576574';
        g.fillRect(x * 40, y * 40, 40, 40);
      }
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

const SKU = 'TILE-30';
const NAME = 'Ceramic floor tile 30 cm';

/**
 * The seller's back office: a product with a picture, a pricelist rule and the price simulator,
 * a unit of area, a new customer set up with terms, an address, an approval rule and a user;
 * then the same screens (and the buyer's gallery) at phone width.
 */
describe('staff back office: catalog, pricing and customers (real gateway, demo data)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a product with a picture, prices it with a rule and simulates the price', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@seller.example');
    await openFromNav(page, 'Products');
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    await page.getByRole('table', { name: 'Products' }).getByRole('row').nth(1).waitFor();
    await expect.poll(() => page.getByText(/^1–25 of \d+ products$/).count()).toBe(1);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(/^26–50 of \d+ products$/).waitFor();
    await axe(page);

    await page.getByRole('button', { name: 'New product' }).click();
    const dialog = await settled(page.getByRole('dialog', { name: 'New product' }));
    await dialog.getByLabel('SKU').fill(SKU);
    await dialog.getByLabel('Name').fill(NAME);
    await pick(dialog, page, 'Category', 'Kitchen', 'Kitchen');
    await pick(dialog, page, 'Base unit', 'Each', /^Each \(ea, count\)$/);
    await dialog.getByLabel('List price').fill('2.40');
    await dialog.getByLabel('Cost').fill('1.10');
    await screenshot(page, 'new-product');
    await axe(page);
    await dialog.getByRole('button', { name: 'Create product' }).click();
    await page.getByRole('heading', { level: 1, name: `${SKU} · ${NAME}` }).waitFor();
    await page.getByText('No pictures yet.').waitFor();

    // A picture, uploaded to the documents store, shows as a thumbnail that loads through /documents.
    const png = await drawPng(page);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'tile.png', mimeType: 'image/png', buffer: png });
    await page.getByLabel('Caption').fill('Tile, top view');
    await page.getByRole('button', { name: 'Upload picture' }).click();
    const thumbnail = page.getByRole('button', { name: 'Show picture: Tile, top view' });
    await thumbnail.waitFor();
    await expect
      .poll(() => thumbnail.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(160);
    await thumbnail.click();
    const large = await settled(page.getByRole('dialog', { name: 'Tile, top view' }));
    await screenshot(page, 'picture-large');
    await large.getByRole('button', { name: 'Close' }).click();
    await large.waitFor({ state: 'detached' });
    await axe(page);
    await screenshot(page, 'product-with-picture');

    // A launch price for Gold tier customers.
    await openFromNav(page, 'Pricelists');
    await page.getByRole('heading', { level: 1, name: 'Pricelists' }).waitFor();
    await pick(page, page, 'Pricelist', '', /^Gold tier/);
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = await settled(page.getByRole('dialog', { name: 'Add a pricing rule' }));
    await rule.getByLabel('Name (staff only)').fill('Tile launch price');
    await rule.getByLabel('What buyers read').fill('Launch offer');
    await pick(rule, page, 'Product', SKU, `${SKU} · ${NAME}`);
    await pick(rule, page, 'Price', '', 'Fixed price');
    await rule.getByLabel('Price per base unit').fill('1.95');
    await axe(page);
    await rule.getByRole('button', { name: 'Add rule' }).click();
    await rule.waitFor({ state: 'detached' });
    const rules = page.getByRole('table', { name: /^Rules of Gold tier/ });
    await rules.getByRole('row', { name: /Tile launch price/ }).waitFor();

    // The simulator: Acme (on Gold tier) buying 10 tiles gets the launch price, and reads why.
    const simulator = page.getByRole('region', { name: 'Price simulator' });
    await pick(simulator, page, 'Company', 'Acme', 'Acme Restaurant Group');
    await pick(simulator, page, 'Product', SKU, `${SKU} · ${NAME}`);
    await simulator.getByLabel('Quantity').fill('10');
    const result = simulator.getByRole('table', { name: 'Simulated price' });
    await result.getByRole('row', { name: /Rule applied Tile launch price/ }).waitFor();
    await expect.poll(() => result.getByRole('row', { name: /Unit price/ }).textContent()).toContain('$1.95');
    await expect
      .poll(() => result.getByRole('row', { name: /Total for 10 ea/ }).textContent())
      .toContain('$19.50');
    expect(await result.getByRole('row', { name: /The buyer reads/ }).textContent()).toContain(
      'Launch offer',
    );
    await axe(page);
    await screenshot(page, 'price-simulator');
    await readmeScreenshot(page, 'back-office-pricing.png');

    // Removing the rule: Acme pays the Gold tier discount again.
    await rules.getByRole('button', { name: 'Remove rule Tile launch price' }).click();
    await rules.getByRole('row', { name: /Tile launch price/ }).waitFor({ state: 'detached' });
    await simulator.getByLabel('Quantity').fill('11');
    await result.getByRole('row', { name: /Total for 11 ea/ }).waitFor();
    expect(await result.getByRole('row', { name: /Rule applied/ }).textContent()).not.toContain(
      'Tile launch',
    );
    await context.close();
  });

  it('adds units of area and sets up a new customer: terms, credit, address, approval rule, user', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'admin@seller.example');
    await openFromNav(page, 'Catalog setup');
    await page.getByRole('heading', { level: 1, name: 'Catalog setup' }).waitFor();
    await page.getByRole('button', { name: 'Add unit' }).click();
    let dialog = await settled(page.getByRole('dialog', { name: 'New unit of measure' }));
    await dialog.getByLabel('Name').fill('Square foot');
    await dialog.getByLabel('Symbol').fill('ft²');
    await dialog.getByLabel('Category').fill('area');
    await dialog.getByLabel('Ratio').fill('0.09290304');
    await axe(page);
    await dialog.getByRole('button', { name: 'Add unit' }).click();
    await dialog.waitFor({ state: 'detached' });
    const units = page.getByRole('region', { name: 'Units of measure table' });
    await units.getByRole('row', { name: /Square foot ft² area 0.09290304/ }).waitFor();
    await axe(page);
    await screenshot(page, 'catalog-setup');

    await openFromNav(page, 'Customers');
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await page.getByLabel('Company name').fill('Acme');
    await page
      .getByRole('table', { name: 'Customers' })
      .getByRole('link', { name: 'Acme Restaurant Group' })
      .waitFor();
    await axe(page);
    await page.getByRole('button', { name: 'New customer' }).click();
    dialog = await settled(page.getByRole('dialog', { name: 'New customer' }));
    await dialog.getByLabel('Company name').fill('Umbrella Hotels');
    await dialog.getByRole('button', { name: 'Create customer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Umbrella Hotels' }).waitFor();

    await page.getByRole('button', { name: 'Edit terms' }).click();
    dialog = await settled(page.getByRole('dialog', { name: 'Terms of Umbrella Hotels' }));
    await pick(dialog, page, 'Pricelist', '', /^Gold tier/);
    await pick(dialog, page, 'Payment term', '', /Net 30/);
    await dialog.getByLabel('Credit limit').fill('5000');
    await dialog.getByLabel('Access groups').fill('hotels');
    await dialog.getByLabel('Access groups').press('Enter');
    await axe(page);
    await dialog.getByRole('button', { name: 'Save customer' }).click();
    await dialog.waitFor({ state: 'detached' });
    const terms = page.getByRole('region', { name: 'Terms and credit' });
    await terms.getByText('Pricelist: Gold tier').waitFor();
    await terms.getByText('Credit limit: $5,000.00').waitFor();
    await terms.getByText('Access groups: hotels').waitFor();

    await page.getByRole('button', { name: 'Add address' }).click();
    dialog = await settled(page.getByRole('dialog', { name: 'New address for Umbrella Hotels' }));
    await dialog.getByLabel('Label').fill('Front desk');
    await dialog.getByLabel('Street').fill('1 Harbour Road');
    await dialog.getByLabel('City').fill('Raccoon City');
    await dialog.getByLabel('Postal code').fill('10001');
    await dialog.getByRole('button', { name: 'Add address' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Addresses' }).getByText('Front desk').waitFor();

    await page.getByRole('button', { name: 'Add approval rule' }).click();
    dialog = await settled(page.getByRole('dialog', { name: 'Approval rule for Umbrella Hotels' }));
    await dialog.getByLabel('Order total above (USD)').fill('1000');
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Approval rules' }).getByText('Orders above $1,000.00').waitFor();

    await page.getByRole('button', { name: 'Add user' }).click();
    dialog = await settled(
      page.getByRole('dialog', { name: 'Portal access for a contact of Umbrella Hotels' }),
    );
    await dialog.getByLabel('Name').fill('Ada Lind');
    await dialog.getByLabel('E-mail').fill('ada@umbrella.example');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: 'Users of Umbrella Hotels' })
      .getByText('ada@umbrella.example')
      .waitFor();
    await axe(page);
    await screenshot(page, 'customer-set-up');
    await readmeScreenshot(page, 'back-office-customer.png');
    await context.close();
  });

  it('at phone width: the buyer sees the picture gallery, staff screens stay usable', async () => {
    const buyer = await newPage(browser, { width: 390, height: 844 });
    await signIn(buyer.page, 'buyer@acme.example');
    await buyer.page.goto('/catalog');
    await buyer.page.getByLabel('Search').first().fill(SKU);
    await buyer.page.getByRole('link', { name: NAME }).click();
    await buyer.page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    const thumbnail = buyer.page.getByRole('button', { name: 'Show picture: Tile, top view' });
    await expect
      .poll(() => thumbnail.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBe(160);
    // Not a download in the documents list: it is a picture.
    expect(await buyer.page.getByText('Certificates and documents').count()).toBe(0);
    await axe(buyer.page);
    await screenshot(buyer.page, 'product-page-phone');
    await buyer.context.close();

    const staff = await newPage(browser, { width: 390, height: 844 });
    await signIn(staff.page, 'admin@seller.example');
    for (const [path, heading] of [
      ['/staff/products', 'Products'],
      ['/staff/pricelists', 'Pricelists'],
      ['/staff/customers', 'Customers'],
    ] as const) {
      await staff.page.goto(path);
      await staff.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await staff.page.getByRole('table').first().getByRole('row').nth(1).waitFor();
      // Nothing wider than the screen but the tables' own scroll regions.
      const overflow = await staff.page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(390);
      await axe(staff.page);
      await screenshot(staff.page, `${heading}-phone`);
    }
    await staff.context.close();
  });
});
