import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { viewToBox, type PictureView } from '../src/features/sites/map-picture/picture-view';
import { projectPoint, type PixelPoint } from '../src/features/sites/map-picture/web-mercator';
import { siteStatusColor } from '../src/features/sites/site-status-style';
import { trialSchema, type Site } from '../src/trial/trial-schema';
import { expect, test } from './fixtures';
import { basemapShapes, mapMarker, mapMarkers, sitesMap, trialPath } from './selectors';

/**
 * The map picture (issue 13): the build-time SVG of the map in the map's box, until the live map
 * (its chunk held back here) is drawn in the same box, at the same view, and replaces it.
 */
const TRIAL = 'NCT01573923';
const MAP_CHUNK = /\/assets\/sites-chunk-[^/]*\.js$/;

const mapPicture = (page: Page) =>
  page.getByRole('img', { name: /^Picture of the map of the trial's 6 sites;/ });

/** The picture where the page's map panel is (the aside beside the sections). */
const pictureInPanel = (page: Page) =>
  page.getByRole('complementary', { name: 'Sites map' }).getByRole('img');

/** Holds the live map's chunk until `release` is called. */
async function holdMapChunk(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(MAP_CHUNK, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The picture's view: its SVG's viewBox, in Web Mercator zoom-0 pixels. */
async function pictureView(request: APIRequestContext): Promise<PictureView> {
  const svg = await (await request.get(`/data/maps/${TRIAL}.svg`)).text();
  const [x = NaN, y = NaN, width = NaN, height = NaN] =
    /viewBox="([^"]+)"/.exec(svg)?.[1]?.split(' ').map(Number) ?? [];
  return { x, y, width, height };
}

async function builtSite(request: APIRequestContext, city: string): Promise<Site> {
  const trial = trialSchema.parse(await (await request.get(`/data/trials/${TRIAL}.json`)).json());
  const site = trial.sites.find((s) => s.city === city);
  if (!site?.location) throw new Error(`no located site in ${city}`);
  return site;
}

/** Where the picture draws a site, in page pixels: the view fitted to the image's content box (`meet`). */
async function pictureDot(picture: Locator, view: PictureView, site: Site): Promise<PixelPoint> {
  const box = await picture.evaluate((img) => {
    const { left, top } = img.getBoundingClientRect();
    return {
      left: left + img.clientLeft,
      top: top + img.clientTop,
      width: img.clientWidth,
      height: img.clientHeight,
    };
  });
  const { lat = 0, lon = 0 } = site.location ?? {};
  const inBox = viewToBox(projectPoint(lat, lon), view, box);
  return { x: box.left + inBox.x, y: box.top + inBox.y };
}

/** The colour on screen at a page point, as [r, g, b] (read back from a screenshot). */
async function colourAt(page: Page, point: PixelPoint): Promise<number[]> {
  const png = await page.screenshot({
    clip: { x: Math.round(point.x) - 1, y: Math.round(point.y) - 1, width: 3, height: 3 },
  });
  const probe = await page.context().newPage();
  const rgb = await probe.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context?.drawImage(image, 0, 0);
    return [...(context?.getImageData(1, 1, 1, 1).data.slice(0, 3) ?? [])];
  }, png.toString('base64'));
  await probe.close();
  return rgb;
}

const hexRgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

const centre = async (locator: Locator): Promise<PixelPoint> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test('the map picture fills the map box before the map runs; the live map takes the same box, its markers where the dots were', async ({
  page,
  request,
}) => {
  const release = await holdMapChunk(page);
  await page.goto(trialPath(TRIAL));
  const picture = pictureInPanel(page);
  await expect(mapPicture(page)).toBeVisible();
  await expect(picture).toHaveAccessibleName(/^Picture of the map/);
  await expect
    .poll(() => picture.evaluate((img) => img instanceof HTMLImageElement && img.naturalWidth > 0))
    .toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Loading map' })).toHaveCount(0);
  const pictureBox = await picture.boundingBox();

  // The picture draws Lanzhou's site where the shared view puts it, in its status colour.
  const lanzhou = await builtSite(request, 'Lanzhou');
  const dot = await pictureDot(picture, await pictureView(request), lanzhou);
  const drawn = await colourAt(page, dot);
  hexRgb(siteStatusColor(lanzhou.status)).forEach((channel, i) =>
    expect(
      Math.abs((drawn[i] ?? -99) - channel),
      `channel ${i} of ${drawn.join(',')}`,
    ).toBeLessThanOrEqual(12),
  );

  release();
  await expect(mapMarkers(page)).toHaveCount(6);
  await expect(basemapShapes(page).first()).toBeAttached();
  await expect(mapPicture(page)).toHaveCount(0);
  expect(await sitesMap(page).boundingBox()).toEqual(pictureBox);
  const marker = await centre(mapMarker(page, /Lanzhou: Recruiting$/));
  expect(Math.abs(marker.x - dot.x), `marker at ${marker.x}, dot at ${dot.x}`).toBeLessThanOrEqual(
    2,
  );
  expect(Math.abs(marker.y - dot.y), `marker at ${marker.y}, dot at ${dot.y}`).toBeLessThanOrEqual(
    2,
  );
});

test('the embedded map view shows the picture in its box too, and the live map replaces it there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 300 });
  const release = await holdMapChunk(page);
  await page.goto(`${trialPath(TRIAL)}embed/map/`);
  await expect(mapPicture(page)).toBeVisible();
  const pictureBox = await mapPicture(page).boundingBox();
  expect(pictureBox?.height).toBeGreaterThan(100);
  release();
  await expect(mapMarkers(page)).toHaveCount(6);
  await expect(mapPicture(page)).toHaveCount(0);
  expect(await sitesMap(page).boundingBox()).toEqual(pictureBox);
});
