import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openTrial, test } from './fixtures';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test('axe finds no violations on the trial page with the map loaded and a site selected', async ({ page }) => {
  await openTrial(page, '&site=site-2');
  await expect(page.locator('.leaflet-popup')).toBeVisible();
  await expect(page.locator('.leaflet-overlay-pane svg path').first()).toBeAttached();
  await expectNoViolations(page);
});

test.describe('narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('axe finds no violations at 390 px', async ({ page }) => {
    await openTrial(page);
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(6);
    await expectNoViolations(page);
  });
});

test('axe finds no violations on the not-found page', async ({ page }) => {
  await page.goto('/?trial=NCT00000000');
  await expect(page.getByRole('heading', { name: 'Trial not found' })).toBeVisible();
  await expectNoViolations(page);
});

test('the page can be worked by keyboard: skip link, sort buttons, site buttons, filter, markers', async ({ page }) => {
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
  const siteButton = page.getByRole('table', { name: /^Sites/ }).getByRole('button', { name: /Hainan BOAO/ });
  await siteButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup')).toContainText('Hainan BOAO');
});
