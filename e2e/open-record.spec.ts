import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
  brokenButReadable,
  jsonFile,
  largeRecord,
  OUR_RECORD_TEXT,
  ourRecord,
  REFUSED_FILES,
  set,
  type RecordFile,
} from './records/record-files';
import {
  dataTable,
  definitionValue,
  openPastedJson,
  openRecordButton,
  openRecordDialog,
  pasteJsonBox,
  recordFileInput,
  recordProblems,
  trialHeader,
  trialPath,
  trialTitle,
} from './selectors';
import type { Page } from '@playwright/test';
import { z } from 'zod';

const titleSchema = z.object({
  protocolSection: z.object({ identificationModule: z.object({ briefTitle: z.string() }) }),
});

/** Real records nobody on this project wrote (../shared/ctgov-samples: CI has them). */
const SAMPLES = join(process.cwd(), '..', 'shared', 'ctgov-samples');

async function openFiles(page: Page, files: RecordFile[] | string[]): Promise<void> {
  await openRecordButton(page).click();
  await expect(openRecordDialog(page)).toBeVisible();
  await recordFileInput(page).setInputFiles(files);
}

test.beforeEach(async ({ page }) => {
  await page.goto(trialPath('NCT01573923'));
  await expect(trialTitle(page)).toHaveText(/Umbilical Mesenchymal Stem Cells/);
});

test.describe('the real ClinicalTrials.gov records', () => {
  test.skip(!existsSync(SAMPLES), `${SAMPLES} is not here (CI has it)`);
  const samples = existsSync(SAMPLES)
    ? readdirSync(SAMPLES).filter((name) => name.endsWith('.json'))
    : [];

  for (const name of samples) {
    test(`${name} opens through the file picker as a trial of this tab`, async ({ page }) => {
      const path = join(SAMPLES, name);
      const nctId = name.replace(/\.json$/, '');
      const { briefTitle } = titleSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
        .protocolSection.identificationModule;
      await openFiles(page, [path]);
      await expect(openRecordDialog(page)).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`\\?trial=${nctId}&source=file$`));
      await expect(trialTitle(page)).toHaveText(briefTitle);
      await expect(page.getByText(`Opened from your file ${name}.`)).toBeVisible();
      await expect(recordProblems(page)).toHaveCount(0);
      await expect(
        page
          .getByRole('navigation', { name: 'Trials' })
          .getByRole('link', { name: `${nctId} (file)` }),
      ).toHaveAttribute('aria-current', 'page');
    });
  }

  test('NCT02552212 comes with all 105 sites in the table and on the map', async ({ page }) => {
    await openFiles(page, [join(SAMPLES, 'NCT02552212.json')]);
    await expect(dataTable(page, 'Sites')).toHaveAttribute('aria-rowcount', '106');
    await expect(dataTable(page, 'Sites')).toHaveAccessibleName(/^Sites \(105\)/);
    await expect(page.getByRole('region', { name: /Map of the trial's sites/ })).toBeVisible();
  });
});

test('every bad-input class is refused with its specific message, and the page keeps its trial', async ({
  page,
}) => {
  await openRecordButton(page).click();
  for (const { file, message } of REFUSED_FILES) {
    await recordFileInput(page).setInputFiles([file]);
    const report = openRecordDialog(page).getByRole('alert');
    await expect(report).toContainText(`${file.name} could not be opened`);
    await expect(report).toContainText(message);
  }
  await page.keyboard.press('Escape');
  await expect(trialTitle(page)).toHaveText(/Umbilical Mesenchymal Stem Cells/);
  await expect(page).toHaveURL(/\/trials\/NCT01573923\/$/);
});

test('a file over 50 MB is refused before it is read', async ({ page }, testInfo) => {
  // Playwright hands files over 50 MB to the page by path only.
  const path = testInfo.outputPath('huge.json');
  writeFileSync(path, ' '.repeat(51 * 1024 * 1024));
  await openFiles(page, [path]);
  const report = openRecordDialog(page).getByRole('alert');
  await expect(report).toContainText('huge.json could not be opened');
  await expect(report).toContainText('the file is 51.0 MB; records up to 50.0 MB are read');
});

test('a record with invalid values shows everything else, marks each invalid value, and lists them', async ({
  page,
}) => {
  await openFiles(page, [brokenButReadable()]);
  await expect(trialTitle(page)).toHaveText(/Umbilical Mesenchymal Stem Cells/);
  const problems = recordProblems(page);
  await expect(problems).toContainText('The record has 5 invalid values.');
  await expect(problems).toContainText(
    'protocolSection.designModule.enrollmentInfo.count: expected a count of 0 or more, got -3',
  );
  const enrollment = definitionValue(trialHeader(page), 'Enrollment');
  await expect(enrollment).toContainText('Invalid in the record');
  await expect(enrollment).toContainText('protocolSection.designModule.enrollmentInfo.count');
  await expect(page.getByRole('region', { name: 'Eligibility' })).toContainText(
    'The record does not contain a eligibilityModule',
  );
  const sites = dataTable(page, 'Sites');
  await expect(sites.getByRole('row').nth(2)).toContainText('Invalid in the record');
  await expect(sites.getByRole('row').nth(4)).toContainText(
    "the record's coordinates are invalid (lat: expected a number from -90 to 90, got 912)",
  );
  await expect(dataTable(page, 'Study groups').getByRole('row').nth(1)).toContainText(
    'protocolSection.armsInterventionsModule.armGroups[0].type',
  );
  // The tables still sort.
  await dataTable(page, 'Investigators')
    .getByRole('columnheader', { name: 'Role' })
    .getByRole('button')
    .click();
  await expect(
    dataTable(page, 'Investigators').getByRole('columnheader', { name: 'Role' }),
  ).toHaveAttribute('aria-sort', 'ascending');
});

test('a search response opens every readable study into the switcher and reports the rest', async ({
  page,
}) => {
  const second = ourRecord();
  set(second, ['protocolSection', 'identificationModule', 'nctId'], 'NCT00000042');
  set(second, ['protocolSection', 'identificationModule', 'briefTitle'], 'A second study');
  const search = jsonFile('search.json', {
    studies: [ourRecord(), second, { protocolSection: {} }],
  });
  await openFiles(page, [search]);
  const dialog = openRecordDialog(page);
  await expect(
    dialog.getByRole('heading', { name: 'search.json: 2 of 3 studies opened' }),
  ).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText(
    'studies[2].protocolSection.identificationModule: required, but missing',
  );
  await dialog.getByRole('link', { name: 'NCT00000042: A second study' }).click();
  await page.keyboard.press('Escape');
  await expect(trialTitle(page)).toHaveText('A second study');
  const switcher = page.getByRole('navigation', { name: 'Trials' });
  await switcher.getByRole('link', { name: 'NCT01573923 (file)' }).click();
  await expect(page).toHaveURL(/\?trial=NCT01573923&source=file$/);
  // The bundled trial and back: the opened files are still held (the switch does not reload).
  await switcher.getByRole('link', { name: 'NCT01573923', exact: true }).click();
  await expect(page).toHaveURL(/\/trials\/NCT01573923\/$/);
  await expect(page.getByText(/Opened from your file/)).toHaveCount(0);
  await switcher.getByRole('link', { name: 'NCT00000042 (file)' }).click();
  await expect(trialTitle(page)).toHaveText('A second study');
});

test('a file dropped anywhere on the page opens', async ({ page }) => {
  const second = ourRecord();
  set(second, ['protocolSection', 'identificationModule', 'nctId'], 'NCT00000043');
  const text = JSON.stringify(second);
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(
    page.getByText('Drop to open the record. It stays in this tab; nothing is uploaded.'),
  ).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page).toHaveURL(/\?trial=NCT00000043&source=file$/);
  await expect(page.getByText('Opened from your file dropped.json.')).toBeVisible();
});

test('pasted JSON opens the same way', async ({ page }) => {
  await openRecordButton(page).click();
  await pasteJsonBox(page).fill(OUR_RECORD_TEXT);
  await openPastedJson(page).click();
  await expect(page).toHaveURL(/\?trial=NCT01573923&source=file$/);
  await expect(page.getByText('Opened from your file pasted JSON.')).toBeVisible();
});

test('after a reload the opened file is gone, and the page says so', async ({ page }) => {
  await openFiles(page, [jsonFile('mine.json', ourRecord())]);
  await expect(page).toHaveURL(/source=file$/);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This file is no longer open' }),
  ).toBeVisible();
});

test('a 20 MB record opens, read off the main thread', async ({ page }) => {
  test.slow();
  const file = largeRecord(20, 500);
  expect(file.buffer.byteLength).toBeGreaterThan(20 * 1024 * 1024);
  await openRecordButton(page).click();
  await recordFileInput(page).setInputFiles([file]);
  await expect(openRecordDialog(page).getByRole('status')).toContainText(
    /Reading large-20mb\.json \(20\.\d MB\)/,
  );
  await expect(trialTitle(page)).toHaveText(/Umbilical Mesenchymal Stem Cells/);
  await expect(page).toHaveURL(/source=file$/);
  await expect(dataTable(page, 'Sites')).toHaveAccessibleName(/^Sites \(500\)/);
});
