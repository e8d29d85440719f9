// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { makeContact, makeSite, makeTrial } from '@/test-support/make-trial';
import { FacilityContactsSection, LIST_ALL_SITES_UP_TO } from './facility-contacts-section';

afterEach(cleanup);

/** The site group (list item) under a site heading. */
const group = (heading: string) =>
  screen.getByRole('heading', { level: 3, name: heading }).closest('li');

describe('FacilityContactsSection', () => {
  it('groups every NCT01573923 contact under its site', () => {
    render(<FacilityContactsSection trial={makeTrial()} />);
    expect(screen.getByRole('region', { name: 'Facility contacts' }).id).toBe('facility-contacts');
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(6);
    const xian = group("The 323 Hospital of Chinese People's Liberation Army, Xi’an, China");
    expect(xian?.textContent).toContain('Liming Wang, MD');
    expect(xian?.querySelector('a')?.getAttribute('href')).toBe('tel:862984756502');
    expect(
      group('Hainan BOAO Life infinity international anti-aging medical center, Qionghai, China')
        ?.textContent,
    ).toContain('Jiang Shu');
  });

  it('says "No contact listed" for a site without contacts', () => {
    render(<FacilityContactsSection trial={makeTrial()} />);
    const beijing = group("The 302 Hospital of Chinese People's Liberation Army, Beijing, China");
    expect(beijing?.textContent).toContain('No contact listed');
    expect(screen.getAllByText('No contact listed')).toHaveLength(1);
  });

  it('names a site without a facility name plainly, and says when there are no sites', () => {
    render(
      <FacilityContactsSection trial={{ sites: [makeSite({ facility: null, country: null })] }} />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'Facility not named, Beijing',
    );
    cleanup();
    render(<FacilityContactsSection trial={{ sites: [] }} />);
    expect(screen.getByText('No sites listed')).toBeTruthy();
  });
});

describe('FacilityContactsSection, long', () => {
  const sites = Array.from({ length: LIST_ALL_SITES_UP_TO + 1 }, (_, i) =>
    makeSite({
      id: `site-${String(i)}`,
      facility: `Hospital ${String(i)}`,
      country: i % 3 === 0 ? 'Spain' : 'Austria',
      contacts: i === 0 ? [makeContact({ phone: '+34 900 000 000' })] : [],
    }),
  );

  it('groups sites by country behind closed disclosures, rendering a country only when opened', async () => {
    const user = userEvent.setup();
    render(<FacilityContactsSection trial={{ sites }} />);
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
    // The country is in <bdi>, so the summary's text spans two nodes.
    const summary = (text: string) =>
      screen.getByText(
        (_, element) => element?.tagName === 'SUMMARY' && element.textContent === text,
      );
    const spain = summary('Spain: 17 sites, 1 with a contact');
    expect(summary('Austria: 34 sites, 0 with a contact')).toBeTruthy();
    await user.click(spain);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(17);
    expect(group('Hospital 0, Beijing, Spain')?.querySelector('a')?.getAttribute('href')).toBe(
      'tel:+34900000000',
    );
  });
});
