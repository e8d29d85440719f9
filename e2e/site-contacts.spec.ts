import { dataTable, mapMarker, sitePopup } from './selectors';
import { expect, openTrial, test } from './fixtures';

test('each site row says who to call there: its own contact, or the study’s central contacts, labelled', async ({
  page,
}) => {
  await openTrial(page);
  const sites = dataTable(page, 'Sites');
  const xian = sites.getByRole('row', { name: /323 Hospital/ });
  await expect(xian).toContainText('Liming Wang');
  await expect(xian.getByRole('link', { name: '86-29-84756502' })).toHaveAttribute(
    'href',
    'tel:862984756502',
  );
  await expect(xian).not.toContainText('central');
  // The Beijing site lists no contact of its own.
  const beijing = sites.getByRole('row', { name: /Beijing/ });
  await expect(beijing).toContainText('No site contact listed');
  await expect(beijing).toContainText('The study’s central contacts:');
  await expect(beijing.getByRole('link', { name: '86-10-68214650' })).toHaveAttribute(
    'href',
    'tel:861068214650',
  );
  await expect(beijing).toContainText('Haijie Ji');
});

test('a site’s popup without a contact of its own offers the central contacts, labelled', async ({
  page,
}) => {
  await openTrial(page);
  await mapMarker(page, /Beijing: /).click();
  const popup = sitePopup(page);
  await expect(popup).toContainText('No site contact listed');
  await expect(popup).toContainText('The study’s central contacts:');
  await expect(popup.getByRole('link', { name: '86-10-63188853' })).toBeVisible();
});
