// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LONG_TABLE_ROWS } from '@/components/data-table/row-navigation';
import { LIST_ALL_SITES_UP_TO } from '@/features/contacts/facility-contacts-section';
import { makeContact, makeSite, makeTrial, SEED_OFFICIALS } from '@/test-support/make-trial';
import { COMPLETE_LISTS_ABOVE, hasCompleteListsPage } from '@/trial/complete-lists';
import { CompleteListsPage } from './complete-lists-page';

afterEach(cleanup);

describe('the complete lists of a long trial', () => {
  it('are wanted exactly where the trial page shows a list in part', () => {
    expect(COMPLETE_LISTS_ABOVE).toBe(LONG_TABLE_ROWS);
    expect(COMPLETE_LISTS_ABOVE).toBe(LIST_ALL_SITES_UP_TO);
    const sites = (count: number) =>
      Array.from({ length: count }, (_, i) => makeSite({ id: `site-${String(i + 1)}` }));
    expect(hasCompleteListsPage(makeTrial({ sites: sites(50) }))).toBe(false);
    expect(hasCompleteListsPage(makeTrial({ sites: sites(51) }))).toBe(true);
  });

  it('list every site with its status and contacts, and every investigator, in record order', () => {
    const sites = Array.from({ length: 60 }, (_, i) =>
      makeSite({
        id: `site-${String(i + 1)}`,
        facility: `Hospital ${String(i + 1)}`,
        status: i === 1 ? null : 'RECRUITING',
        contacts: i === 0 ? [makeContact({ phone: '+1 555 0100' })] : [],
      }),
    );
    render(<CompleteListsPage trial={makeTrial({ sites })} />);
    const [investigators, siteTable] = screen.getAllByRole('table');
    if (!investigators || !siteTable) throw new Error('two tables expected');
    const officialRows = within(investigators).getAllByRole('row').slice(1);
    expect(officialRows).toHaveLength(SEED_OFFICIALS.length);
    expect(officialRows[0]?.textContent).toContain(SEED_OFFICIALS[0]?.person.name ?? '?');
    const siteRows = within(siteTable).getAllByRole('row').slice(1);
    expect(siteRows).toHaveLength(60);
    expect(siteRows[59]?.textContent).toContain('Hospital 60');
    expect(siteRows[1]?.textContent).toContain('Status not given');
    expect(within(siteRows[0] ?? siteTable).getByRole('link', { name: /555 0100/ })).toHaveProperty(
      'href',
      'tel:+15550100',
    );
    expect(
      screen.getByRole('link', { name: 'Back to the trial’s page' }).getAttribute('href'),
    ).toBe('/trials/NCT01573923/');
  });
});
