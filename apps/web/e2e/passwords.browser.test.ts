import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot, signIn } from './helpers';

/** The reset link in the e-mail the gateway wrote to `<DATA_DIR>/outbox/` for `to`. */
async function resetLink(to: string): Promise<string> {
  const outbox = path.join(inject('dataDir'), 'outbox');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    let files: string[] = [];
    try {
      files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
    } catch {
      // no mail yet
    }
    for (const file of files) {
      const text = readFileSync(path.join(outbox, file), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=3D/gi, '=');
      if (!new RegExp(`^To: .*${to.replace(/[.]/g, '\\.')}`, 'mi').test(text)) continue;
      const match = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(text);
      if (match) return match[0];
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No reset e-mail to ${to} in ${outbox}`);
}

describe('passwords (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a user who forgot the password asks for a link, chooses a new one and is signed in', async () => {
    const email = 'viewer@initech.example';
    const { context, page } = await newPage(browser);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `If an account exists for ${email}` })
      .waitFor();
    await screenshot(page, 'forgot-password');
    await expectNoSeriousA11yViolations(page);

    const link = new URL(await resetLink(email));
    await page.goto(link.pathname);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill('qwertyuiop12');
    await page.getByLabel('Confirm password').fill('qwertyuiop12');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('This password is among the most common ones').waitFor();
    await page.getByLabel('New password', { exact: true }).fill('granite-harbour-lantern');
    await page.getByLabel('Confirm password').fill('granite-harbour-lantern');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await screenshot(page, 'reset-password-signed-in');
    await context.close();

    // The link works once.
    const again = await newPage(browser);
    await again.page.goto(link.pathname);
    await again.page.getByLabel('New password', { exact: true }).fill('another-fine-phrase');
    await again.page.getByLabel('Confirm password').fill('another-fine-phrase');
    await again.page.getByRole('button', { name: 'Set new password' }).click();
    await again.page.getByText('This reset link has expired or was already used').waitFor();
    await signIn(again.page, email, 'granite-harbour-lantern');
    await again.context.close();
  });

  it('a signed-in user changes the password on the profile, with the current one', async () => {
    const email = 'approver@initech.example';
    const { context, page } = await newPage(browser);
    await signIn(page, email);
    await page.goto('/profile');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const form = page.getByRole('form', { name: 'Change your password' });
    await form.getByLabel('Current password').fill('not-my-password');
    await form.getByLabel('New password', { exact: true }).fill('seven-blue-herons');
    await form.getByLabel('Confirm new password').fill('seven-blue-herons');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('Your current password is wrong.').waitFor();
    expect(await form.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Current password').fill('portal-demo');
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await screenshot(page, 'change-password');
    await expectNoSeriousA11yViolations(page);
    await context.close();

    const later = await newPage(browser);
    await signIn(later.page, email, 'seven-blue-herons');
    await later.context.close();
  });
});
