import { fileURLToPath } from 'node:url';
import { expect, openTrial, test } from './fixtures';

const SCREENSHOT = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));

test('takes the README screenshot: NCT01573923 with a site selected on the map', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openTrial(page, '&site=site-2');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(6);
  await expect(page.locator('.leaflet-popup')).toContainText('Xun Li');
  await expect(page.locator('.leaflet-overlay-pane svg path').first()).toBeAttached();
  await page.getByRole('heading', { name: 'Study groups' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: SCREENSHOT });
});
