import type { Locator } from '@playwright/test';
import { dataTable, type TableName } from './selectors';
import { expect, openTrial, test } from './fixtures';
import { columnValues, isSorted, rankKey, type SortKey } from './table-helpers';

const text: SortKey = (value) => value;
const ROLE_ORDER = ['Study chair', 'Study director', 'Principal investigator', 'Sub-investigator'];
const ARM_TYPE_ORDER = ['Experimental', 'Active comparator', 'Placebo comparator', 'Sham comparator', 'No intervention', 'Other'];

const TABLES: { name: TableName; param: string; columns: { header: string; id: string; key: SortKey }[] }[] = [
  {
    name: 'Study groups',
    param: 'groupsSort',
    columns: [
      { header: 'Group', id: 'group', key: text },
      { header: 'Type', id: 'type', key: rankKey(ARM_TYPE_ORDER) },
      { header: 'Description', id: 'description', key: text },
      { header: 'Interventions', id: 'interventions', key: text },
    ],
  },
  {
    name: 'Investigators',
    param: 'investigatorsSort',
    columns: [
      { header: 'Name', id: 'name', key: text },
      { header: 'Degrees', id: 'degrees', key: text },
      { header: 'Role', id: 'role', key: rankKey(ROLE_ORDER) },
      { header: 'Affiliation', id: 'affiliation', key: text },
      { header: 'Site', id: 'site', key: text },
    ],
  },
  {
    name: 'Sites',
    param: 'sitesSort',
    columns: [
      { header: 'Facility', id: 'facility', key: text },
      { header: 'City', id: 'city', key: text },
      { header: 'State/province', id: 'state', key: text },
      { header: 'Country', id: 'country', key: text },
      { header: 'Status', id: 'status', key: text },
      { header: 'On map', id: 'map', key: text },
    ],
  },
];

async function expectSortState(table: Locator, index: number, header: Locator, key: SortKey, desc: boolean) {
  await expect(header).toHaveAttribute('aria-sort', desc ? 'descending' : 'ascending');
  await expect(table.locator('th[aria-sort]')).toHaveCount(1);
  expect(isSorted(await columnValues(table, index), key, desc)).toBe(true);
}

for (const spec of TABLES) {
  test.describe(`${spec.name} table`, () => {
    spec.columns.forEach(({ header: name, id, key }, index) => {
      test(`sorts by ${name} ascending, descending and back to record order, by mouse and by keyboard`, async ({ page }) => {
        await openTrial(page);
        const table = dataTable(page, spec.name);
        const recordOrder = await columnValues(table, index);
        const header = table.getByRole('columnheader', { name });
        const button = header.getByRole('button');

        for (const [step, activate] of [
          ['mouse', () => button.click()],
          ['Enter and Space', () => button.press('Enter')],
        ] as const) {
          await test.step(step, async () => {
            await activate();
            await expectSortState(table, index, header, key, false);
            await expect(page).toHaveURL(new RegExp(`[?&]${spec.param}=${id}(&|$)`));

            if (step === 'mouse') await button.click();
            else await button.press('Space');
            await expectSortState(table, index, header, key, true);
            await expect(page).toHaveURL(new RegExp(`[?&]${spec.param}=-${id}(&|$)`));

            if (step === 'mouse') await button.click();
            else await button.press('Enter');
            await expect(header).not.toHaveAttribute('aria-sort');
            expect(await columnValues(table, index)).toEqual(recordOrder);
            await expect(page).not.toHaveURL(new RegExp(spec.param));
          });
        }
      });
    });
  });
}

test('a sorted link reopens sorted, and a garbage sort parameter falls back to record order', async ({ page }) => {
  await openTrial(page, '&investigatorsSort=-role&groupsSort=%3Cnope%3E&sitesSort=nosuchcolumn');
  const investigators = dataTable(page, 'Investigators');
  await expect(investigators.getByRole('columnheader', { name: 'Role' })).toHaveAttribute('aria-sort', 'descending');
  const roles = await columnValues(investigators, 2);
  expect(roles[0]?.text).toMatch(/^Principal investigator/);
  expect(roles.at(-1)?.text).toMatch(/^Study chair/);
  await expect(dataTable(page, 'Study groups').locator('th[aria-sort]')).toHaveCount(0);
  await expect(dataTable(page, 'Sites').locator('th[aria-sort]')).toHaveCount(0);
});
