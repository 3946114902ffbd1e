import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rootDir = path.resolve(webDir, '../..');
const require = createRequire(import.meta.url);

/** The real gateway started by global-setup.ts. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** The gateway's fixed "now" (PORTAL_NOW): the browser's clock is pinned to it too. */
export function portalNow(): string {
  return inject('portalNow');
}

export const DEMO_PASSWORD = 'portal-demo';

/** Debian's chromium (apt-get install chromium), or the browser named by CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the browser tests can run here. */
export function browserAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Debian's chromium, headless; one browser per test file (beforeAll/afterAll). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh context (own cookies) at a laptop size, with the gateway as base URL. */
export async function newPage(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    walkthrough?: boolean;
    /** The browser's clock (default: the server's PORTAL_NOW); another instant proves the SPA asks the server. */
    browserNow?: string;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  // Generous: a real server and a real browser on a busy machine.
  context.setDefaultTimeout(30_000);
  // The browser's clock says what the server's says, so nothing depends on the day the tests run.
  await context.clock.setFixedTime(new Date(options.browserNow ?? portalNow()));
  // The first sign-in tour would cover every page of a fresh context: only its own test shows it.
  if (!options.walkthrough) {
    await context.addInitScript(() => window.localStorage.setItem('portal.walkthrough.skip', '1'));
  }
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the real sign-in page and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}

const counters = new Map<string, number>();

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'test'
  );
}

/**
 * Full-page screenshot into test-results/screenshots/<test>/<n>-<name>.png (CI keeps
 * test-results). Call it at each key step.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const test = slug(expect.getState().currentTestName ?? 'test');
  const n = (counters.get(test) ?? 0) + 1;
  counters.set(test, n);
  const dir = path.join(webDir, 'test-results', 'screenshots', test);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${String(n).padStart(2, '0')}-${slug(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page; fails with a readable list of serious and critical violations. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the debugging protocol: the gateway's Content-Security-Policy refuses
    // inline <script> tags (addScriptTag), as it should.
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(async () => {
    // On the settled page: a dialog or alert still fading in has, for a moment, faint colours
    // that no user reads (CSS transitions are animations here; endless ones, spinners, excluded).
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    );
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- axe is injected above
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `    at ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
          )
          .join('\n'),
    )
    .join('\n');
  expect(
    serious.length,
    `axe found serious/critical accessibility violations on ${page.url()}:\n${report}`,
  ).toBe(0);
}

/**
 * A 1280x800 viewport screenshot for the README. Written to docs/screenshots/ only by
 * `pnpm screenshots` (PORTAL_README_SCREENSHOTS=1); a normal test run writes it under
 * test-results/readme/ and changes no tracked file.
 */
export async function readmeScreenshot(page: Page, fileName: string): Promise<void> {
  const dir =
    process.env.PORTAL_README_SCREENSHOTS === '1'
      ? path.join(rootDir, 'docs', 'screenshots')
      : path.join(webDir, 'test-results', 'readme');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, fileName), fullPage: false });
}

/** Waits until no CSS transition or animation is running (e.g. a notification sliding in or out). */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** A GraphQL request from the page, with its session (for set-up and clean-up through the API). */
export async function graphqlFromPage<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { data: unknown; errors?: { message: string }[] };
      if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
      return json.data;
    },
    { query, variables },
  ) as Promise<T>;
}

/**
 * On the order page of a buyer's draft: makes it their cart when it is not yet ("Make this my
 * cart"), and waits for the page to say it is.
 */
export async function makeItMyCart(page: Page): Promise<void> {
  const make = page.getByRole('button', { name: 'Make this my cart' });
  const badge = page.getByText('Your cart', { exact: true });
  await make.or(badge).first().waitFor();
  if ((await make.count()) > 0) await make.click();
  await badge.waitFor();
}

/** Clicks Reorder on an order page and chooses where the lines go. */
export async function reorderInto(page: Page, choice: 'Open a separate draft' | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Reorder' }).click();
  const dialog = page.getByRole('dialog', { name: /^Reorder / });
  await dialog.getByRole('button', { name: choice }).click();
  await dialog.waitFor({ state: 'hidden' });
}
