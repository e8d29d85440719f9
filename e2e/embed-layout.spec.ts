import { expect, test } from './fixtures';
import { APP_ORIGIN, embedPath, openHostPage, scrollReport, TRIAL } from './embed-helpers';
import { mapMarkers, sitesMap } from './selectors';

const VIEWS = ['map', 'groups', 'investigators', 'sites', 'overview', 'all'] as const;
const SIZES = [
  { name: '300x250', width: '300', height: 250 },
  { name: '600x400', width: '600', height: 400 },
  { name: '100% width', width: '100%', height: 400 },
] as const;

for (const view of VIEWS) {
  for (const size of SIZES) {
    test(`embed view=${view} fits a ${size.name} frame: no double scrollbars`, async ({ page }) => {
      const src = embedPath(view);
      await openHostPage(
        page,
        APP_ORIGIN,
        `<iframe src="${src}" width="${size.width}" height="${size.height}" title="${TRIAL} ${view}" style="border:0;display:block"></iframe>`,
      );
      const frame = page.frameLocator('iframe');
      await expect(frame.getByRole('link', { name: 'Open full view' })).toBeVisible();
      await expect(frame.getByRole('banner').filter({ hasText: 'Trial Explorer' })).toHaveCount(0);
      await expect(frame.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
      if (view === 'map' || view === 'all') await expect(mapMarkers(frame)).toHaveCount(6);
      const framed = page.frames().find((f) => f.url().includes('embed=1'));
      if (!framed) throw new Error('no embed frame');
      const report = await scrollReport(framed);
      const where = `${view} at ${size.name}`;
      expect(report.scrollWidth, `${where}: horizontal overflow`).toBeLessThanOrEqual(
        report.clientWidth,
      );
      expect(
        report.verticalScrollers.length,
        `${where}: ${report.verticalScrollers.join(', ')}`,
      ).toBeLessThanOrEqual(1);
      if (view === 'map') {
        expect(
          report.verticalScrollers,
          `${where}: the map view fills the frame without scrolling`,
        ).toEqual([]);
        const box = await sitesMap(frame).boundingBox();
        expect(box?.height ?? 0, `${where}: map height`).toBeGreaterThan(size.height - 90);
      }
    });
  }
}

test('an invalid view falls back to all; the full-view link keeps state but not the embed options', async ({
  page,
}) => {
  await page.goto(
    embedPath(
      'bogus',
      '&status=RECRUITING&site=site-2&sitesSort=-city&parentOrigin=https%3A%2F%2Fa.example',
    ),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Umbilical Mesenchymal Stem Cells/,
  );
  await expect(page.getByRole('table', { name: /^Study groups/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Sites/ })).toBeVisible();
  const link = page.getByRole('link', { name: 'Open full view', exact: true });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute(
    'href',
    `/trials/${TRIAL}/?status=RECRUITING&site=site-2&sitesSort=-city`,
  );
});

test('external links in the embed open in a new tab without opener or referrer', async ({
  page,
}) => {
  await page.goto(embedPath('all'));
  await expect(mapMarkers(page)).toHaveCount(6);
  const external = page.locator('a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const link of await external.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});
