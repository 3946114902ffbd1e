import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  animationsSettled,
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  readmeScreenshot,
  screenshot,
  signIn,
} from './helpers';

/** Follows a navbar link, then moves the pointer off it (axe judges the hovered link's colours). */
async function openFromNav(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name, exact: true })
    .click();
  await page.mouse.move(1270, 790);
}

describe('catalog, quick order and cart (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Globex's buyer: a company no other flow's test orders for.
  it('a buyer searches, adds to cart, quick-orders, fixes an MOQ issue and submits', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'buyer@globex.example');

    // Catalog: search, change units and see the base hint.
    await openFromNav(page, 'Catalog');
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('solvent blend');
    const solvent = page.getByRole('article', { name: 'Industrial solvent blend, 55 gal drum' });
    await solvent.waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /product/ })
          .textContent(),
      )
      .toMatch(/^1 product/);
    await solvent.getByLabel('Quantity').fill('2');
    await solvent.getByText('2 dr = 110 gal').waitFor();
    await screenshot(page, 'catalog');
    await expectNoSeriousA11yViolations(page);

    await solvent.getByRole('button', { name: /Volume prices/ }).click();
    await solvent.getByRole('table', { name: /Volume prices/ }).waitFor();
    await solvent.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByText(/Added 2 dr of Industrial solvent blend/).waitFor();
    await screenshot(page, 'product with breaks');
    await expectNoSeriousA11yViolations(page);

    // Quick order: three SKUs, one unknown.
    await openFromNav(page, 'Quick order');
    await page.getByLabel('Order lines').fill('GLV-NIT-M 5 bx\nNAP-DIN-WHT, 1, cs\nNOPE-404\t3');
    await page.getByRole('button', { name: 'Check lines' }).click();
    await page.getByRole('heading', { name: 'Recognised (2)' }).waitFor();
    await page.getByRole('heading', { name: 'Not recognised (1)' }).waitFor();
    await page.getByText(/Unknown SKU “NOPE-404”/).waitFor();
    await page.getByRole('cell', { name: '5 bx = 500 ea' }).waitFor();
    await screenshot(page, 'quick order');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Add 2 lines to cart' }).click();
    await page.getByText('Added 2 lines to the cart.').waitFor();

    // Cart: edit the napkins line below the minimum, see the issue, fix it.
    await openFromNav(page, 'Cart');
    await page.getByRole('heading', { level: 1, name: 'Cart' }).waitFor();
    const napkins = page.getByRole('listitem', { name: 'Dinner napkin, 2-ply, white' });
    await napkins.getByLabel('Unit').selectOption({ label: 'Each (ea)' });
    await napkins.getByLabel('Quantity').fill('500');
    await napkins.getByRole('button', { name: 'Update' }).click();
    await page
      .getByRole('listitem', { name: 'Dinner napkin, 2-ply, white' })
      .getByText(/minimum 3,000 ea/)
      .waitFor();
    await page.getByText(/issues? blocks? submitting/).waitFor();
    await screenshot(page, 'cart with issue');
    await expectNoSeriousA11yViolations(page);

    const fixed = page.getByRole('listitem', { name: 'Dinner napkin, 2-ply, white' });
    await fixed.getByLabel('Quantity').fill('3000');
    await fixed.getByRole('button', { name: 'Update' }).click();
    await page.getByText(/issues? blocks? submitting/).waitFor({ state: 'detached' });

    await page.getByLabel('PO number').fill('GX-PO-2026-77');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Order details saved.').waitFor();

    // README shot: the top of the cart, without the notifications (closed from the keyboard's reach).
    // Notifications also close by themselves, so the n-th one may be gone before it is clicked:
    // close the first one left until none is left.
    const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
    await expect
      .poll(async () => {
        if ((await dismiss.count()) > 0)
          await dismiss
            .first()
            .click({ timeout: 2_000 })
            .catch(() => undefined);
        return dismiss.count();
      })
      .toBe(0);
    await animationsSettled(page); // the exit transition
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(1270, 790);
    await readmeScreenshot(page, 'cart.png');

    await page.getByRole('button', { name: 'Submit order' }).click();
    await page.getByRole('heading', { level: 1, name: /Order placed|Sent for approval/ }).waitFor();
    await page.getByRole('link', { name: /View order (SO|DR)-\d+/ }).waitFor();
    await screenshot(page, 'submitted');
    await expectNoSeriousA11yViolations(page);

    await context.close();
  });

  it('captures the README screenshot of the catalog', async () => {
    const { context, page } = await newPage(browser, { width: 1280, height: 800 });
    await signIn(page, 'buyer@acme.example');
    await page.goto('/catalog');
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await page.getByRole('article').first().waitFor();
    await readmeScreenshot(page, 'catalog.png');
    await context.close();
  });

  it('a requisitioner sees catalog prices and "Send for approval" (tablet width)', async () => {
    const { context, page } = await newPage(browser, { width: 768, height: 1024 });
    await signIn(page, 'requisitioner@initech.example');
    await page.goto('/catalog');
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await page.getByText('Prices shown are catalog prices.').waitFor();
    await expect.poll(() => page.getByRole('button', { name: /Volume prices/ }).count()).toBe(0);
    await screenshot(page, 'requisitioner catalog');
    await expectNoSeriousA11yViolations(page);
    await page.goto('/cart');
    await page.getByRole('heading', { level: 1, name: 'Cart' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Submit order' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Send for approval' }).waitFor();
    await screenshot(page, 'requisitioner cart');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
