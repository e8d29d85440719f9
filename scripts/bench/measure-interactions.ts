import type { Page } from '@playwright/test';
import type { BenchPlan } from './bench-plan';
import type { FigureCollector } from './figure-collector';
import { timeFilter, timeSelect, timeSort, type Timing } from './page-interactions';
import { settle } from './page-settle';

export const FILTER_LABEL = 'Filter sites';

export function record(collector: FigureCollector, name: string, timing: Timing): void {
  if ('ms' in timing) collector.add(name, 'ms', timing.ms);
  else collector.fail(name, 'ms', timing.reason);
}

/**
 * On a freshly loaded explorer page: select a site, sort each table ascending by one column, then
 * filter the sites, each once the page has settled from the one before. Each figure gets this run's sample (or the reason it has none).
 */
export async function measureInteractions(
  page: Page,
  label: string,
  plan: BenchPlan,
  collector: FigureCollector,
  timeoutMs: number,
): Promise<void> {
  if (plan.selectable.length > 0) {
    const candidates = plan.selectable;
    await settle(page);
    record(
      collector,
      `select.${label}`,
      await page.evaluate(timeSelect, { candidates, timeoutMs }),
    );
  } else {
    collector.fail(`select.${label}`, 'ms', 'no site with a unique facility on the map');
  }
  for (const sort of plan.sorts) {
    const { table, column, expected } = sort;
    await settle(page);
    const timing = await page.evaluate(timeSort, { table, column, expected, timeoutMs });
    record(collector, `sort.${label}.${sort.key}.${sort.columnId}`, timing);
  }
  const name = `filter.${label}.sites`;
  if (plan.filterQuery === null) collector.fail(name, 'ms', 'no facility to filter by');
  else {
    const args = { label: FILTER_LABEL, query: plan.filterQuery, timeoutMs };
    await settle(page);
    record(collector, name, await page.evaluate(timeFilter, args));
  }
}
