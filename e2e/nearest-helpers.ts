import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { dataTable, placeBox, placeSuggestion } from './selectors';

/**
 * Types a place into the place box, chooses its suggestion ("Shanghai, China") and waits until
 * the sites table is sorted by the new Distance column, nearest first.
 */
export async function measureFromPlace(page: Page, typed: string, suggestion: string) {
  await placeBox(page).fill(typed);
  await placeSuggestion(page, suggestion).click();
  await expect(
    dataTable(page, 'Sites').getByRole('columnheader', { name: /Distance/ }),
  ).toHaveAttribute('aria-sort', 'ascending');
}
