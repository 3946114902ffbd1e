import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  graphqlFromPage,
  launchBrowser,
  newPage,
  reorderInto,
  screenshot,
  signIn,
} from './helpers';

type Ids = { viewer: { cart: { id: string; number: string } | null } };
const CART = 'query { viewer { cart { id number } } }';
const CANCEL = 'mutation($id: ID!) { cancelOrder(input: { orderId: $id }) { userErrors { message } } }';
const SET_CART = 'mutation($id: ID!) { setActiveCart(input: { orderId: $id }) { userErrors { message } } }';

/** The buyer's cart before the test, to give back at its end. */
async function cartOf(page: Page) {
  return (await graphqlFromPage<Ids>(page, CART)).viewer.cart;
}

describe('one active cart per buyer (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a buyer reorders into a separate draft or into the cart, switches carts, and is warned before losing typed details', async () => {
    const { context, page } = await newPage(browser);
    // Initech's buyer: the other browser tests order as Acme and Globex.
    await signIn(page, 'buyer@initech.example');
    const before = await cartOf(page);
    const made: string[] = [];
    try {
      // A cart (an empty draft), started through the API as "Add to cart" does.
      const started = await graphqlFromPage<{ createDraftOrder: { order: { id: string; number: string } } }>(
        page,
        `mutation { createDraftOrder(input: { lines: [] }) { order { id number } } }`,
      );
      const cartDraft = started.createDraftOrder.order;
      made.push(cartDraft.id);

      const delivered = await graphqlFromPage<{
        orders: { edges: { node: { id: string; number: string } }[] };
      }>(
        page,
        'query { orders(first: 1, filter: { statuses: [DELIVERED, INVOICED] }) { edges { node { id number } } } }',
      );
      const source = delivered.orders.edges[0]!.node;
      await page.goto(`/orders/${source.id}`);
      await page.getByRole('heading', { level: 1, name: `Order ${source.number}` }).waitFor();

      // The choice, with the cart it would go to.
      await page.getByRole('button', { name: 'Reorder' }).click();
      const dialog = page.getByRole('dialog', { name: `Reorder ${source.number}` });
      await dialog.getByRole('button', { name: `Add to my cart (${cartDraft.number})` }).waitFor();
      await screenshot(page, 'reorder choice');
      await expectNoSeriousA11yViolations(page);
      await dialog.getByRole('button', { name: 'Open a separate draft' }).click();

      // A separate draft: not the cart until the buyer says so.
      const separateHeading = page.getByRole('heading', { level: 1, name: /^Order DR-/ });
      await separateHeading.waitFor();
      const separateNumber = (await separateHeading.innerText()).replace('Order ', '');
      expect(separateNumber).not.toBe(cartDraft.number);
      made.push(new URL(page.url()).pathname.split('/').pop()!);
      await page.getByText('This is a separate draft').waitFor();
      expect((await cartOf(page))?.number).toBe(cartDraft.number);
      await page.getByRole('button', { name: 'Make this my cart' }).click();
      await page.getByText('Your cart', { exact: true }).waitFor();
      await screenshot(page, 'draft is the cart');
      await expectNoSeriousA11yViolations(page);
      await page.goto('/cart');
      await page.getByText(`Draft ${separateNumber}`).waitFor();

      // Into the cart: the same lines again, added to the cart's lines.
      await page.goto(`/orders/${source.id}`);
      await page.getByRole('heading', { level: 1, name: `Order ${source.number}` }).waitFor();
      await reorderInto(page, new RegExp(`^Add to my cart \\(${separateNumber}\\)`));
      await page.getByRole('heading', { level: 1, name: `Order ${separateNumber}` }).waitFor();
      await page.getByText('This draft is your cart.').waitFor();

      // Unsaved details warn before leaving the cart; saved or untouched ones do not.
      await page.goto('/cart');
      await page.getByText(`Draft ${separateNumber}`).waitFor();
      const po = page.getByRole('textbox', { name: 'PO number' });
      await po.fill('PO-UNSAVED-1');
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      await nav.getByRole('link', { name: 'Catalog' }).click();
      const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
      await leave.waitFor();
      await screenshot(page, 'unsaved details');
      await expectNoSeriousA11yViolations(page);
      await leave.getByRole('button', { name: 'Stay on this page' }).click();
      await leave.waitFor({ state: 'hidden' });
      expect(await po.inputValue()).toBe('PO-UNSAVED-1');
      expect(new URL(page.url()).pathname).toBe('/cart');
      await po.fill('');
      await nav.getByRole('link', { name: 'Catalog' }).click();
      await page.waitForURL(/\/catalog/);
      expect(await page.getByRole('dialog', { name: 'Leave without saving?' }).count()).toBe(0);
    } finally {
      for (const id of made) await graphqlFromPage(page, CANCEL, { id });
      if (before) await graphqlFromPage(page, SET_CART, { id: before.id }).catch(() => undefined);
      await context.close();
    }
  });

  it('a buyer adds a template to the cart, and opens the template "Place order" confirmation with its priced lines', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'buyer@initech.example');
    const before = await cartOf(page);
    const made: string[] = [];
    let templateId: string | null = null;
    try {
      const saved = await graphqlFromPage<{ saveOrderTemplate: { template: { id: string } } }>(
        page,
        `mutation($lines: [OrderLineInput!]) { saveOrderTemplate(input: { name: "Browser test weekly", lines: $lines }) { template { id } } }`,
        {
          lines: (
            await graphqlFromPage<{
              products: {
                edges: {
                  node: { sku: string; minimumOrderQuantity: string | null; orderMultiple: string | null };
                }[];
              };
            }>(
              page,
              'query { products(first: 50, filter: { inStockOnly: true }) { edges { node { sku minimumOrderQuantity orderMultiple } } } }',
            )
          ).products.edges
            // One each of a product without a minimum or a case multiple: nothing blocks placing it.
            .filter((e) => e.node.minimumOrderQuantity === null && e.node.orderMultiple === null)
            .slice(0, 1)
            .map((e) => ({ sku: e.node.sku, quantity: '1' })),
        },
      );
      templateId = saved.saveOrderTemplate.template.id;
      await page.goto('/templates');
      await page.getByRole('heading', { level: 1, name: 'Order templates' }).waitFor();

      // "Make a draft" asks where the lines go.
      await page.getByRole('button', { name: 'Make a draft from Browser test weekly' }).click();
      const choice = page.getByRole('dialog', { name: 'Draft from Browser test weekly' });
      await choice.getByRole('button', { name: /^Add to (my|a new) cart/ }).click();
      const added = page.getByRole('status').filter({ hasText: 'Added to your cart' });
      await added.waitFor();
      const cart = await cartOf(page);
      expect(cart).not.toBeNull();
      if (cart!.id !== before?.id) made.push(cart!.id);
      await screenshot(page, 'template added to cart');
      await expectNoSeriousA11yViolations(page);

      // "Place order" confirms with the lines priced by the server, and places only on confirm.
      await page.getByRole('button', { name: 'Place order from Browser test weekly' }).click();
      const confirm = page.getByRole('dialog', { name: 'Place order from Browser test weekly?' });
      await confirm.getByRole('table', { name: 'Lines to order' }).waitFor();
      await confirm.getByRole('table', { name: 'Order total' }).getByText('Total', { exact: true }).waitFor();
      await screenshot(page, 'place order confirmation');
      await expectNoSeriousA11yViolations(page);
      // Cancel places nothing: the dialog closes and no "Placed" outcome appears.
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await confirm.waitFor({ state: 'hidden' });
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: /Placed SO-/ })
          .count(),
      ).toBe(0);
    } finally {
      for (const id of made) await graphqlFromPage(page, CANCEL, { id });
      if (templateId)
        await graphqlFromPage(
          page,
          'mutation($id: ID!) { deleteOrderTemplate(input: { templateId: $id }) { deletedId } }',
          { id: templateId },
        );
      if (before) await graphqlFromPage(page, SET_CART, { id: before.id }).catch(() => undefined);
      await context.close();
    }
  });
});
