import type { BrowserContext, Page } from '@playwright/test';

/**
 * The demo talks to the local server only: any request to another origin is aborted and recorded
 * (the demo then fails), as are uncaught page errors and console errors, like the e2e guard.
 */
export async function guardNetwork(context: BrowserContext, ownOrigin: string): Promise<string[]> {
  const problems: string[] = [];
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== ownOrigin,
    async (route) => {
      problems.push(`request to another origin (aborted): ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  return problems;
}

export function watchPage(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}
