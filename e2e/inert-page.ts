import type { Page } from '@playwright/test';
import { hasControlCharacters } from '../src/lib/safe-links';
import { expect } from './fixtures';

/**
 * Checks for a page fed hostile text (markup, script URLs, CSS, bidi overrides): `watch` before
 * it loads, `expectNothingRan` once everything is shown.
 */

export interface Seen {
  dialogs: string[];
  documentsLoaded: number;
}

/** Records the dialogs a page opens (dismissing them) and the documents it loads. */
export function watch(page: Page): Seen {
  const seen: Seen = { dialogs: [], documentsLoaded: 0 };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('load', () => (seen.documentsLoaded += 1));
  return seen;
}

/** Nothing ran, nothing was injected, nowhere else was gone to, and every link is harmless. */
export async function expectNothingRan(
  page: Page,
  baseURL: string | undefined,
  seen: Seen,
): Promise<void> {
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(seen.dialogs).toEqual([]);
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload], style')).toHaveCount(
    0,
  );
  // The only scripts without a file are the prerendered page's data blocks, which never run.
  await expect(page.locator('script:not([src]):not([type="application/json"])')).toHaveCount(0);
  expect(seen.documentsLoaded).toBe(1);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? '').origin);
  expect(new URL(page.url()).pathname).toMatch(/^\/(trials\/NCT\d{8}\/)?$/);

  // Every link goes somewhere harmless, and no target carries a bidi control.
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) =>
      links.map((link) => (link instanceof HTMLAnchorElement ? link.href : '')),
    );
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) {
    expect(['http:', 'https:', 'mailto:', 'tel:'], href).toContain(new URL(href).protocol);
    expect(hasControlCharacters(decodeURIComponent(href)), href).toBe(false);
  }
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
}
