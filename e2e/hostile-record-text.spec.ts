import { hasControlCharacters } from '../src/lib/safe-links';
import { expect, test } from './fixtures';
import { MEGABYTE_TEXT, withHostileText } from './hostile-record';
import { dataTable, sitePopup, siteButton, trialPath } from './selectors';
import { serveModifiedTrial } from './trial-fixtures';

const TITLE =
  '<img src=x onerror="window.__xss=1"> \u202Eredro tfel-ot-thgir<script>window.__xss=1</script>';

test('a record with markup, script URLs, CSS and bidi overrides in every text field shows them as text, and nothing runs', async ({
  page,
  baseURL,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  let documentsLoaded = 0;
  page.on('load', () => (documentsLoaded += 1));
  await serveModifiedTrial(page, (trial) => withHostileText(trial, TITLE));
  await page.goto(trialPath('NCT01573923'));

  // The payloads are literal text: the title shows its markup, and the CSS payload hid nothing.
  const title = page.getByRole('heading', { level: 1 });
  // (More time than usual: the test's route parses and rewrites a trial holding a 1 MB string.)
  await expect(title).toHaveText(TITLE, { timeout: 20_000 });
  await expect(page.getByText('javascript:window.__xss=1').first()).toBeVisible();
  await expect(dataTable(page, 'Sites').getByRole('row')).toHaveCount(7);

  // Show every place record text goes: a site's popup (with its contacts) on the map.
  await siteButton(page, /^Tongji Hospital of Tongji University/).click();
  await expect(sitePopup(page)).toContainText('Tongji Hospital of Tongji University');
  await expect(sitePopup(page).getByRole('paragraph').first()).toContainText(
    /window\.__xss=1|evil\.example|\u202E/,
  );

  // The 1 MB description wraps inside the page: nothing is wider than the window.
  await expect(page.getByText(MEGABYTE_TEXT)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );

  // Nothing ran, nothing was injected, nowhere else was gone to.
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload], style')).toHaveCount(
    0,
  );
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  expect(documentsLoaded).toBe(1);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? '').origin);
  expect(new URL(page.url()).pathname).toBe('/');

  // Every link goes somewhere harmless, and no target carries a bidi control.
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) =>
      links.map((link) => (link instanceof HTMLAnchorElement ? link.href : '')),
    );
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) {
    expect(['http:', 'https:', 'mailto:', 'tel:'], href).toContain(new URL(href).protocol);
    expect(hasControlCharacters(decodeURIComponent(href)), href).toBe(false);
  }
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
});
