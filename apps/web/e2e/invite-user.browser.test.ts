import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations, launchBrowser, newPage, screenshot, signIn } from './helpers';

/** The invitation link in the e-mail the gateway wrote to `<DATA_DIR>/outbox/` for `to`. */
async function invitationLink(to: string): Promise<string> {
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
      // Quoted-printable soft line breaks ("=\n") and "=3D" would split or mangle the link.
      const text = readFileSync(path.join(outbox, file), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=3D/gi, '=');
      if (!new RegExp(`^To: .*${to.replace(/[.]/g, '\\.')}`, 'mi').test(text)) continue;
      const match = /https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/.exec(text);
      if (match) return match[0];
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No invitation e-mail to ${to} in ${outbox}`);
}

describe('inviting a user (real gateway, demo data)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a portal admin invites a buyer, who accepts the invitation and is signed in', async () => {
    const email = `new.buyer.${Date.now()}@acme.example`;
    const admin = await newPage(browser);
    await signIn(admin.page, 'admin@acme.example');
    await admin.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Company users' })
      .click();
    await admin.page.getByRole('heading', { level: 1, name: 'Company users' }).waitFor();
    await admin.page.mouse.move(640, 790); // off the navbar: its hover colour is not the page's
    await admin.page.getByRole('table', { name: 'Company users' }).getByText('buyer@acme.example').waitFor();
    await screenshot(admin.page, 'company users');
    await expectNoSeriousA11yViolations(admin.page);

    await admin.page.getByRole('button', { name: 'Invite a user' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Invite a user' });
    // The server's userErrors show next to their field: a colleague's address is taken.
    await dialog.getByLabel('E-mail').fill('buyer@acme.example');
    await dialog.getByLabel('Name').fill('Dup Licate');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.getByText('A user with this e-mail address already exists.').waitFor();
    expect(await dialog.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    await screenshot(admin.page, 'invite error next to the field');
    await expectNoSeriousA11yViolations(admin.page);

    await dialog.getByLabel('E-mail').fill(email);
    await dialog.getByLabel('Name').fill('Nora Newbuyer');
    expect(await dialog.getByLabel('Role', { exact: true }).inputValue()).toBe('Buyer');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = admin.page.getByRole('row').filter({ hasText: email });
    await row.waitFor();
    expect(await row.textContent()).toContain('Invited');
    await screenshot(admin.page, 'invited');
    await admin.context.close();

    const link = await invitationLink(email);
    const invitee = await newPage(browser);
    await invitee.page.goto(new URL(link).pathname);
    await invitee.page.getByLabel('Your name').fill('Nora Newbuyer');
    await invitee.page.getByLabel('Password', { exact: true }).fill('a long new password');
    await invitee.page.getByLabel('Confirm password').fill('a long new password');
    await screenshot(invitee.page, 'accept invitation');
    await expectNoSeriousA11yViolations(invitee.page);
    await invitee.page.getByRole('button', { name: 'Accept invitation' }).click();
    await invitee.page.getByRole('heading', { level: 1, name: 'Welcome, Nora Newbuyer' }).waitFor();
    const links = await invitee.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link')
      .allTextContents();
    expect(links).toContain('Orders');
    expect(links).not.toContain('Company users');
    await screenshot(invitee.page, 'signed in as the new buyer');
    await expectNoSeriousA11yViolations(invitee.page);

    await invitee.page.goto('/profile');
    await invitee.page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await invitee.page.getByText('Buyer', { exact: true }).first().waitFor();
    // E-mail notifications: one switch per category; turning one off saves it at once.
    const invoiceMails = invitee.page.getByRole('switch', { name: /^Invoices and reminders/ });
    await invoiceMails.waitFor();
    expect(await invoiceMails.isChecked()).toBe(true);
    await invoiceMails.click({ force: true });
    await invitee.page.getByText('Invoices and reminders e-mails turned off.').waitFor();
    // The switch shows the saved preference once the answer is rendered (not the moment the notice shows).
    await expect.poll(() => invoiceMails.isChecked(), { timeout: 10_000 }).toBe(false);
    await screenshot(invitee.page, 'profile');
    await expectNoSeriousA11yViolations(invitee.page);

    // A personal API token: the secret once, with a copy button; then revoked.
    await invitee.page.getByLabel('Token name').fill('Kitchen tablet');
    await invitee.page.getByRole('button', { name: 'Create token' }).click();
    const secret = invitee.page.getByTestId('api-token-secret');
    await secret.waitFor();
    expect((await secret.textContent())?.length).toBeGreaterThan(16);
    await invitee.page.getByRole('button', { name: 'Copy the token' }).waitFor();
    const tokens = invitee.page.getByRole('table', { name: 'Your API tokens' });
    await tokens.getByText('Kitchen tablet').waitFor();
    await screenshot(invitee.page, 'api token created');
    await expectNoSeriousA11yViolations(invitee.page);
    await tokens.getByRole('button', { name: 'Revoke token Kitchen tablet' }).click();
    await invitee.page
      .getByRole('dialog', { name: 'Revoke "Kitchen tablet"?' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await invitee.page.getByText('No active tokens.').waitFor();
    await invitee.context.close();
  });
});
