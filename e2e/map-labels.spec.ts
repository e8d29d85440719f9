import { axeViolations } from './axe';
import { expect, openTrial, test } from './fixtures';
import { mapPlaceLabels, mapPlaceLabelsPane, sitesMap } from './selectors';

const SITE_CITIES = ['Beijing', 'Lanzhou', 'Qionghai', 'Lianyungang', 'Shanghai', 'Xi’an'];

test('the map names the six site cities and the capitals and large cities around them', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await openTrial(page);
  await expect(sitesMap(page)).toBeVisible();
  const labels = mapPlaceLabels(page);
  for (const city of SITE_CITIES) await expect(labels.filter({ hasText: city })).toHaveCount(1);
  // Around them: a neighbouring country's capital, and large cities that have no site.
  for (const place of ['Taipei', 'Wuhan', 'Chengdu', 'Guangzhou'])
    await expect(labels.filter({ hasText: place })).toHaveCount(1);
  // From the trial's own places file, bundled like everything else (the fixture fails on any other origin).
  expect(requests).toContain('/data/maps/NCT01573923.places.json');
});

test('names never overlap, more appear as the reader zooms in, and none is read out', async ({
  page,
}) => {
  await openTrial(page);
  const labels = mapPlaceLabels(page);
  await expect(labels.filter({ hasText: 'Shanghai' })).toHaveCount(1);
  const boxes = async () =>
    labels.evaluateAll((elements) =>
      elements.map((element) => {
        const name = element.querySelector('.place-label__name');
        const box = (name ?? element).getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      }),
    );
  const overlapping = (list: Awaited<ReturnType<typeof boxes>>) =>
    list.filter((a, i) =>
      list.some(
        (b, j) =>
          i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
      ),
    ).length;
  const before = await boxes();
  expect(overlapping(before)).toBe(0);

  await sitesMap(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await boxes()).length).toBeGreaterThan(before.length);
  expect(overlapping(await boxes())).toBe(0);

  await expect(mapPlaceLabelsPane(page)).toHaveAttribute('aria-hidden', 'true');
  expect(await sitesMap(page).ariaSnapshot()).not.toContain('Wuhan');
  expect(await axeViolations(page)).toEqual([]);
});
