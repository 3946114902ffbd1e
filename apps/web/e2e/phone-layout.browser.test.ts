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

const PHONE = { width: 390, height: 844 };

async function axe(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await expectNoSeriousA11yViolations(page);
}

/** How far the page is wider than the viewport (0: no horizontal page scrolling). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** The innermost elements reaching past the right edge of the viewport, for the failure message. */
async function widestElements(page: Page): Promise<string> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (e: Element) => {
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const past = [...document.querySelectorAll('body *')].filter(
      (e) => e.getBoundingClientRect().right > width + 0.5 && e.getClientRects().length > 0 && !clipped(e),
    );
    const innermost = past.filter((e) => !past.some((other) => other !== e && e.contains(other)));
    return innermost
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').slice(0, 30)}"`,
      )
      .join('; ');
  });
}

/** Whether the whole of the element is inside the viewport as it is scrolled now. */
async function inViewport(
  page: Page,
  name: string,
  locator: ReturnType<Page['locator']>,
): Promise<string | null> {
  const box = await locator.boundingBox();
  if (!box) return `${name}: not rendered`;
  const { width, height } = page.viewportSize()!;
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
  return inside ? null : `${name}: at ${JSON.stringify(box)}, outside ${width}x${height}`;
}

/** Switches the catalog to its list view (the segmented control's radio input is visually hidden). */
async function showAsList(page: Page): Promise<void> {
  await page
    .locator('label')
    .filter({ hasText: /^List$/ })
    .click();
}

/**
 * Opens a page at phone width, waits for its heading, and records it: no horizontal page
 * overflow (a wide table scrolls inside its own region), no serious axe violations, a screenshot.
 */
async function checkPage(
  page: Page,
  path: string,
  heading: string | RegExp,
  overflowing: string[],
  ready?: () => Promise<void>,
): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await ready?.();
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) {
    overflowing.push(`${path}: ${overflow}px wider than the viewport (${await widestElements(page)})`);
  }
  await screenshot(page, `phone ${path}`);
  await axe(page);
}

/** The buyer's pages at 390x844 (a phone), and the catalog's compact list view. */
describe('phone layout and the catalog list view (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Initech's buyer: no other flow's test changes its cart.
  it('a buyer switches the catalog to the list view and adds a product from it (desktop)', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'buyer@initech.example');
    await page.goto('/catalog');
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await page.getByRole('article').first().waitFor();
    await showAsList(page);
    const list = page.getByRole('table', { name: 'Products' });
    await list.waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('nitrile');
    const row = list.getByRole('row', { name: /Nitrile/ }).first();
    await row.waitFor();
    await expect.poll(() => list.getByRole('row').count()).toBeLessThan(5);
    const name = (await row.getByRole('link').first().textContent())!;
    await row.getByRole('textbox', { name: /Quantity/ }).fill('2');
    await row.getByRole('button', { name: /^Add .* to cart$/ }).click();
    await page
      .getByText(new RegExp(`Added 2 .* of ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
      .waitFor();
    await screenshot(page, 'catalog list view');
    await axe(page);

    // The choice is remembered (per user, in this browser).
    await page.reload();
    await page.getByRole('table', { name: 'Products' }).waitFor();
    expect(await page.getByRole('radio', { name: 'List' }).isChecked()).toBe(true);
    await context.close();
  });

  it('at 390 px the buyer pages do not overflow, and the cart keeps its total and Submit in view', async () => {
    const overflowing: string[] = [];
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, 'buyer@initech.example');

    await checkPage(page, '/', /./, overflowing, () =>
      page.getByRole('region', { name: 'Order again' }).waitFor(),
    );
    await checkPage(page, '/catalog', 'Catalog', overflowing, () =>
      page.getByRole('article').first().waitFor(),
    );
    await showAsList(page);
    await page.getByRole('table', { name: 'Products' }).waitFor();
    if ((await horizontalOverflow(page)) > 0) overflowing.push('/catalog (list view)');
    await screenshot(page, 'phone catalog list');
    await axe(page);
    const productPath = await page
      .getByRole('table', { name: 'Products' })
      .getByRole('link')
      .first()
      .getAttribute('href');
    await checkPage(page, productPath!, /./, overflowing);
    await checkPage(page, '/quick-order', 'Quick order', overflowing);
    await page.getByLabel('Order lines').fill('GLV-NIT-M 5 bx\nNOPE-404 3');
    await page.getByRole('button', { name: 'Check lines' }).click();
    await page.getByRole('heading', { name: 'Not recognised (1)' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone quick order checked');
    await axe(page);

    // The cart: the total and the submit button stay reachable wherever the page is scrolled.
    await checkPage(page, '/cart', 'Cart', overflowing, () => page.getByRole('listitem').first().waitFor());
    const summary = page.getByRole('region', { name: 'Cart total' });
    const total = summary.getByText(/^(Total|Estimated total)/);
    const submit = summary.getByRole('button', { name: /Submit order|Send for approval/ });
    const misplaced: string[] = [];
    for (const where of ['top', 'bottom'] as const) {
      await page.evaluate((to) => {
        const root = document.scrollingElement ?? document.documentElement;
        root.scrollTo(0, to === 'top' ? 0 : root.scrollHeight);
      }, where);
      await page.waitForFunction((to) => {
        const root = document.scrollingElement ?? document.documentElement;
        return to === 'top'
          ? root.scrollTop === 0
          : root.scrollTop + root.clientHeight >= root.scrollHeight - 1;
      }, where);
      for (const [name, locator] of [
        ['total', total],
        ['submit', submit],
      ] as const) {
        const problem = await inViewport(page, `${name} (scrolled to the ${where})`, locator);
        if (problem) misplaced.push(problem);
      }
      if (where === 'top') await readmeScreenshot(page, 'phone-cart.png');
      await page.screenshot({ path: await screenshot(page, `phone cart ${where}`), fullPage: false });
    }
    expect(misplaced).toEqual([]);

    await checkPage(page, '/orders', 'Orders', overflowing, () => page.getByRole('table').first().waitFor());
    const orderPath = await page.getByRole('table').first().getByRole('link').first().getAttribute('href');
    await checkPage(page, orderPath!, /./, overflowing);
    await context.close();

    // Invoices and approvals: Initech's portal admin (the buyer has neither).
    const admin = await newPage(browser, PHONE);
    await signIn(admin.page, 'admin@initech.example');
    await checkPage(admin.page, '/invoices', 'Invoices', overflowing);
    await checkPage(admin.page, '/approvals', /Approvals/, overflowing);
    await admin.context.close();

    expect(overflowing).toEqual([]);
  });
});
