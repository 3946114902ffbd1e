import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot, signIn } from './helpers';

describe('sign-in (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a buyer signs in and sees home with the navigation their role allows', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in');
    await expectNoSeriousA11yViolations(page);

    await signIn(page, 'buyer@acme.example');
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toContain('Orders');
    expect(links).toContain('Cart');
    expect(links).not.toContain('Company users');
    expect(links).not.toContain('Fulfilment');
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('Acme Restaurant Group');
    await screenshot(page, 'home');
    await expectNoSeriousA11yViolations(page);

    await context.close();
  });
});
