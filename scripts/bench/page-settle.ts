import type { Page } from '@playwright/test';

/**
 * Waits until the page is idle: no request in flight (a selection can start the detailed basemap)
 * and an idle callback has run. Each measurement is then timed on its own, not with the tail of
 * the one before, as a reader who looks at the result before acting next.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => resolve(), { timeout: 5_000 });
      }),
  );
}
