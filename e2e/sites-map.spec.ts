import type { Page } from '@playwright/test';
import {
  basemapShapes,
  dataTable,
  mapMarker,
  mapMarkers as markers,
  selectedSiteRow,
  siteButton,
  sitePopup,
} from './selectors';
import { expect, openTrial, test } from './fixtures';
import { serveModifiedTrial, withMixedStatuses, withSharedPoint } from './trial-fixtures';

function sitesTable(page: Page) {
  return dataTable(page, 'Sites');
}

test('draws one marker per site, with a legend giving status words and counts', async ({
  page,
}) => {
  await openTrial(page);
  await expect(markers(page)).toHaveCount(6);
  await expect(page.getByRole('group', { name: 'Map legend' })).toContainText(
    'Recruiting: 6 sites',
  );
  await expect(page.getByRole('group', { name: 'Map legend' })).toContainText('city centres');
  await expect(basemapShapes(page).first()).toBeAttached();
});

/** Where the country outlines' layer is drawn, in page pixels (its translation). */
async function outlinesOffset(page: Page): Promise<number[]> {
  return basemapShapes(page)
    .first()
    .evaluate((path) => {
      const layer = path.closest('svg');
      if (!layer) return [Number.NaN, Number.NaN];
      const { e, f } = new DOMMatrix(getComputedStyle(layer).transform);
      return [e, f];
    });
}

test('country outlines sit on whole pixels after the fit and after zooming', async ({ page }) => {
  await openTrial(page);
  await expect(markers(page)).toHaveCount(6);
  await expect(basemapShapes(page).first()).toBeAttached();
  // Fractional offsets anti-alias the borders differently from one view of the same place to another.
  await expect.poll(async () => (await outlinesOffset(page)).every(Number.isInteger)).toBe(true);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await outlinesOffset(page)).every(Number.isInteger)).toBe(true);
});

test('selecting a table row highlights its marker and opens its popup', async ({ page }) => {
  await openTrial(page);
  await sitesTable(page)
    .getByRole('button', { name: "The 323 Hospital of Chinese People's Liberation Army" })
    .click();
  await expect(page).toHaveURL(/site=site-6/);
  const marker = mapMarker(page, /323 Hospital.*Xi’an: Recruiting/);
  await expect(marker).toHaveClass(/is-selected/);
  const popup = sitePopup(page);
  await expect(popup).toContainText("The 323 Hospital of Chinese People's Liberation Army");
  await expect(popup).toContainText('Xi’an, Shanxi, China');
  await expect(popup).toContainText('Liming Wang');
  await expect(popup).toContainText('86-29-84756502');
  await expect(popup).toContainText('Approximate: city centre');
});

test('clicking a marker highlights its table row; the selection survives a reload', async ({
  page,
}) => {
  await openTrial(page);
  await mapMarker(page, /Lanzhou University, Lanzhou: Recruiting/).click();
  const row = selectedSiteRow(page);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('the First Affiliated Hospital of Lanzhou University');
  await expect(row.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(selectedSiteRow(page)).toContainText('Lanzhou');
  await expect(sitePopup(page)).toContainText('Xun Li');
});

test('a marker is reachable and selectable by keyboard', async ({ page }) => {
  await openTrial(page);
  const marker = mapMarker(page, /Qionghai: Recruiting/);
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/site=site-3/);
  await expect(sitePopup(page)).toContainText('Jiang Shu');
});

test('selecting an investigator’s linked site shows it on the map', async ({ page }) => {
  await openTrial(page);
  const row = dataTable(page, 'Investigators').getByRole('row', { name: /Xun Li/ });
  await row.getByRole('button', { name: 'Lanzhou' }).click();
  await expect(mapMarker(page, /Lanzhou: Recruiting/)).toHaveClass(/is-selected/);
  await expect(sitePopup(page)).toContainText(
    'the First Affiliated Hospital of Lanzhou University',
  );
});

test('the status filter applies to the table and the map together, and lives in the URL', async ({
  page,
}) => {
  await serveModifiedTrial(page, withMixedStatuses);
  await openTrial(page);
  await expect(markers(page)).toHaveCount(6);
  const filter = page.getByRole('group', { name: 'Show sites' });
  await expect(filter.getByRole('radio', { name: 'All statuses (6)' })).toBeChecked();

  await filter.getByRole('radio', { name: 'Recruiting (3)' }).check();
  await expect(page).toHaveURL(/status=RECRUITING/);
  await expect(markers(page)).toHaveCount(3);
  await expect(sitesTable(page).locator('tbody tr')).toHaveCount(3);
  await expect(sitesTable(page)).toHaveAccessibleName(/Sites \(3 of 6\)/);

  await filter.getByRole('radio', { name: 'Completed (1)' }).check();
  await expect(markers(page)).toHaveCount(1);
  await expect(sitesTable(page).locator('tbody tr')).toContainText(['Hainan BOAO']);

  await filter.getByRole('radio', { name: 'All statuses (6)' }).check();
  await expect(page).not.toHaveURL(/status=/);
  await expect(markers(page)).toHaveCount(6);
  await expect(page.getByRole('group', { name: 'Map legend' })).toContainText(
    'Status not given: 1 site',
  );
});

test('a status no site has falls back to all statuses', async ({ page }) => {
  await openTrial(page, '?status=WITHDRAWN');
  await expect(page.getByRole('radio', { name: 'All statuses (6)' })).toBeChecked();
  await expect(markers(page)).toHaveCount(6);
});

test('sites sharing one point are all drawn apart and each can be selected', async ({ page }) => {
  await serveModifiedTrial(page, withSharedPoint);
  await openTrial(page);
  await expect(markers(page)).toHaveCount(6);
  const centres = await markers(page).evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      return [box.x + box.width / 2, box.y + box.height / 2];
    }),
  );
  for (let a = 0; a < centres.length; a++) {
    for (let b = a + 1; b < centres.length; b++) {
      const [ax = 0, ay = 0] = centres[a] ?? [];
      const [bx = 0, by = 0] = centres[b] ?? [];
      expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThan(8);
    }
  }
  const shared = [
    {
      marker: /Lanzhou: Recruiting/,
      id: 'site-2',
      facility: 'the First Affiliated Hospital of Lanzhou University',
    },
    { marker: /Qionghai: Recruiting/, id: 'site-3', facility: /^Hainan BOAO/ },
    {
      marker: /Lianyungang: Recruiting/,
      id: 'site-4',
      facility: "The first people's hospital of Lianyungang",
    },
  ];
  for (const { marker, id, facility } of shared) {
    await mapMarker(page, marker).click();
    await expect(page).toHaveURL(new RegExp(`[?&]site=${id}(&|$)`));
    await expect(siteButton(page, facility)).toHaveAttribute('aria-pressed', 'true');
    await expect(selectedSiteRow(page)).toHaveCount(1);
  }
});
