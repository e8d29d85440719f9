import {
  dataTable,
  mapMarker,
  mapPicture,
  measureFromHere,
  nearestSummary,
  placeBox,
  placeSuggestion,
  sitesMap,
  useMyLocation,
} from './selectors';
import { axeViolations } from './axe';
import { expect, openTrial, test } from './fixtures';
import { measureFromPlace } from './nearest-helpers';
import { columnTexts } from './table-helpers';

const TONGJI = 'Tongji Hospital of Tongji University';
const LANZHOU = 'the First Affiliated Hospital of Lanzhou University';

/** The facility column (0) and the Distance column (1) of the sites table, top to bottom. */
async function facilitiesAndDistances(page: import('@playwright/test').Page) {
  const table = dataTable(page, 'Sites');
  return { facilities: await columnTexts(table, 0), distances: await columnTexts(table, 1) };
}

test('typing Shanghai and choosing it puts Tongji Hospital first, with its distance and whom to call', async ({
  page,
}) => {
  const gazetteerFiles: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/gazetteer/')) gazetteerFiles.push(path.split('/').pop() ?? '');
  });
  await openTrial(page);
  await measureFromPlace(page, 'Shanghai', 'Shanghai, China');
  const { facilities, distances } = await facilitiesAndDistances(page);
  expect(facilities[0]).toBe(TONGJI);
  expect(distances).toEqual([
    'under 1 km',
    '430 km',
    '1,068 km',
    '1,219 km',
    '1,714 km',
    '1,729 km',
  ]);
  const summary = nearestSummary(page);
  await expect(summary).toHaveAccessibleName('Nearest recruiting site to Shanghai, China');
  await expect(summary).toContainText(TONGJI);
  await expect(summary).toContainText('Liming Chen');
  await expect(summary).toContainText('Recruiting');
  await expect(summary).not.toContainText('Nearer, but not recruiting');
  // A typed place goes into the link, so a clinician can send it.
  expect(new URL(page.url()).searchParams.get('near')).toBe('CN-1796236');
  // The map marks the point.
  await expect(sitesMap(page).locator('.near-point-marker')).toHaveCount(1);
  // The files fetched are the trial's country and the world's large cities, whatever was typed.
  expect([...new Set(gazetteerFiles)].sort()).toEqual(['CN.json', 'index.json', 'world.json']);
  expect(await axeViolations(page)).toEqual([]);
});

test('the place box works by keyboard alone, and a link with the place reopens it', async ({
  page,
}) => {
  await openTrial(page);
  await placeBox(page).focus();
  await page.keyboard.type('lanzh');
  await expect(placeSuggestion(page, 'Lanzhou, Gansu, China')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(placeSuggestion(page, 'Lanzhou, Gansu, China')).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(placeBox(page)).toHaveValue('Lanzhou, Gansu, China');
  await expect(nearestSummary(page)).toContainText(LANZHOU);
  expect((await facilitiesAndDistances(page)).facilities[0]).toBe(LANZHOU);
  // Tab reaches the controls after the box: Use my location, then Clear.
  await page.keyboard.press('Tab');
  await expect(useMyLocation(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(nearestSummary(page)).toHaveCount(0);
  await expect(
    dataTable(page, 'Sites').getByRole('columnheader', { name: /Distance/ }),
  ).toHaveCount(0);

  await openTrial(page, '?near=CN-1804430&units=mi');
  await expect(nearestSummary(page)).toHaveAccessibleName(
    'Nearest recruiting site to Lanzhou, Gansu, China',
  );
  expect((await facilitiesAndDistances(page)).distances.slice(0, 2)).toEqual([
    'under 1 mi',
    '313 mi',
  ]);
});

test.describe('with the device’s position near Lanzhou', () => {
  test.use({ geolocation: { latitude: 36.1, longitude: 103.7 }, permissions: ['geolocation'] });

  test('"Use my location" puts the Lanzhou site first, and keeps the position out of the link', async ({
    page,
  }) => {
    await openTrial(page);
    await useMyLocation(page).click();
    await expect(nearestSummary(page)).toHaveAccessibleName(
      'Nearest recruiting site to your location',
    );
    await expect(nearestSummary(page)).toContainText(LANZHOU);
    expect((await facilitiesAndDistances(page)).facilities[0]).toBe(LANZHOU);
    expect(page.url()).not.toContain('near=');
    await page.getByRole('button', { name: 'Put this place in the link' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('near')).toBe('36.10,103.70');
  });
});

test('denied geolocation says so in a sentence and leaves the table as it was', async ({
  page,
  context,
}) => {
  await context.clearPermissions();
  await openTrial(page);
  await useMyLocation(page).click();
  await expect(
    page.getByText(/^Your location was not shared: the browser did not allow it\./),
  ).toBeVisible();
  await expect(
    dataTable(page, 'Sites').getByRole('columnheader', { name: /Distance/ }),
  ).toHaveCount(0);
});

test('a click on the map measures from there ("Measure from here")', async ({ page }) => {
  await openTrial(page);
  const marker = mapMarker(page, /Lanzhou: /);
  await expect(marker).toBeVisible();
  // The live map is drawn and its picture gone (until then the picture is what a click lands on).
  await expect(mapPicture(page)).toHaveCount(0);
  const box = await marker.boundingBox();
  if (box === null) throw new Error('the Lanzhou marker has no box');
  // Just west of the Lanzhou marker, on the map's background.
  await page.mouse.click(box.x - 30, box.y + box.height / 2);
  await measureFromHere(page).click();
  await expect(nearestSummary(page)).toHaveAccessibleName(
    'Nearest recruiting site to the point chosen on the map',
  );
  await expect(nearestSummary(page)).toContainText(LANZHOU);
  expect(page.url()).not.toContain('near=');
  await expect(sitesMap(page).locator('.near-point-marker')).toHaveCount(1);
});
