import type { Page } from '@playwright/test';
import type { BenchPlan } from './bench-plan';
import type { FigureCollector } from './figure-collector';
import { timeFilter, timeNearest, timeSelect, timeSort, type Timing } from './page-interactions';
import { settle } from './page-settle';

export const FILTER_LABEL = 'Filter sites';
export const PLACE_BOX_LABEL = 'Find the sites nearest to…';

export function record(collector: FigureCollector, name: string, timing: Timing): void {
  if ('ms' in timing) collector.add(name, 'ms', timing.ms);
  else collector.fail(name, 'ms', timing.reason);
}

/**
 * On a freshly loaded explorer page: select a site, sort each table ascending by one column,
 * filter the sites, then measure from a typed city (nearest.<trial>), each once the page has
 * settled from the one before. Each figure gets this run's sample (or the reason it has none).
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
    const { table, column, expected, prefix } = sort;
    await settle(page);
    const timing = await page.evaluate(timeSort, { table, column, expected, prefix, timeoutMs });
    record(collector, `sort.${label}.${sort.key}.${sort.columnId}`, timing);
  }
  const name = `filter.${label}.sites`;
  if (plan.filterQuery === null) collector.fail(name, 'ms', 'no facility to filter by');
  else {
    const args = { label: FILTER_LABEL, query: plan.filterQuery, timeoutMs };
    await settle(page);
    record(collector, name, await page.evaluate(timeFilter, args));
  }
  const nearest = `nearest.${label}`;
  if (plan.placeQuery === null) collector.fail(nearest, 'ms', 'no placed site with a city');
  else {
    // The filter above leaves one site: clear it, so the distances sort the whole table.
    const clear = { label: FILTER_LABEL, query: '', timeoutMs };
    await settle(page);
    await page.evaluate(timeFilter, clear);
    await settle(page);
    const args = { label: PLACE_BOX_LABEL, query: plan.placeQuery, timeoutMs };
    record(collector, nearest, await page.evaluate(timeNearest, args));
  }
}
