import { expect, test } from './fixtures';
import {
  LONG_VALID_TEXT,
  MEGABYTE_TEXT,
  withHostileRecordText,
  withHostileText,
} from './hostile-record';
import { expectNothingRan, watch } from './inert-page';
import { jsonFile, ourRecord, set } from './records/record-files';
import {
  dataTable,
  openRecordButton,
  recordFileInput,
  recordProblems,
  siteButton,
  sitePopup,
  trialPath,
} from './selectors';
import { serveModifiedTrial } from './trial-fixtures';

const TITLE =
  '<img src=x onerror="window.__xss=1"> \u202Eredro tfel-ot-thgir<script>window.__xss=1</script>';

test('a record with markup, script URLs, CSS and bidi overrides in every text field shows them as text, and nothing runs', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
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

  await expectNothingRan(page, baseURL, seen);
});

test('the same payloads in a file the reader opens: text stays text, invalid values are reported inertly', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  await page.goto(trialPath('NCT01573923'));
  const base = ourRecord();
  // Our record has no detailed description: give it one to carry the long text.
  set(base, ['protocolSection', 'descriptionModule', 'detailedDescription'], 'text');
  // Nor coordinates (the build finds them in its gazetteer; the browser has none): give them some,
  // so the map's popups show record text too.
  for (const index of [0, 1, 2, 3, 4, 5]) {
    const geoPoint = { lat: 30 + index, lon: 110 + index };
    set(
      base,
      ['protocolSection', 'contactsLocationsModule', 'locations', index, 'geoPoint'],
      geoPoint,
    );
  }
  const record = withHostileRecordText(base, TITLE);
  await openRecordButton(page).click();
  await recordFileInput(page).setInputFiles([jsonFile('hostile.json', record)]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page).toHaveURL(/source=file$/);
  // Codes with a payload appended are invalid: reported with the payload quoted as text.
  const problems = recordProblems(page);
  await expect(problems).toContainText(
    'protocolSection.descriptionModule.briefSummary: expected at most 100,000 characters, got 1,000,000 characters',
  );
  await expect(problems).toContainText('got "RECRUITING <img src=x onerror=\\"window.__xss=1\\">"');
  await expect(page.getByText(LONG_VALID_TEXT)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await siteButton(page, /^Tongji Hospital of Tongji University/).click();
  await expect(sitePopup(page)).toContainText('Tongji Hospital of Tongji University');
  await expectNothingRan(page, baseURL, seen);
});
