import { TRIAL_SCHEMA_VERSION } from '../src/trial/trial-format';
import { expect, openTrial, test } from './fixtures';
import { renderInBrowser } from './trial-fixtures';
import { basemapShapes, sitePopup } from './selectors';

test('an unknown trial id gets a clear not-found message listing the trials that exist', async ({
  page,
}) => {
  await page.goto('/?trial=NCT99999999');
  await expect(page.getByRole('heading', { level: 1, name: 'Trial not found' })).toBeVisible();
  await expect(page.getByText('This explorer has no trial NCT99999999.')).toBeVisible();
  const link = page.getByRole('link', { name: /NCT01573923: Safety and Efficacy Study/ });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Umbilical Mesenchymal Stem Cells/,
  );
});

test('a malformed trial id is called malformed, not silently replaced', async ({ page }) => {
  await page.goto('/?trial=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(page.getByRole('heading', { level: 1, name: 'Trial not found' })).toBeVisible();
  await expect(page.getByText(/is not a ClinicalTrials.gov id/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /NCT01573923/ })).toBeVisible();
});

test('without ?trial= the first trial of the catalog opens', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Umbilical Mesenchymal Stem Cells/,
  );
});

test('a trial file that fails to load shows the problem and a retry that works', async ({
  page,
  guard,
}) => {
  await renderInBrowser(page);
  let failures = 2; // the query retries once: fail both tries, then let the user's retry through
  await page.route('**/data/trials/NCT01573923.json', async (route) => {
    if (failures > 0) {
      failures--;
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ schemaVersion: TRIAL_SCHEMA_VERSION, nctId: 'NCT01573923' }),
      });
    } else {
      await route.continue();
    }
  });
  await page.goto('/?trial=NCT01573923');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Trial NCT01573923 could not be shown');
  await expect(alert).toContainText('data/trials/NCT01573923.json: briefTitle');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Umbilical Mesenchymal Stem Cells/,
  );
  expect(guard.problems).toEqual([]);
});

test('a trial file of an unknown format version is refused with a reason', async ({ page }) => {
  await renderInBrowser(page);
  await page.route('**/data/trials/NCT01573923.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":99}' }),
  );
  await page.goto('/?trial=NCT01573923');
  await expect(page.getByRole('alert')).toContainText(
    `uses data format version 99; this app reads version ${TRIAL_SCHEMA_VERSION}`,
  );
});

test.describe('on a narrow (390 px) screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('everything stacks in one column without sideways page scrolling; the map comes before the sites table', async ({
    page,
  }) => {
    await openTrial(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const mapBox = await page
      .getByRole('region', { name: /Map of the trial's sites/ })
      .boundingBox();
    const sitesBox = await page.getByRole('table', { name: /^Sites/ }).boundingBox();
    const investigatorsBox = await page
      .getByRole('table', { name: /^Investigators/ })
      .boundingBox();
    expect(mapBox && sitesBox && investigatorsBox).toBeTruthy();
    if (!mapBox || !sitesBox || !investigatorsBox) return;
    expect(mapBox.width).toBeGreaterThan(300);
    expect(mapBox.y).toBeGreaterThan(investigatorsBox.y);
    expect(mapBox.y).toBeLessThan(sitesBox.y);
    await page
      .getByRole('table', { name: /^Sites/ })
      .getByRole('button', { name: /Tongji Hospital/ })
      .click();
    await expect(sitePopup(page)).toContainText('Liming Chen');
  });
});

test('on a wide screen the map sits beside the sections and stays in view while the tables scroll', async ({
  page,
}) => {
  await openTrial(page);
  const map = page.getByRole('region', { name: /Map of the trial's sites/ });
  const investigators = page.getByRole('table', { name: /^Investigators/ });
  await investigators.scrollIntoViewIfNeeded();
  const mapBox = await map.boundingBox();
  const tableBox = await investigators.boundingBox();
  expect(mapBox && tableBox).toBeTruthy();
  if (!mapBox || !tableBox) return;
  expect(mapBox.x).toBeGreaterThan(tableBox.x + tableBox.width - 1);
  expect(mapBox.y).toBeGreaterThanOrEqual(0);
  expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(900);
});

test('the page asks nothing of any origin but its own: app, map picture and basemap all come from here', async ({
  page,
  baseURL,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openTrial(page, '?site=site-4');
  await expect(basemapShapes(page).first()).toBeAttached();
  await expect(sitePopup(page)).toContainText('Hui Shi');
  const origins = new Set(requested.map((url) => new URL(url).origin));
  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  // The prerendered page carries its trial; its map picture is one of the app's files.
  expect(requested.some((url) => url.includes('/data/maps/NCT01573923.svg'))).toBe(true);
  // Zoomed to one site: the 1:110m outlines first, then the 1:50m ones for this zoom (asked for
  // once the map has reached it, which may be after the popup is shown).
  expect(requested.some((url) => /countries-110m.*\.json$/.test(url))).toBe(true);
  await expect.poll(() => requested.some((url) => /countries-50m.*\.json$/.test(url))).toBe(true);
  const originsAfter = new Set(requested.map((url) => new URL(url).origin));
  expect([...originsAfter]).toEqual([new URL(baseURL ?? '').origin]);
});
