import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot, signIn } from './helpers';

const WIDTH = 390;

/** axe with the mouse parked in a corner (no hover colours). */
async function axe(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await expectNoSeriousA11yViolations(page);
}

/** The page scrolls no wider than the phone (wide tables scroll inside their own regions). */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} scrolls sideways`).toBeLessThanOrEqual(WIDTH);
}

/** An action can be reached: scrolled to, it lies within the phone's width, and is enabled. */
async function expectReachable(control: Locator, what: string): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  expect(box, `${what} has no box`).not.toBeNull();
  expect(box!.x, `${what} starts off screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends off screen`).toBeLessThanOrEqual(WIDTH);
  expect(await control.isEnabled(), `${what} is disabled`).toBe(true);
}

/** Picks an option of a Mantine Select by typing and clicking it. */
async function pick(scope: Locator, page: Page, label: string, type: string, option: string | RegExp) {
  const input = scope.getByRole('textbox', { name: label }).or(scope.getByRole('combobox', { name: label }));
  await input.first().click();
  if (type) await input.first().fill(type);
  await page.getByRole('option', { name: option }).first().click();
}

describe('back office at phone width (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('products (list, page and edit form), pricelists with the simulator and customers are readable and usable at 390 px', async () => {
    const { context, page } = await newPage(browser, { width: WIDTH, height: 844 });
    await signIn(page, 'admin@seller.example');

    // Products: the list, one product's page, and its edit form (opened and closed, nothing saved).
    await page.goto('/staff/products');
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    const firstRow = page.getByRole('table').first().getByRole('row').nth(1);
    await firstRow.waitFor();
    await expectNoSidewaysScroll(page, 'the products list');
    const edit = firstRow.getByRole('button', { name: /^Edit / });
    await expectReachable(edit, 'Edit on the first product');
    const sku = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Edit /, '');
    await axe(page);
    await screenshot(page, 'products phone');
    await firstRow.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${sku} · `) }).waitFor();
    await expectNoSidewaysScroll(page, 'the product page');
    await expectReachable(page.getByRole('button', { name: 'Edit product' }), 'Edit product');
    await axe(page);
    await screenshot(page, 'product page phone');
    await page.getByRole('button', { name: 'Edit product' }).click();
    const form = page.getByRole('dialog');
    await form.waitFor();
    await expect.poll(() => form.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await expectNoSidewaysScroll(page, 'the product form');
    await expectReachable(form.getByRole('button', { name: /^Save/ }), 'Save in the product form');
    await axe(page);
    await screenshot(page, 'product form phone');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    // Pricelists: the rules and the simulator, used at phone width.
    const productName = (await page.getByRole('heading', { level: 1 }).innerText()).split(' · ')[1]!;
    await page.goto('/staff/pricelists');
    await page.getByRole('heading', { level: 1, name: 'Pricelists' }).waitFor();
    await page.getByRole('table').first().getByRole('row').nth(1).waitFor();
    await expectNoSidewaysScroll(page, 'the pricelists page');
    await expectReachable(page.getByRole('button', { name: 'Add rule' }), 'Add rule');
    const simulator = page.getByRole('region', { name: 'Price simulator' });
    await pick(simulator, page, 'Company', 'Acme', 'Acme Restaurant Group');
    await pick(simulator, page, 'Product', sku, `${sku} · ${productName}`);
    await simulator.getByLabel('Quantity').fill('3');
    const result = simulator.getByRole('table', { name: 'Simulated price' });
    // Priced, or said to be outside the company's catalog: either way the answer is shown.
    await result.or(simulator.getByRole('alert')).first().waitFor();
    await expectNoSidewaysScroll(page, 'the price simulator');
    await expectReachable(result.or(simulator.getByRole('alert')).first(), 'the simulated price');
    await axe(page);
    await screenshot(page, 'pricelists simulator phone');

    // Customers: the list and one customer's page.
    await page.goto('/staff/customers');
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    const customer = page.getByRole('table').first().getByRole('row').nth(1);
    await customer.waitFor();
    await expectNoSidewaysScroll(page, 'the customers list');
    await axe(page);
    await screenshot(page, 'customers phone');
    await customer.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Customers' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page, "a customer's page");
    await axe(page);
    await screenshot(page, 'customer phone');
    await context.close();
  });
});
