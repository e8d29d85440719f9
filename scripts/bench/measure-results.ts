import type { Page } from '@playwright/test';
import type { FigureCollector } from './figure-collector';
import { record } from './measure-interactions';
import { timeSort } from './page-interactions';
import { timeResultsOpen } from './page-results';
import { settle } from './page-settle';
import { recordResultsOpen, resultsFigureName } from './results-figures';
import type { AeSortCase } from './results-plan';

/** How long the drawn charts must stay as they were after the timed frame. */
const SETTLE_MS = 1_000;

/**
 * On a freshly loaded explorer page, once it has settled: open the Results section by its nav
 * link and time it to every chart drawn (with the longest task meanwhile); then, settled again,
 * sort the longer adverse-events table by term.
 */
export async function measureResults(
  page: Page,
  label: string,
  aeSort: AeSortCase | null,
  collector: FigureCollector,
  timeoutMs: number,
): Promise<void> {
  await settle(page);
  const opened = await page.evaluate(timeResultsOpen, { timeoutMs, settleMs: SETTLE_MS });
  recordResultsOpen(collector, label, opened);
  const sortName = resultsFigureName(label, 'aeSort');
  if (aeSort === null) return collector.fail(sortName, 'ms', 'the results list no adverse events');
  if ('reason' in opened) return collector.fail(sortName, 'ms', 'the results were not drawn');
  await settle(page);
  const { table, column, expected } = aeSort;
  const args = { table, column, expected, prefix: true, timeoutMs };
  record(collector, sortName, await page.evaluate(timeSort, args));
}
