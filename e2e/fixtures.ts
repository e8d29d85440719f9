import { test as base, expect, type Page } from '@playwright/test';

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

export const TRIAL_URL = '/?trial=NCT01573923';

/** Opens a trial page and waits until its header and map markers are there. */
export async function openTrial(page: Page, query = ''): Promise<void> {
  await page.goto(`${TRIAL_URL}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export function table(page: Page, name: RegExp) {
  return page.getByRole('table', { name });
}

/** The visible text of one column, top to bottom. */
export async function columnTexts(page: Page, name: RegExp, columnIndex: number): Promise<string[]> {
  const rows = table(page, name).locator('tbody tr');
  return rows.locator(`td:nth-child(${columnIndex + 1})`).allInnerTexts();
}
