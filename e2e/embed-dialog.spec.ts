import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, openTrial, test } from './fixtures';
import { APP_ORIGIN, embedPath, HOST_ORIGIN, openHostPage, TRIAL } from './embed-helpers';
import { mapMarkers, sitePopup } from './selectors';

async function openDialog(page: Page) {
  await openTrial(page);
  const button = page.getByRole('button', { name: 'Embed this trial' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this trial' });
  await expect(dialog).toBeVisible();
  return { button, dialog };
}

test('the dialog opens with focus inside, Escape closes it and focus returns to the button', async ({
  page,
}) => {
  const { button, dialog } = await openDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'View' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the snippet follows the chosen view and size, with a live preview', async ({ page }) => {
  const { dialog } = await openDialog(page);
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(
    `<iframe src="${APP_ORIGIN}/trials/${TRIAL}/embed/map/" width="600" height="400" title="${TRIAL} sites map (Trial Explorer)" style="border:0" loading="lazy"></iframe>`,
  );
  await expect(code).toHaveAttribute('readonly', '');
  await dialog.getByRole('combobox', { name: 'View' }).selectOption('groups');
  await dialog.getByRole('spinbutton', { name: 'Height (px)' }).fill('320');
  await dialog.getByRole('checkbox', { name: '100% width' }).check();
  await expect(code).toHaveValue(
    /\/embed\/groups\/" width="100%" height="320" title="NCT01573923 study groups \(Trial Explorer\)"/,
  );
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('table', { name: /^Study groups/ })).toBeVisible();
  await expect(dialog.locator('iframe')).toHaveAttribute('title', /study groups/);
});

test('Copy embed code copies the snippet and says so politely', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  const { dialog } = await openDialog(page);
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue());
});

test.describe('a pasted snippet', () => {
  test.use({ allowedOrigins: [HOST_ORIGIN] });

  test('renders the chosen view in a page of another origin', async ({ page }) => {
    const { dialog } = await openDialog(page);
    await dialog.getByRole('combobox', { name: 'View' }).selectOption('investigators');
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    await openHostPage(page, HOST_ORIGIN, snippet);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('table', { name: /^Investigators/ })).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open full view' })).toBeVisible();
    await expect(page.locator('iframe')).toHaveAttribute(
      'title',
      `${TRIAL} investigators (Trial Explorer)`,
    );
  });
});

test('axe finds no violations in embed mode, view=all', async ({ page }) => {
  await page.goto(embedPath('all'));
  await expect(mapMarkers(page)).toHaveCount(6);
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violations in embed mode, view=map with a site selected', async ({ page }) => {
  await page.goto(embedPath('map', '&site=site-2'));
  await expect(sitePopup(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe finds no violations with the embed dialog open', async ({ page }) => {
  const { dialog } = await openDialog(page);
  await expect(mapMarkers(dialog.frameLocator('iframe'))).toHaveCount(6);
  // The preview frame repeats the page's own landmarks (main, the map region), which axe reports as
  // landmark-unique across frames; its content is checked by the embed-mode runs above.
  expect(await axeViolations(page, { exclude: '.embed-dialog__preview iframe' })).toEqual([]);
});
