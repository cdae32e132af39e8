import { test } from '@playwright/test';

const VIEWPORTS = { desktop: { width: 1366, height: 900 }, mobile: { width: 390, height: 844 } };
const PAGES = { home: '/', faq: '/faq' };

// Kept as artifacts (test-results/, and attached to the HTML report) for a human look at each run.
for (const [pageName, path] of Object.entries(PAGES)) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    test(`full-page screenshot of ${pageName} (${viewportName})`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      const file = testInfo.outputPath(`${pageName}-${viewportName}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${pageName}-${viewportName}`, { path: file, contentType: 'image/png' });
    });
  }
}
