import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { foldText } from '../src/trial/text-fold';
import { axeViolations } from './axe';
import { expect as baseExpect, openTrial, test } from './fixtures';
import {
  columnHeader,
  dataTable,
  mapCluster,
  mapLegend,
  mapMarker,
  mapMarkers,
  sitesTextFilter,
  sortButton,
  trialPath,
} from './selectors';

/** The generated trial (SYNTHETIC_TRIALS=large, set by playwright.config): 2,000 sites, 300 officials. */
const LARGE = 'NCT99999001';

// 2,000 sites take a few seconds to load on a busy CI machine: allow for it.
const expect = baseExpect.configure({ timeout: 15_000 });

interface SiteData {
  id: string;
  facility: string | null;
  city: string | null;
  state: string | null;
  country: string | null;
  status: string | null;
}

/** The sites exactly as the app loads them, to check the page against the data rather than guesses. */
async function largeTrialSites(request: APIRequestContext): Promise<SiteData[]> {
  const response = await request.get(`/data/trials/${LARGE}.json`);
  expect(response.ok()).toBe(true);
  const trial: unknown = await response.json();
  if (
    typeof trial !== 'object' ||
    trial === null ||
    !('sites' in trial) ||
    !Array.isArray(trial.sites)
  ) {
    throw new Error(`${LARGE}.json has no sites array`);
  }
  return trial.sites.map((raw: Record<string, unknown>) => {
    const text = (key: string) => (typeof raw[key] === 'string' ? raw[key] : null);
    return {
      id: String(raw.id),
      facility: text('facility'),
      city: text('city'),
      state: text('state'),
      country: text('country'),
      status: text('status'),
    };
  });
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Rendered body rows (the spacer rows above and below carry no aria-rowindex). */
const renderedRows = (table: Locator) => table.locator('tbody tr[aria-rowindex]');
const rowAt = (table: Locator, ariaRowIndex: number) =>
  table.locator(`tbody tr[aria-rowindex="${String(ariaRowIndex)}"]`);

async function openLarge(page: Page, query = '') {
  await page.goto(`${trialPath(LARGE)}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the sites table renders only a window of its 2,000 rows, and says there are 2,000', async ({
  page,
}) => {
  await openLarge(page);
  const table = dataTable(page, 'Sites');
  await expect(table).toHaveAttribute('aria-rowcount', '2001');
  await expect(rowAt(table, 2)).toBeVisible();
  const rendered = await renderedRows(table).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(120);
  // The box scrolls by itself (keyboard users focus it); the header row stays on top.
  const box = page.getByRole('region', { name: /^Sites \(/ });
  await expect(box).toHaveAttribute('tabindex', '0');
  await box.scrollIntoViewIfNeeded();
  await box.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
  await expect(rowAt(table, 2)).toHaveCount(0);
  const header = columnHeader(page, 'Sites', 'Facility');
  await expect(header).toBeInViewport();
  const [boxTop, headerTop] = await Promise.all([box.boundingBox(), header.boundingBox()]);
  expect(Math.abs((headerTop?.y ?? 0) - (boxTop?.y ?? 0))).toBeLessThan(3);
  const indexes = await renderedRows(table).evaluateAll((rows) =>
    rows.map((row) => Number(row.getAttribute('aria-rowindex'))),
  );
  expect(indexes.every((index, i) => i === 0 || index === (indexes[i - 1] ?? 0) + 1)).toBe(true);
  expect(indexes[0]).toBeGreaterThan(500);
});

test('sorting by a column orders all 2,000 sites, not only the rendered ones', async ({
  page,
  request,
}) => {
  const sites = await largeTrialSites(request);
  await openLarge(page);
  const table = dataTable(page, 'Sites');
  for (const [column, field] of [
    ['Facility', 'facility'],
    ['City', 'city'],
  ] as const) {
    const values = sites.map((site) => site[field]).filter((value) => value !== null);
    const sorted = [...values].sort(collator.compare);
    await sortButton(page, 'Sites', column).click();
    await expect(columnHeader(page, 'Sites', column)).toHaveAttribute('aria-sort', 'ascending');
    await expect(
      column === 'Facility'
        ? rowAt(table, 2).locator('td').nth(0).getByRole('button')
        : rowAt(table, 2).locator('td').nth(1),
    ).toHaveText(sorted[0] ?? '');
    await sortButton(page, 'Sites', column).click();
    await expect(columnHeader(page, 'Sites', column)).toHaveAttribute('aria-sort', 'descending');
    await expect(
      column === 'Facility'
        ? rowAt(table, 2).locator('td').nth(0).getByRole('button')
        : rowAt(table, 2).locator('td').nth(1),
    ).toHaveText(sorted.at(-1) ?? '');
    await expect(table).toHaveAttribute('aria-rowcount', '2001');
    await sortButton(page, 'Sites', column).click();
  }
});

test('the text filter narrows table and map together, counts what it leaves, and lives in the URL', async ({
  page,
  request,
}) => {
  const sites = await largeTrialSites(request);
  const term = foldText(sites[0]?.city ?? '');
  const matching = sites.filter((site) =>
    [site.facility, site.city, site.state, site.country].some(
      (field) => field !== null && foldText(field).includes(term),
    ),
  );
  expect(matching.length).toBeGreaterThan(0);
  expect(matching.length).toBeLessThan(50);
  const recruiting = matching.filter((site) => site.status === 'RECRUITING').length;

  await openLarge(page);
  const input = sitesTextFilter(page);
  await input.fill(term.toUpperCase());
  await expect(page).toHaveURL(new RegExp(`sitesFilter=${term.toUpperCase()}`));
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
    `Showing ${String(matching.length)} of 2,000 sites`,
  );
  const table = dataTable(page, 'Sites');
  await expect(table).toHaveAttribute('aria-rowcount', String(matching.length + 1));
  await expect(renderedRows(table)).toHaveCount(matching.length);
  await expect(mapLegend(page)).toContainText(`Recruiting: ${String(recruiting)} site`);

  await page.reload();
  await expect(input).toHaveValue(term.toUpperCase());
  await expect(renderedRows(table)).toHaveCount(matching.length);
  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(input).toBeFocused();
  await expect(page).not.toHaveURL(/sitesFilter/);
  await expect(table).toHaveAttribute('aria-rowcount', '2001');
});

test('End and Home in the sites table reach the last and first rows, ArrowDown the next', async ({
  page,
  request,
}) => {
  const sites = await largeTrialSites(request);
  await openLarge(page);
  const table = dataTable(page, 'Sites');
  const first = rowAt(table, 2).getByRole('button');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(rowAt(table, 3).getByRole('button')).toBeFocused();
  await page.keyboard.press('End');
  const last = rowAt(table, 2001).getByRole('button');
  await expect(last).toBeFocused();
  await expect(last).toHaveText(sites.at(-1)?.facility ?? '');
  await expect(last).toBeInViewport();
  await expect(rowAt(table, 2)).toHaveCount(0);
  await page.keyboard.press('Control+Home');
  await expect(rowAt(table, 2).getByRole('button')).toBeFocused();
});

// Rows (~100 px) are measured only as they render, far taller than the estimate: the row must still
// end up in the box, not where the estimate put it.
test('a site selected by URL (as from the map) is scrolled into the table', async ({ page }) => {
  await openLarge(page, '?site=site-1500');
  await expect(rowAt(dataTable(page, 'Sites'), 1501)).toBeVisible();
  const selected = dataTable(page, 'Sites').getByRole('button', { pressed: true });
  await expect(selected).toHaveCount(1);
  // The box has scrolled the row into its own view (whether the page shows the box is the page's affair).
  const rowInBox = () =>
    page.getByTestId('sites-table').evaluate((box) => {
      const row = box.querySelector('tr[data-selected]');
      if (!row) return 'no selected row rendered';
      const [b, r] = [box.getBoundingClientRect(), row.getBoundingClientRect()];
      return r.top >= b.top && r.bottom <= b.bottom
        ? 'in view'
        : `row ${String(r.top)}–${String(r.bottom)}, box ${String(b.top)}–${String(b.bottom)}`;
    });
  await expect.poll(rowInBox).toBe('in view');
});

test('the investigators table (300 officials) is windowed too', async ({ page }) => {
  await openLarge(page);
  const table = dataTable(page, 'Investigators');
  await expect(table).toHaveAttribute('aria-rowcount', '301');
  await expect(rowAt(table, 2)).toBeAttached();
  expect(await renderedRows(table).count()).toBeLessThan(120);
});

test('axe finds no violations on the large trial, nor in its empty filter result', async ({
  page,
}) => {
  // Two whole-page axe runs take 7–10 s each on the 2-core CI machine.
  test.slow();
  await openLarge(page);
  await expect(rowAt(dataTable(page, 'Sites'), 2)).toBeVisible();
  // The whole page: windowed tables, the filter, and the map's cluster buttons.
  await expect(mapCluster(page).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await sitesTextFilter(page).fill('zzz-no-such-site');
  await expect(
    page.getByText('No site matches “zzz-no-such-site”.', { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear filter' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('on NCT01573923, "lanzhou" leaves one site in the table and one marker on the map', async ({
  page,
}) => {
  await openTrial(page);
  const markers = mapMarkers(page);
  await expect(markers).toHaveCount(6);
  await sitesTextFilter(page).fill('lanzhou');
  await expect(page).toHaveURL(/sitesFilter=lanzhou/);
  const table = dataTable(page, 'Sites');
  await expect(renderedRows(table)).toHaveCount(1);
  await expect(renderedRows(table)).toContainText(
    'the First Affiliated Hospital of Lanzhou University',
  );
  await expect(markers).toHaveCount(1);
  await expect(mapMarker(page, /Lanzhou: Recruiting$/)).toBeVisible();
  await expect(page.getByText('Showing 1 of 6 sites')).toBeVisible();
});
