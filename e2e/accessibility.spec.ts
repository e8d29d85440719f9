import { axeViolations } from './axe';
import { expect, openTrial, test } from './fixtures';
import { basemapShapes, mapMarkers, siteButton, sitePopup } from './selectors';

test('axe finds no violations on the trial page with the map loaded and a site selected', async ({
  page,
}) => {
  await openTrial(page, '?site=site-2');
  await expect(sitePopup(page)).toBeVisible();
  await expect(basemapShapes(page).first()).toBeAttached();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('axe finds no violations at 390 px', async ({ page }) => {
    await openTrial(page);
    await expect(mapMarkers(page)).toHaveCount(6);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('axe finds no violations on the not-found page', async ({ page }) => {
  await page.goto('/?trial=NCT00000000');
  await expect(page.getByRole('heading', { name: 'Trial not found' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the page can be worked by keyboard: skip link, sort buttons, site buttons, filter, markers', async ({
  page,
}) => {
  await openTrial(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  const recruiting = page.getByRole('radio', { name: /^Recruiting/ });
  await recruiting.focus();
  await page.keyboard.press('Space');
  await expect(recruiting).toBeChecked();
  await siteButton(page, /Hainan BOAO/).focus();
  await page.keyboard.press('Enter');
  await expect(sitePopup(page)).toContainText('Hainan BOAO');
});
