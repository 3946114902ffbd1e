import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  makeItMyCart,
  newPage,
  readmeScreenshot,
  reorderInto,
  screenshot,
  signIn,
} from './helpers';

describe('reorder (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an Acme buyer reorders an old invoiced order and sees the price changes', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'buyer@acme.example');

    // Find (through the API, as the buyer) an order from before the beverage promotion started
    // 20 days ago that contains a beverage: its reorder has a price change.
    const number = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({
          query:
            'query { orders(first: 100, filter: { statuses: [INVOICED, DELIVERED], to: "2026-11-01" }) { edges { node { number lines { sku } } } } }',
        }),
      });
      const json = (await response.json()) as {
        data: { orders: { edges: { node: { number: string; lines: { sku: string }[] } }[] } };
      };
      return json.data.orders.edges.find((e) => e.node.lines.some((l) => l.sku.startsWith('BEV-')))?.node
        .number;
    });
    expect(number).toBeTruthy();

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Orders' })
      .click();
    await page.mouse.move(900, 10);
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await page.getByRole('table', { name: 'Orders' }).getByRole('link').first().waitFor();
    await screenshot(page, 'order history');
    await expectNoSeriousA11yViolations(page);

    // The number filter and the status filter (a multi-select).
    await page.getByRole('textbox', { name: 'Order or PO number' }).fill(number!);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Invoiced' }).click();
    await page.getByRole('option', { name: 'Delivered' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('table', { name: 'Orders' }).getByRole('link').count()).toBe(1);
    await screenshot(page, 'filtered');

    await page.getByRole('table', { name: 'Orders' }).getByRole('link', { name: number! }).click();
    await page.getByRole('heading', { level: 1, name: `Order ${number}` }).waitFor();
    await page.getByRole('heading', { name: 'Status timeline' }).waitFor();
    await page.getByRole('heading', { name: 'Shipments' }).waitFor();
    await expect
      .poll(() => page.getByRole('link', { name: /opens in a new tab/ }).count())
      .toBeGreaterThan(0);
    await screenshot(page, 'past order');
    await expectNoSeriousA11yViolations(page);
    // README screenshot: the order page with its timeline and shipment, at 1280x800.
    await readmeScreenshot(page, 'order.png');
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, 'past order tablet');
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // E-mails link to the order by its number: the same page opens.
    await page.goto(`/orders/${number!}`);
    await page.getByRole('heading', { level: 1, name: `Order ${number}` }).waitFor();
    await page.getByRole('heading', { name: 'Status timeline' }).waitFor();

    // Only the actions the API offers: a past order cannot be cancelled.
    expect(await page.getByRole('button', { name: 'Cancel order' }).count()).toBe(0);
    await reorderInto(page, 'Open a separate draft');
    const changes = page.getByRole('status').filter({ hasText: /^Reordered/ });
    await changes.waitFor();
    await page.getByRole('heading', { level: 1, name: /^Order DR-/ }).waitFor();
    const text = await changes.innerText();
    expect(text).toContain('Price changed');
    expect(text).toContain('→');
    await makeItMyCart(page);
    await screenshot(page, 'reorder price changes');
    await expectNoSeriousA11yViolations(page);

    await changes.getByRole('link', { name: 'Review it in the cart' }).click();
    await page.getByRole('heading', { level: 1, name: /cart/i }).waitFor();
    await screenshot(page, 'acme cart');
    await context.close();
  });

  it('a buyer reorders a delivered order and submits it from the cart', async () => {
    const { context, page } = await newPage(browser);
    // Globex: kept apart from the Acme orders the other tests of this file and others change.
    await signIn(page, 'buyer@globex.example');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Orders' })
      .click();
    await page.mouse.move(900, 10);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Delivered' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('table', { name: 'Orders' }).getByText('Shipped').count()).toBe(0);
    await page.getByRole('table', { name: 'Orders' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Order SO-/ }).waitFor();
    await reorderInto(page, 'Open a separate draft');
    const changes = page.getByRole('status').filter({ hasText: /^Reordered/ });
    await changes.waitFor();
    await makeItMyCart(page);
    await screenshot(page, 'reordered');
    await expectNoSeriousA11yViolations(page);

    await changes.getByRole('link', { name: 'Review it in the cart' }).click();
    await page.getByRole('heading', { level: 1, name: /cart/i }).waitFor();
    // The cart page is the cart area's (its own browser test runs axe on it).
    await screenshot(page, 'cart');
    await page.getByRole('button', { name: 'Submit order' }).click();
    const result = page.getByRole('status').filter({ hasText: /is placed|waiting for approval/ });
    await result.waitFor();
    await screenshot(page, 'submitted');
    await context.close();
  });
  it('a buyer saves an order as a template, edits it and makes a draft from it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'buyer@acme.example');
    await page.goto('/orders');
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Delivered' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('table', { name: 'Orders' }).getByText('Shipped').count()).toBe(0);
    await page.getByRole('table', { name: 'Orders' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Order SO-/ }).waitFor();

    await page.getByRole('button', { name: 'Save as template' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Template name/ }).fill('Kitchen restock');
    await dialog.getByRole('switch', { name: /Share with my company/ }).check({ force: true });
    await screenshot(page, 'save as template');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Template “Kitchen restock” saved.').waitFor();

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Templates' })
      .click();
    await page.mouse.move(900, 10);
    await page.getByRole('heading', { level: 1, name: 'Order templates' }).waitFor();
    await page.getByRole('link', { name: 'Edit Kitchen restock' }).waitFor();
    await screenshot(page, 'templates');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Edit Kitchen restock' }).click();
    await page.getByRole('heading', { level: 1, name: /Edit template/ }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Kitchen restock, weekly');
    await screenshot(page, 'edit template');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByRole('heading', { level: 1, name: 'Order templates' }).waitFor();
    await page.getByRole('button', { name: 'Make a draft from Kitchen restock, weekly' }).click();
    await page
      .getByRole('dialog', { name: 'Draft from Kitchen restock, weekly' })
      .getByRole('button', { name: 'Open a separate draft' })
      .click();
    const outcome = page.getByRole('status').filter({ hasText: /Draft DR-/ });
    await outcome.waitFor();
    await screenshot(page, 'draft from template');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
