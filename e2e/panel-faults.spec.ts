import type { Page } from '@playwright/test';
import { SLOW_LOAD_MS } from '../src/components/slow-load';
import { expect, openTrial, test } from './fixtures';
import { renderInBrowser } from './trial-fixtures';
import {
  basemapShapes,
  dataTable,
  mapMarker,
  mapMarkers as markers,
  siteButton,
  sitePopup,
  sitesMap,
  sortButton,
  trialPath,
  trialTitle,
  type TableName,
} from './selectors';

const MAP_CHUNK = /\/assets\/sites-chunk-[^/]*\.js$/;
const COARSE_OUTLINES = /\/assets\/countries-110m-[^/]*\.json$/;
const FINE_OUTLINES = /\/assets\/countries-50m-[^/]*\.json$/;

/** What Chromium logs for a request the test aborted, from that URL only. */
const abortedRequest = (url: RegExp) =>
  new RegExp(`^Failed to load resource: net::ERR_FAILED @ .*${url.source}`);

const firstCell = (page: Page, table: TableName) =>
  dataTable(page, table).locator('tbody tr').first().locator('td').first();

/** Sorts a table by a column, ascending then descending: the first row follows. */
async function expectSorts(page: Page, table: TableName, column: string): Promise<void> {
  const header = dataTable(page, table).getByRole('columnheader', { name: column });
  await sortButton(page, table, column).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascendingFirst = (await firstCell(page, table).textContent()) ?? '';
  await sortButton(page, table, column).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(firstCell(page, table)).not.toHaveText(ascendingFirst);
}

test.describe('a map chunk that fails to load', () => {
  test.use({ expectedConsoleErrors: [abortedRequest(MAP_CHUNK)] });

  test('the map panel says so with a retry; the tables still sort and select; "Try again" brings the map', async ({
    page,
  }) => {
    await page.route(MAP_CHUNK, (route) => route.abort());
    await openTrial(page);
    const failure = page.getByRole('alert').filter({ hasText: 'The sites map could not be shown' });
    await expect(failure).toContainText('Failed to fetch dynamically imported module');
    const retry = failure.getByRole('button', { name: 'Try again' });
    await expect(retry).toBeVisible();

    await expectSorts(page, 'Study groups', 'Group');
    await expectSorts(page, 'Investigators', 'Name');
    await expectSorts(page, 'Sites', 'Facility');
    const site = siteButton(page, 'the First Affiliated Hospital of Lanzhou University');
    await site.click();
    await expect(site).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/site=site-2/);

    await page.unroute(MAP_CHUNK);
    await retry.click();
    await expect(markers(page)).toHaveCount(6);
    await expect(failure).toHaveCount(0);
    await expect(mapMarker(page, /Lanzhou: Recruiting$/)).toHaveClass(/is-selected/);
    // Focus went into the map that replaced the retry, not to the page.
    await expect(sitesMap(page)).toBeFocused();
  });
});

test.describe('country outlines that fail to load', () => {
  test.use({ expectedConsoleErrors: [abortedRequest(COARSE_OUTLINES)] });

  test('markers and tables keep working, a warning offers a retry, and the retry draws the outlines', async ({
    page,
  }) => {
    await page.route(COARSE_OUTLINES, (route) => route.abort());
    await openTrial(page);
    await expect(markers(page)).toHaveCount(6);
    const warning = page.getByText(
      /^Country outlines could not be loaded \(.+\); the markers are still placed\.$/,
    );
    await expect(warning).toBeVisible();

    await expectSorts(page, 'Sites', 'City');
    // Fitted to the sites, the map may be zoomed in far enough to draw the 1:50m outlines, which
    // still load: zoomed out, only the failed 1:110m ones would be drawn.
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(basemapShapes(page)).toHaveCount(0);

    await page.unroute(COARSE_OUTLINES);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(basemapShapes(page).first()).toBeAttached();
    await expect(warning).toHaveCount(0);
    await expect(markers(page)).toHaveCount(6);
  });
});

test.describe('fine (1:50m) outlines that fail to load', () => {
  test.use({ expectedConsoleErrors: [abortedRequest(FINE_OUTLINES)] });

  test('leave the coarse outlines and the markers in place, without a warning', async ({
    page,
  }) => {
    await page.route(FINE_OUTLINES, (route) => route.abort());
    const fineFailed = page.waitForEvent('requestfailed', (request) =>
      FINE_OUTLINES.test(request.url()),
    );
    // Zoomed to one site (from the link), the map asks for the 1:50m outlines.
    await openTrial(page, '?site=site-4');
    await fineFailed;
    await expect(markers(page)).toHaveCount(6);
    await expect(basemapShapes(page).first()).toBeAttached();
    await expect(page.getByText(/Country outlines could not be loaded/)).toHaveCount(0);
    await expect(sitePopup(page)).toContainText('Hui Shi');
  });
});

test('a slow trial file: the note says it is taking longer, and "Try again" starts the request over and loads the trial', async ({
  page,
}) => {
  await page.clock.install();
  await renderInBrowser(page);
  let requests = 0;
  await page.route('**/data/trials/NCT01573923.json', async (route) => {
    requests++;
    // The first request is never answered (the page aborts it on "Try again"); the next goes through.
    if (requests > 1) await route.continue();
  });
  await page.goto(trialPath('NCT01573923'));
  const note = page.getByRole('status').filter({ hasText: /NCT01573923/ });
  await expect(note).toHaveText('Loading NCT01573923…');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);

  await page.clock.fastForward(SLOW_LOAD_MS);
  await expect(note).toHaveText('Still loading NCT01573923… This is taking longer than usual.');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(trialTitle(page)).toHaveText(/Umbilical Mesenchymal Stem Cells/);
  expect(requests).toBe(2);
});
