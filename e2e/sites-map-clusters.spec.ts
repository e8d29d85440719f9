import type { Locator, Page } from '@playwright/test';
import { z } from 'zod';
import { trialSchema, type Site } from '../src/trial/trial-schema';
import { axeViolations } from './axe';
import { expect, expectUnchanged, test } from './fixtures';
import {
  basemapShapes,
  dataTable,
  escapeRegExp,
  mapCluster,
  mapMarker,
  mapSharedPoint,
  sitePopup,
  siteButton,
  sitesMap,
  sitesTextFilter,
  trialPath,
} from './selectors';

/** The synthetic 2,000-site trial (SYNTHETIC_TRIALS=large; the e2e build includes it). */
const LARGE = 'NCT99999001';

/** The large trial's sites, read from the same prebuilt file the page loads. */
async function largeTrialSites(page: Page): Promise<Site[]> {
  const response = await page.request.get(`/data/trials/${LARGE}.json`);
  return trialSchema.parse(await response.json()).sites;
}

/** The first group of `min`–`max` named sites sharing one exact point. */
function sharedPointGroup(sites: Site[], min: number, max: number): Site[] {
  const groups = new Map<string, Site[]>();
  for (const site of sites) {
    if (!site.location || !site.facility || !site.city) continue;
    const key = `${site.location.lat},${site.location.lon}`;
    groups.set(key, [...(groups.get(key) ?? []), site]);
  }
  const group = [...groups.values()].find((g) => g.length >= min && g.length <= max);
  if (!group) throw new Error(`no point shared by ${min}–${max} sites`);
  return group;
}

/** A site's marker: "Facility, City: Status". */
const siteMarker = (page: Page, site: Site): Locator =>
  mapMarker(page, new RegExp(`^${escapeRegExp(`${site.facility}, ${site.city}`)}: `));

/**
 * The accessible names of the buttons in the map, from its accessibility tree (one YAML line per
 * button: `- button "12 sites: zoom in"`, single-quoted by YAML when the name holds ": ").
 */
async function mapButtonNames(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (const raw of (await sitesMap(page).ariaSnapshot()).split('\n')) {
    let line = raw.trim().replace(/^- /, '');
    if (line.startsWith("'")) line = line.slice(1, line.lastIndexOf("'")).replaceAll("''", "'");
    const name = /^button "((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
    if (name !== undefined) names.push(z.string().parse(JSON.parse(`"${name}"`)));
  }
  return names;
}

/** How many sites the map draws: a cluster or a folded point counts its sites, a marker one. */
async function sitesDrawn(
  page: Page,
): Promise<{ sites: number; buttons: number; counted: number }> {
  // Sites' buttons are named "…: status", "…: zoom in" or "…: show them"; the zoom controls and
  // the popup's close button are not sites.
  const drawn = (await mapButtonNames(page)).filter((name) => name.includes(': '));
  const counts = drawn.flatMap((name) => {
    const match = /^(\d+) sites(: zoom in| at one place.*: show them)$/.exec(name);
    return match ? [Number(match[1])] : [];
  });
  const singles = drawn.length - counts.length;
  return {
    sites: counts.reduce((a, b) => a + b, singles),
    buttons: drawn.length,
    counted: counts.length,
  };
}

async function openLargeTrial(page: Page, query = ''): Promise<void> {
  await page.goto(`${trialPath(LARGE)}${query}`);
  await expect(basemapShapes(page).first()).toBeAttached();
}

/** The median width of the country outlines as drawn: doubles with each zoom level. */
async function outlineScale(page: Page): Promise<number> {
  return basemapShapes(page).evaluateAll((paths) => {
    const widths = paths
      .map((path) => (path instanceof SVGGraphicsElement ? path.getBBox().width : 0))
      .filter((width) => width > 0) // clipped away: off screen
      .sort((a, b) => a - b);
    return widths[Math.floor(widths.length / 2)] ?? 0;
  });
}

test.describe('a trial with 2,000 sites', () => {
  test('draws counted clusters instead of 2,000 markers, and accounts for every located site', async ({
    page,
  }) => {
    const located = (await largeTrialSites(page)).filter((s) => s.location).length;
    await openLargeTrial(page);
    await expect(mapCluster(page).first()).toBeVisible();
    const drawn = await sitesDrawn(page);
    expect(drawn.buttons).toBeLessThan(150);
    expect(drawn.counted).toBeGreaterThan(0);
    // Every located site is drawn exactly once: in a cluster, a folded point, or on its own.
    expect(drawn.sites).toBe(located);
    // Every badge shows its count (the name says it in words).
    await expect(mapCluster(page).first().locator('[aria-hidden="true"]')).toHaveText(
      /^\d+(\.\d)?k?$/,
    );
  });

  test('a selected site stays drawn when zoomed out, and is not counted twice', async ({
    page,
  }) => {
    const sites = await largeTrialSites(page);
    const located = sites.filter((s) => s.location).length;
    const [site] = sharedPointGroup(sites, 3, 8);
    if (!site) throw new Error('no site');
    // The link zooms in to where the site's point is on its own; zoom back out to the whole world.
    await openLargeTrial(page, `?site=${site.id}`);
    await expect(siteMarker(page, site)).toBeVisible();
    const zoomOut = sitesMap(page).getByRole('button', { name: 'Zoom out' });
    while (!(await zoomOut.isDisabled())) await zoomOut.click();
    await expect(siteMarker(page, site)).toHaveClass(/is-selected/);
    await expect.poll(async () => (await sitesDrawn(page)).sites).toBe(located);
  });

  test('a cluster activated by keyboard zooms in, and focus stays in the map', async ({ page }) => {
    await openLargeTrial(page);
    const cluster = mapCluster(page).first();
    await expect(cluster).toBeVisible();
    const before = await outlineScale(page);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => outlineScale(page)).toBeGreaterThan(before * 1.5);
    await expect(sitesMap(page)).toBeFocused();
  });

  test('a site selected in the sites table is shown out of its cluster, selected, with its popup', async ({
    page,
  }) => {
    const group = sharedPointGroup(await largeTrialSites(page), 3, 8);
    const [, site] = group;
    if (!site?.facility) throw new Error('no site');
    await openLargeTrial(page);
    await expect(mapCluster(page).first()).toBeVisible();
    await expect(siteMarker(page, site)).toHaveCount(0);

    // The table renders only the rows in view: find the site the way a reader would, by filtering.
    await sitesTextFilter(page).fill(site.facility);
    const button = siteButton(page, new RegExp(`^${escapeRegExp(site.facility)}$`));
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`site=${site.id}(&|$)`));
    // Back to all 2,000 sites: the selection stays, drawn out of the cluster it belongs to.
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect(page).not.toHaveURL(/sitesFilter=/);
    const marker = siteMarker(page, site);
    await expect(marker).toBeVisible();
    await expect(marker).toHaveClass(/is-selected/);
    await expect(sitePopup(page)).toContainText(site.facility);
    // Its point-mates are spread around it, each a marker of its own.
    for (const mate of group) await expect(siteMarker(page, mate)).toBeVisible();
  });

  test('every site sharing one point can be reached: spread them out, then select each', async ({
    page,
  }) => {
    const group = sharedPointGroup(await largeTrialSites(page), 4, 8);
    const [first] = group;
    if (!first) throw new Error('no site');
    // Start zoomed to the point (a link to one of its sites); a click on the map's background
    // closes the popup (deselects) and folds the sites up into one button.
    await openLargeTrial(page, `?site=${first.id}`);
    await expect(sitePopup(page)).toBeVisible();
    const box = await sitesMap(page).boundingBox();
    await sitesMap(page).click({ position: { x: (box?.width ?? 100) - 16, y: 16 } });
    await expect(page).not.toHaveURL(/site=/);
    const folded = mapSharedPoint(
      page,
      new RegExp(
        `^${group.length} sites at one place, ${escapeRegExp(first.city ?? '')}: show them$`,
      ),
    );
    await expect(folded).toBeVisible();

    await folded.focus();
    await page.keyboard.press('Enter');
    await expect(siteMarker(page, first)).toBeFocused();
    // Tab walks through the spread sites.
    const reached = new Set<string>();
    for (let steps = 0; reached.size < group.length && steps < 2 * group.length; steps++) {
      reached.add(await page.evaluate(() => document.activeElement?.textContent ?? ''));
      await page.keyboard.press('Tab');
    }
    expect([...reached].sort()).toEqual(
      await Promise.all(group.map((s) => siteMarker(page, s).textContent())).then((t) =>
        t.map((x) => x ?? '').sort(),
      ),
    );

    const table = dataTable(page, 'Sites');
    // Each selected by keyboard (an open popup may cover point-mates above it to the pointer).
    for (const site of group) {
      await siteMarker(page, site).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`site=${site.id}(&|$)`));
      await expect(table.getByRole('button', { pressed: true })).toHaveText(site.facility ?? '');
      await expect(sitePopup(page)).toContainText(site.facility ?? '');
    }
  });

  test('axe finds no violations in the map panel with clusters and a spread point', async ({
    page,
  }) => {
    const group = sharedPointGroup(await largeTrialSites(page), 3, 8);
    await openLargeTrial(page, `?site=${group[0]?.id ?? ''}`);
    await expect(sitePopup(page)).toBeVisible();
    // The popup's content is drawn after it opens: axe once it shows the site (seen once in CI:
    // its phone link was checked before its text was in).
    await expect(sitePopup(page)).toContainText(group[0]?.facility ?? 'a facility');
    await expect(mapCluster(page).or(mapSharedPoint(page)).first()).toBeAttached();
    // The popup's content can be drawn again once more (seen again in CI: axe then read a link
    // of the content being replaced): axe once it has stayed the same for a while.
    await expectUnchanged(sitePopup(page));
    // The map panel only: the 2,000-row sites table is checked by the tables' own tests.
    expect(await axeViolations(page, { include: '.sites-map-panel' })).toEqual([]);
  });
});
