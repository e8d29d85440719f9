import type { Locator } from '@playwright/test';
import { columnHeader, dataTable, type TableName } from './selectors';
import { expect, openTrial, test } from './fixtures';
import { columnTexts } from './table-helpers';
import { serveModifiedTrial, withDistinctSortValues } from './trial-fixtures';

/**
 * Every table sorted on a copy of the trial whose every column has distinct values (one missing)
 * in a record order that no column is sorted in (see withDistinctSortValues). Each expected order
 * is written out: accents and case are ignored, numbers sort as numbers, roles by seniority, group
 * types in ClinicalTrials.gov's order, sites on the map before those not on it, missing values last.
 */
interface ColumnOrders {
  header: string;
  /** The column's id in the URL (`groupsSort=type`, `-type` descending). */
  id: string;
  record: string[];
  ascending: string[];
  descending: string[];
}

const ON_MAP_RECORD = 'Approximate: city centre (from the record)';
const ON_MAP_LOOKED_UP = 'Approximate: city centre (city looked up)';
const NO_GAZETTEER_CITY = 'Not on map: city "São Paulo" not found in the gazetteer for Brazil';
const NO_GAZETTEER_COUNTRY = 'Not on map: country "Canada" is not known to the gazetteer';
const NO_CITY = 'Not on map: record gives no city';
const NO_COUNTRY = 'Not on map: record gives no country';

const TABLES: { name: TableName; param: string; columns: ColumnOrders[] }[] = [
  {
    name: 'Study groups',
    param: 'groupsSort',
    columns: [
      {
        header: 'Group',
        id: 'group',
        record: ['group 2', 'Group 10', 'Alpha cohort', 'Control', 'Étude pilote'],
        ascending: ['Alpha cohort', 'Control', 'Étude pilote', 'group 2', 'Group 10'],
        descending: ['Group 10', 'group 2', 'Étude pilote', 'Control', 'Alpha cohort'],
      },
      {
        header: 'Type',
        id: 'type',
        record: [
          'Placebo comparator',
          'No intervention',
          'Experimental',
          'Type not given',
          'Active comparator',
        ],
        ascending: [
          'Experimental',
          'Active comparator',
          'Placebo comparator',
          'No intervention',
          'Type not given',
        ],
        descending: [
          'No intervention',
          'Placebo comparator',
          'Active comparator',
          'Experimental',
          'Type not given',
        ],
      },
      {
        header: 'Description',
        id: 'description',
        record: [
          'Placebo tablet, twice daily',
          'No description',
          'Zinc 20 mg, twice daily',
          'best supportive care only',
          'Zinc 5 mg, twice daily',
        ],
        ascending: [
          'best supportive care only',
          'Placebo tablet, twice daily',
          'Zinc 5 mg, twice daily',
          'Zinc 20 mg, twice daily',
          'No description',
        ],
        descending: [
          'Zinc 20 mg, twice daily',
          'Zinc 5 mg, twice daily',
          'Placebo tablet, twice daily',
          'best supportive care only',
          'No description',
        ],
      },
      {
        header: 'Interventions',
        id: 'interventions',
        record: [
          'Placebo (Drug)',
          'None listed',
          'Zinc sulfate (Dietary supplement)',
          'best supportive care (Other)',
          'Étoposide (Drug)',
        ],
        ascending: [
          'best supportive care (Other)',
          'Étoposide (Drug)',
          'Placebo (Drug)',
          'Zinc sulfate (Dietary supplement)',
          'None listed',
        ],
        descending: [
          'Zinc sulfate (Dietary supplement)',
          'Placebo (Drug)',
          'Étoposide (Drug)',
          'best supportive care (Other)',
          'None listed',
        ],
      },
    ],
  },
  {
    name: 'Investigators',
    param: 'investigatorsSort',
    columns: [
      {
        header: 'Name',
        id: 'name',
        record: ['Zoë Adams', 'björn Nilsson', 'Anna Åberg', 'Carlos Díaz', 'Émile Martin'],
        ascending: ['Anna Åberg', 'björn Nilsson', 'Carlos Díaz', 'Émile Martin', 'Zoë Adams'],
        descending: ['Zoë Adams', 'Émile Martin', 'Carlos Díaz', 'björn Nilsson', 'Anna Åberg'],
      },
      {
        header: 'Degrees',
        id: 'degrees',
        record: ['PhD', 'None listed', 'MD, PhD', 'MD', 'DrPH'],
        ascending: ['DrPH', 'MD', 'MD, PhD', 'PhD', 'None listed'],
        descending: ['PhD', 'MD, PhD', 'MD', 'DrPH', 'None listed'],
      },
      {
        header: 'Role',
        id: 'role',
        record: [
          'Principal investigator',
          'Study chair',
          'No role listed',
          'Sub-investigator',
          'Study director',
        ],
        ascending: [
          'Study chair',
          'Study director',
          'Principal investigator',
          'Sub-investigator',
          'No role listed',
        ],
        descending: [
          'Sub-investigator',
          'Principal investigator',
          'Study director',
          'Study chair',
          'No role listed',
        ],
      },
      {
        header: 'Affiliation',
        id: 'affiliation',
        record: [
          'Université Laval',
          'Hospital 12 of Lyon',
          'hospital 3 of Lyon',
          'No affiliation listed',
          'Karolinska Institutet',
        ],
        ascending: [
          'hospital 3 of Lyon',
          'Hospital 12 of Lyon',
          'Karolinska Institutet',
          'Université Laval',
          'No affiliation listed',
        ],
        descending: [
          'Université Laval',
          'Karolinska Institutet',
          'Hospital 12 of Lyon',
          'hospital 3 of Lyon',
          'No affiliation listed',
        ],
      },
      {
        header: 'Site',
        id: 'site',
        record: ['Montréal', 'Ávila', 'Zaragoza', 'No matching site', 'potsdam'],
        ascending: ['Ávila', 'Montréal', 'potsdam', 'Zaragoza', 'No matching site'],
        descending: ['Zaragoza', 'potsdam', 'Montréal', 'Ávila', 'No matching site'],
      },
    ],
  },
  {
    name: 'Sites',
    param: 'sitesSort',
    columns: [
      {
        header: 'Facility',
        id: 'facility',
        record: [
          'Site 10 Hospital',
          'Site 2 Hospital',
          'émile Roux Clinic',
          'Facility not named',
          'Albert Schweitzer Hospital',
          'Zoé Tremblay Centre',
        ],
        ascending: [
          'Albert Schweitzer Hospital',
          'émile Roux Clinic',
          'Site 2 Hospital',
          'Site 10 Hospital',
          'Zoé Tremblay Centre',
          'Facility not named',
        ],
        descending: [
          'Zoé Tremblay Centre',
          'Site 10 Hospital',
          'Site 2 Hospital',
          'émile Roux Clinic',
          'Albert Schweitzer Hospital',
          'Facility not named',
        ],
      },
      {
        header: 'City',
        id: 'city',
        record: ['Zaragoza', 'São Paulo', 'Not given', 'potsdam', 'Ávila', 'Montréal'],
        ascending: ['Ávila', 'Montréal', 'potsdam', 'São Paulo', 'Zaragoza', 'Not given'],
        descending: ['Zaragoza', 'São Paulo', 'potsdam', 'Montréal', 'Ávila', 'Not given'],
      },
      {
        header: 'State/province',
        id: 'state',
        record: [
          'Aragón',
          'Not given',
          'Île-de-France',
          'Brandenburg',
          'Castile and León',
          'québec',
        ],
        ascending: [
          'Aragón',
          'Brandenburg',
          'Castile and León',
          'Île-de-France',
          'québec',
          'Not given',
        ],
        descending: [
          'québec',
          'Île-de-France',
          'Castile and León',
          'Brandenburg',
          'Aragón',
          'Not given',
        ],
      },
      {
        header: 'Country',
        id: 'country',
        record: ['Spain', 'Brazil', 'France', 'Germany', 'Not given', 'Canada'],
        ascending: ['Brazil', 'Canada', 'France', 'Germany', 'Spain', 'Not given'],
        descending: ['Spain', 'Germany', 'France', 'Canada', 'Brazil', 'Not given'],
      },
      {
        header: 'Status',
        id: 'status',
        record: [
          'Recruiting',
          'Status not given',
          'Completed',
          'Not yet recruiting',
          'Active, not recruiting',
          'Withdrawn',
        ],
        ascending: [
          'Active, not recruiting',
          'Completed',
          'Not yet recruiting',
          'Recruiting',
          'Withdrawn',
          'Status not given',
        ],
        descending: [
          'Withdrawn',
          'Recruiting',
          'Not yet recruiting',
          'Completed',
          'Active, not recruiting',
          'Status not given',
        ],
      },
      {
        header: 'On map',
        id: 'map',
        record: [
          ON_MAP_RECORD,
          NO_GAZETTEER_CITY,
          NO_CITY,
          ON_MAP_LOOKED_UP,
          NO_COUNTRY,
          NO_GAZETTEER_COUNTRY,
        ],
        ascending: [
          ON_MAP_LOOKED_UP,
          ON_MAP_RECORD,
          NO_GAZETTEER_CITY,
          NO_GAZETTEER_COUNTRY,
          NO_CITY,
          NO_COUNTRY,
        ],
        descending: [
          NO_COUNTRY,
          NO_CITY,
          NO_GAZETTEER_COUNTRY,
          NO_GAZETTEER_CITY,
          ON_MAP_RECORD,
          ON_MAP_LOOKED_UP,
        ],
      },
    ],
  },
];

/** The column's cells in `expected` order, the header marked sorted (or not), no other column marked. */
async function expectOrder(
  table: Locator,
  index: number,
  header: Locator,
  sort: 'ascending' | 'descending' | null,
  expected: string[],
) {
  await expect.poll(() => columnTexts(table, index)).toEqual(expected);
  if (sort) await expect(header).toHaveAttribute('aria-sort', sort);
  else await expect(header).not.toHaveAttribute('aria-sort');
  await expect(table.locator('th[aria-sort]')).toHaveCount(sort ? 1 : 0);
}

test.beforeEach(async ({ page }) => {
  await serveModifiedTrial(page, withDistinctSortValues);
});

for (const spec of TABLES) {
  test.describe(`${spec.name} table`, () => {
    spec.columns.forEach(({ header: name, id, record, ascending, descending }, index) => {
      test(`sorts by ${name} ascending, descending and back to record order, by mouse and by keyboard`, async ({
        page,
      }) => {
        await openTrial(page);
        const table = dataTable(page, spec.name);
        const header = columnHeader(page, spec.name, name);
        const button = header.getByRole('button');
        await expectOrder(table, index, header, null, record);

        for (const [step, activate] of [
          ['mouse', () => button.click()],
          ['Enter and Space', () => button.press('Enter')],
        ] as const) {
          await test.step(step, async () => {
            await activate();
            await expectOrder(table, index, header, 'ascending', ascending);
            await expect(page).toHaveURL(new RegExp(`[?&]${spec.param}=${id}(&|$)`));

            if (step === 'mouse') await button.click();
            else await button.press('Space');
            await expectOrder(table, index, header, 'descending', descending);
            await expect(page).toHaveURL(new RegExp(`[?&]${spec.param}=-${id}(&|$)`));

            if (step === 'mouse') await button.click();
            else await button.press('Enter');
            await expectOrder(table, index, header, null, record);
            await expect(page).not.toHaveURL(new RegExp(spec.param));
          });
        }
      });
    });
  });
}

test('a sorted link reopens sorted, and a garbage sort parameter falls back to record order', async ({
  page,
}) => {
  await openTrial(page, '?investigatorsSort=-role&groupsSort=%3Cnope%3E&sitesSort=nosuchcolumn');
  const investigators = dataTable(page, 'Investigators');
  await expect(columnHeader(page, 'Investigators', 'Role')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect
    .poll(() => columnTexts(investigators, 2))
    .toEqual([
      'Sub-investigator',
      'Principal investigator',
      'Study director',
      'Study chair',
      'No role listed',
    ]);
  await expect(dataTable(page, 'Study groups').locator('th[aria-sort]')).toHaveCount(0);
  expect(await columnTexts(dataTable(page, 'Study groups'), 0)).toEqual([
    'group 2',
    'Group 10',
    'Alpha cohort',
    'Control',
    'Étude pilote',
  ]);
  await expect(dataTable(page, 'Sites').locator('th[aria-sort]')).toHaveCount(0);
  expect(await columnTexts(dataTable(page, 'Sites'), 1)).toEqual([
    'Zaragoza',
    'São Paulo',
    'Not given',
    'potsdam',
    'Ávila',
    'Montréal',
  ]);
});
