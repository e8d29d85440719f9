import { definitionValue, trialHeader, trialPath } from './selectors';
import { expect, openTrial, test } from './fixtures';

const NOTE =
  /^Last updated April 14, 2015, over (\d+) years ago: site statuses may have changed\. Confirm with the contact before travelling\.$/;

test('a record last updated years ago says so under its status, counted to the reader’s own day', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-01T09:00:00Z'));
  await openTrial(page);
  const status = definitionValue(trialHeader(page), 'Recruitment status');
  await expect(status.getByText(NOTE)).toHaveText(
    'Last updated April 14, 2015, over 11 years ago: site statuses may have changed. Confirm with the contact before travelling.',
  );
});

test('the count follows the reader’s clock, not the day the page was built', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2031-06-01T09:00:00Z'));
  await openTrial(page);
  await expect(
    definitionValue(trialHeader(page), 'Recruitment status').getByText(NOTE),
  ).toContainText('over 16 years ago');
});

test('the prerendered page carries the note for its build day, and says which day that was', async ({
  request,
}) => {
  const html = await (await request.get(trialPath('NCT01573923'))).text();
  expect(html).toMatch(/data-prerendered-on="\d{4}-\d{2}-\d{2}"/);
  expect(html).toMatch(
    /Last updated April 14, 2015, over \d+ years ago: site statuses may have changed/,
  );
});

test('a completed study has no such note', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2031-06-01T09:00:00Z'));
  await page.goto(trialPath('NCT02552212'));
  const status = definitionValue(trialHeader(page), 'Recruitment status');
  await expect(status).toContainText('Completed');
  await expect(status).not.toContainText('Last updated');
});
