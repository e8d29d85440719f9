import { test as base, expect, type Page } from '@playwright/test';
import { trialPath } from './selectors';

interface Guard {
  /** Console errors, page errors and requests to other origins seen during the test. */
  problems: string[];
}

/**
 * Every test runs with a guard: any console error, uncaught page error, or request to an
 * origin other than the app's own fails the test, whatever the test itself checks.
 * A test that needs a second origin (the embed tests serve the host page from
 * http://localhost:4173) names it with `test.use({ allowedOrigins: [...] })`; the default is none.
 */
export const test = base.extend<{ guard: Guard; allowedOrigins: string[] }>({
  allowedOrigins: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const guard: Guard = { problems: [] };
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const allowed = new Set([ownOrigin, ...allowedOrigins]);
      page.on('console', (message) => {
        if (message.type() === 'error') guard.problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => guard.problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!allowed.has(new URL(url).origin)) guard.problems.push(`request to another origin: ${url}`);
      });
      await use(guard);
      expect(guard.problems, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens NCT01573923's page (plus any extra query) and waits for its title. */
export async function openTrial(page: Page, query = ''): Promise<void> {
  await page.goto(`${trialPath('NCT01573923')}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
