import { downloadCsv } from './csv-file';
import { expect, openTrial, test } from './fixtures';
import { jsonFile, ourRecord, set } from './records/record-files';
import {
  csvButton,
  dataTable,
  openRecordButton,
  recordFileInput,
  resultsPart,
  resultsTable,
  sortButton,
  trialPath,
  trialTitle,
} from './selectors';
import { measureFromPlace } from './nearest-helpers';
import { columnTexts } from './table-helpers';

const SITES_HEADER = [
  'Facility',
  'Site contacts',
  'City',
  'State/province',
  'Country',
  'Status',
  'On map',
];

test('the sites CSV: a UTF-8 file with a byte-order mark, every row as the table shows it, named after the trial', async ({
  page,
}) => {
  await openTrial(page);
  const file = await downloadCsv(page, csvButton(page, 'the sites'));
  expect(file.name).toBe('NCT01573923-sites.csv');
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(file.text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = file.rows;
  expect(header).toEqual(SITES_HEADER);
  // The same sites in the same order as the table, with what the record gives for each.
  expect(rows.map((row) => row[0])).toEqual(await columnTexts(dataTable(page, 'Sites'), 0));
  expect(rows.find((row) => row[2] === 'Xi’an')).toEqual([
    "The 323 Hospital of Chinese People's Liberation Army",
    'Liming Wang, 86-29-84756502',
    'Xi’an',
    'Shanxi',
    'China',
    'Recruiting',
    'Approximate: city centre (city looked up)',
  ]);
  // A site the record gives no contact for: an empty cell, never an invented one.
  expect(rows.find((row) => row[2] === 'Beijing')?.[1]).toBe('');

  // Sorted by city, descending: the file follows.
  await sortButton(page, 'Sites', 'City').click();
  await sortButton(page, 'Sites', 'City').click();
  const sorted = await downloadCsv(page, csvButton(page, 'the sites'));
  expect(sorted.rows.slice(1).map((row) => row[2])).toEqual([
    'Xi’an',
    'Shanghai',
    'Qionghai',
    'Lianyungang',
    'Lanzhou',
    'Beijing',
  ]);
});

test('with a place set, the sites CSV has the distances, nearest first, in the unit shown', async ({
  page,
}) => {
  await openTrial(page);
  await measureFromPlace(page, 'Shanghai', 'Shanghai, China');
  const file = await downloadCsv(page, csvButton(page, 'the sites'));
  expect(file.rows[0]?.slice(0, 3)).toEqual(['Facility', 'Site contacts', 'Distance (km)']);
  const distances = file.rows.slice(1).map((row) => Number(row[2]));
  expect(file.rows[1]?.[0]).toBe('Tongji Hospital of Tongji University');
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  // Lianyungang, about 400 km from Shanghai: a whole number of kilometres, as the table rounds it.
  const lianyungang = file.rows.find((row) => row[3] === 'Lianyungang');
  expect(Number(lianyungang?.[2])).toBeGreaterThan(350);
  expect(Number(lianyungang?.[2])).toBeLessThan(450);
  expect(Number.isInteger(Number(lianyungang?.[2]))).toBe(true);
});

test('the study groups and investigators CSVs hold their tables’ rows, with labels rather than codes', async ({
  page,
}) => {
  await openTrial(page);
  const groups = await downloadCsv(page, csvButton(page, 'the study groups'));
  expect(groups.name).toBe('NCT01573923-study-groups.csv');
  expect(groups.rows[0]).toEqual(['Group', 'Type', 'Description', 'Interventions']);
  expect(groups.rows.slice(1).map((row) => row[0])).toEqual(
    await columnTexts(dataTable(page, 'Study groups'), 0),
  );
  expect(groups.rows.slice(1).map((row) => row[1])).toEqual([
    'Sham comparator',
    'Active comparator',
  ]);

  const investigators = await downloadCsv(page, csvButton(page, 'the investigators'));
  expect(investigators.name).toBe('NCT01573923-investigators.csv');
  expect(investigators.rows[0]).toEqual(['Name', 'Degrees', 'Role', 'Affiliation', 'Site']);
  expect(investigators.rows.slice(1).map((row) => row[0])).toEqual(
    await columnTexts(dataTable(page, 'Investigators'), 0),
  );
  expect(investigators.rows.slice(1).map((row) => row[2])).toContain('Principal investigator');
});

test('a hostile facility name is written so that no spreadsheet runs it, and quoted', async ({
  page,
}) => {
  const hostile = '=HYPERLINK("http://evil.example","Click me")';
  const record = ourRecord();
  set(record, ['protocolSection', 'identificationModule', 'nctId'], 'NCT00000077');
  set(record, ['protocolSection', 'contactsLocationsModule', 'locations', 0, 'facility'], hostile);
  set(
    record,
    ['protocolSection', 'contactsLocationsModule', 'locations', 1, 'facility'],
    '@SUM(1+1), "the second"',
  );
  await page.goto(trialPath('NCT01573923'));
  await expect(trialTitle(page)).toBeVisible();
  await openRecordButton(page).click();
  await recordFileInput(page).setInputFiles(jsonFile('hostile.json', record));
  await expect(page).toHaveURL(/\?trial=NCT00000077&source=file$/);

  const file = await downloadCsv(page, csvButton(page, 'the sites'));
  expect(file.name).toBe('NCT00000077-sites.csv');
  expect(file.text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click me"")"`);
  const facilities = file.rows.slice(1).map((row) => row[0]);
  expect(facilities).toContain(`'${hostile}`);
  expect(facilities).toContain(`'@SUM(1+1), "the second"`);
  expect(facilities.every((name) => !/^[=+\-@\t\r]/.test(name ?? ''))).toBe(true);
});

test('a results table’s CSV is the table as drawn: its heading rows, then each row in order', async ({
  page,
}) => {
  await page.goto(`${trialPath('NCT02552212')}#results`);
  const table = resultsTable(
    resultsPart(page, 'Baseline characteristics'),
    'Baseline characteristics by group',
  );
  await expect(table).toBeVisible();
  const drawn = await table.evaluate((element) =>
    element instanceof HTMLTableElement
      ? [...element.rows].map((row) => [...row.cells].map((cell) => cell.colSpan))
      : [],
  );
  const file = await downloadCsv(page, csvButton(page, 'the baseline characteristics'));
  expect(file.name).toBe('NCT02552212-baseline.csv');
  expect(file.rows).toHaveLength(drawn.length);
  const width = drawn[0]?.reduce((sum, span) => sum + span, 0) ?? 0;
  expect(file.rows.every((row) => row.length === width)).toBe(true);
  expect(file.rows[0]?.[0]).toBe(
    (await table.locator('thead th').first().innerText()).replace(/\s+/g, ' ').trim(),
  );
});
