import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, openTrial, test } from './fixtures';
import { measureFromPlace } from './nearest-helpers';
import { dataTable, mapPicture, nearestSummary, printButton, sitesMap } from './selectors';

const FACILITIES = [
  "The 302 Hospital of Chinese People's Liberation Army",
  'the First Affiliated Hospital of Lanzhou University',
  'Hainan BOAO Life infinity international anti-aging medical center',
  "The first people's hospital of Lianyungang",
  'Tongji Hospital of Tongji University',
  "The 323 Hospital of Chinese People's Liberation Army",
];

/** The page as Chromium prints it (A4), as text: poppler's pdftotext, words in reading order. */
async function printedText(page: Page): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'trial-print-'));
  const pdf = join(folder, 'trial.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  try {
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(
      `pdftotext could not read the print-out (${String(error)}): install poppler-utils (Debian: apt-get install poppler-utils)`,
    );
  }
}

const squeezed = (text: string) => text.replace(/\s+/g, ' ');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T09:00:00Z'));
  await openTrial(page);
  // The live map drawn (the print-out shows the map picture instead of it).
  await expect(sitesMap(page)).toBeVisible();
  await expect(dataTable(page, 'Sites')).toBeVisible();
});

test('the print-out holds the trial, its six sites with their contacts, the dates and the record’s address, and no controls', async ({
  page,
}) => {
  await expect(printButton(page)).toBeVisible();
  const text = squeezed(await printedText(page));
  expect(text).toContain('Umbilical Mesenchymal Stem Cells');
  expect(text).toContain('NCT01573923');
  expect(text).toContain('Recruiting');
  expect(text).toContain('Printed on December 1, 2026');
  // The record's own date (the facts print as a grid: the label and its value are apart in the text).
  expect(text).toMatch(/Last update posted/i);
  expect(text).toContain('April 14, 2015');
  expect(text).toContain('https://clinicaltrials.gov/study/NCT01573923');
  for (const facility of FACILITIES) expect(text).toContain(facility);
  // Who to call: the Xi'an site's own contact, and the study's central contacts.
  expect(text).toContain('86-29-84756502');
  expect(text).toContain('86-10-68214650');
  expect(text).toContain('Inclusion criteria');
  // None of the page's controls.
  for (const control of [
    'Download CSV',
    'Embed this trial',
    'Open a record',
    'Check the age and sex limits',
    'Use my location',
    'Skip to',
  ])
    expect(text).not.toContain(control);
  expect(text).not.toMatch(/\bPrint\b(?!ed)/);
});

test('with a place set, the print-out names the nearest recruiting site and its distances, without the place box', async ({
  page,
}) => {
  await measureFromPlace(page, 'Shanghai', 'Shanghai, China');
  await expect(nearestSummary(page)).toBeVisible();
  const text = squeezed(await printedText(page));
  expect(text).toContain('Nearest recruiting site to Shanghai, China');
  expect(text).toContain('Liming Chen');
  expect(text).toMatch(/Distance/);
  expect(text).not.toContain('Find the sites nearest');
  expect(text).not.toContain('Clear');
});

test('on paper the map is the picture drawn at build time, and print media passes axe', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  await expect(mapPicture(page)).toBeVisible();
  await expect(sitesMap(page)).toBeHidden();
  await expect(printButton(page)).toBeHidden();
  await expect(page.getByText('Printed on December 1, 2026')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the Print button opens the browser’s print dialog', async ({ page }) => {
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await printButton(page).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});
