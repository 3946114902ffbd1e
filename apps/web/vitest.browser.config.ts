import { defineConfig } from 'vitest/config';

/** Browser tests: Playwright (playwright-core + Debian chromium) against the real gateway. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.browser.test.ts'],
    globalSetup: ['./e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxConcurrency: 1,
  },
});
