import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the production builds that scripts/e2e.mjs starts (`npm run test:e2e`).
 * Debian's chromium, never a downloaded browser; one worker, because the tests share one CMS.
 * The `site-unit` project (e2e/unit/) checks the site's own modules with no server or browser:
 * `npm run test:unit` runs it with the jest unit tests.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: process.env.E2E_SITE_URL ?? 'http://localhost:4329',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site-unit', testDir: 'e2e/unit' },
    {
      name: 'chromium',
      testIgnore: 'unit/**',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
