import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  animationsSettled,
  expectNoSeriousA11yViolations,
  launchBrowser,
  newPage,
  screenshot,
  signIn,
} from './helpers';

describe('first sign-in walkthrough (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('appears on first sign-in, can be dismissed and reopened', async () => {
    const { context, page } = await newPage(browser, { walkthrough: true });
    await signIn(page, 'viewer@globex.example');
    const tour = page.getByRole('dialog', { name: 'Welcome to the buyer portal' });
    await tour.waitFor();
    await screenshot(page, 'tour first step');
    await expectNoSeriousA11yViolations(page);
    await tour.getByRole('button', { name: 'Next' }).click();
    await screenshot(page, 'tour second step');
    await tour.getByRole('button', { name: 'Skip the tour' }).click();
    await tour.waitFor({ state: 'detached' });

    // Dismissal is remembered: a reload does not show it again.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    // The home page has rendered (and with it the walkthrough's decision, made on mount).
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await animationsSettled(page);
    expect(await page.getByRole('dialog', { name: 'Welcome to the buyer portal' }).count()).toBe(0);

    // Reopened from the account menu.
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Take the tour' }).click();
    await tour.waitFor();
    await screenshot(page, 'tour reopened');
    await page.keyboard.press('Escape');
    await tour.waitFor({ state: 'detached' });
    await context.close();
  });

  it('a buyer sees the ordering and RFQ steps', async () => {
    const { context, page } = await newPage(browser, { walkthrough: true });
    await signIn(page, 'buyer@initech.example');
    const tour = page.getByRole('dialog', { name: 'Welcome to the buyer portal' });
    await tour.getByText('Place an order').waitFor();
    for (let i = 0; i < 3; i += 1) await tour.getByRole('button', { name: 'Next' }).click();
    await tour.getByText('Ask for a quotation').waitFor();
    await tour.getByRole('button', { name: 'Finish' }).click();
    await tour.waitFor({ state: 'detached' });
    await context.close();
  });
});
