import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { trialSchema, type Site } from '../src/trial/trial-schema';
import { expect, test } from './fixtures';
import {
  basemapShapes,
  dataTable,
  mapCluster,
  mapMarker,
  mapSharedPoint,
  siteButton,
  sitePopup,
  sitesMap,
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

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A site's marker: "Facility, City: Status". */
function siteMarker(page: Page, site: Site): Locator {
  return mapMarker(page, new RegExp(`^${escape(`${site.facility}, ${site.city}`)}: `));
}

async function openLargeTrial(page: Page, query = ''): Promise<void> {
  await page.goto(`${trialPath(LARGE)}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(basemapShapes(page).first()).toBeAttached({ timeout: 15_000 });
}

/** How wide the widest country outline is drawn: grows as the map zooms in. */
async function widestOutline(page: Page): Promise<number> {
  return basemapShapes(page).evaluateAll((paths) =>
    Math.max(
      ...paths.map((path) => (path instanceof SVGGraphicsElement ? path.getBBox().width : 0)),
    ),
  );
}

test.describe('a trial with 2,000 sites', () => {
  test.slow();

  test('draws counted clusters instead of 2,000 markers, and accounts for every located site', async ({
    page,
  }) => {
    const located = (await largeTrialSites(page)).filter((s) => s.location).length;
    await openLargeTrial(page);
    await expect(mapCluster(page).first()).toBeVisible();
    const names = await sitesMap(page)
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.textContent.trim()));
    const markers = names.filter((name) => !/^Zoom (in|out)$/.test(name));
    expect(markers.length).toBeLessThan(150);
    // Every badge shows its count; its name says it in words.
    const counted = markers.flatMap((name) => {
      const match = /(\d+) sites(: zoom in| at one place.*: show them)$/.exec(name);
      return match ? [Number(match[1])] : [];
    });
    expect(counted.length).toBeGreaterThan(0);
    const singles = markers.length - counted.length;
    expect(counted.reduce((a, b) => a + b, 0) + singles).toBe(located);
    const badge = mapCluster(page).first();
    await expect(badge.locator('[aria-hidden="true"]')).toHaveText(/^\d+(\.\d)?k?$/);
  });

  test('a cluster activated by keyboard zooms in, and focus stays in the map', async ({ page }) => {
    await openLargeTrial(page);
    const cluster = mapCluster(page).first();
    await expect(cluster).toBeVisible();
    const before = await widestOutline(page);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => widestOutline(page)).toBeGreaterThan(before * 1.5);
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

    await siteButton(page, new RegExp(`^${escape(site.facility)}$`)).click();
    await expect(page).toHaveURL(new RegExp(`site=${site.id}(&|$)`));
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
    // Start zoomed to the point (a link to one of its sites), then deselect: the sites fold up.
    await openLargeTrial(page, `&site=${first.id}`);
    await expect(sitePopup(page)).toBeVisible();
    await sitePopup(page).getByRole('button', { name: 'Close popup' }).click();
    await expect(page).not.toHaveURL(/site=/);
    const folded = mapSharedPoint(
      page,
      new RegExp(`^${group.length} sites at one place, ${escape(first.city ?? '')}: show them$`),
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
    for (const site of group) {
      await siteMarker(page, site).click();
      await expect(page).toHaveURL(new RegExp(`site=${site.id}(&|$)`));
      await expect(table.locator('tr[data-selected]')).toContainText(site.facility ?? '');
      await expect(sitePopup(page)).toContainText(site.facility ?? '');
    }
  });

  test('axe finds no violations in the map panel with clusters and a spread point', async ({
    page,
  }) => {
    const group = sharedPointGroup(await largeTrialSites(page), 3, 8);
    await openLargeTrial(page, `&site=${group[0]?.id ?? ''}`);
    await expect(sitePopup(page)).toBeVisible();
    await expect(mapCluster(page).or(mapSharedPoint(page)).first()).toBeAttached();
    // The map panel only: the 2,000-row sites table is checked by the tables' own tests.
    const results = await new AxeBuilder({ page }).include('.sites-map-panel').analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  });
});
