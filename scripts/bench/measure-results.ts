import type { Page } from '@playwright/test';
import type { FigureCollector } from './figure-collector';
import { timeResultsOpen } from './page-results';
import { settle } from './page-settle';
import { recordResultsOpen } from './results-figures';

/** How long the drawn charts must stay as they were after the timed frame. */
const SETTLE_MS = 1_000;

/**
 * On a freshly loaded explorer page, once it has settled: open the Results section by its nav
 * link and time it to every chart drawn (with the longest task meanwhile).
 */
export async function measureResults(
  page: Page,
  label: string,
  collector: FigureCollector,
  timeoutMs: number,
): Promise<void> {
  await settle(page);
  const timing = await page.evaluate(timeResultsOpen, { timeoutMs, settleMs: SETTLE_MS });
  recordResultsOpen(collector, label, timing);
}
