// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Contact, Site } from '@/trial/trial-schema';
import { makeTrial } from '@/test-support/make-trial';
import { SiteContacts } from './site-contacts';
import { StudyContactsProvider } from './study-contacts';

const trial = makeTrial();
const siteWith = (contacts: Contact[]): Site => {
  const [first] = trial.sites;
  if (!first) throw new Error('no site');
  return { ...first, contacts };
};
const central: Contact[] = [
  {
    person: { name: 'Xuetao Pei', degrees: ['MD'], asPublished: 'Xuetao Pei, MD' },
    role: 'CONTACT',
    phone: '86-10-68214650',
    phoneExt: null,
    email: null,
  },
];
const own: Contact = {
  person: { name: 'Xun Li', degrees: [], asPublished: 'Xun Li' },
  role: 'CONTACT',
  phone: '86-931-8622087',
  phoneExt: '12',
  email: 'xun.li@example.org',
};

afterEach(cleanup);

describe('SiteContacts', () => {
  it('gives the site’s own contact, phone and email as links, and not the central one', () => {
    render(
      <StudyContactsProvider contacts={central}>
        <SiteContacts site={siteWith([own])} compact />
      </StudyContactsProvider>,
    );
    expect(screen.getByText('Xun Li')).toBeTruthy();
    expect(screen.getByRole('link', { name: '86-931-8622087' }).getAttribute('href')).toBe(
      'tel:869318622087;ext=12',
    );
    expect(screen.getByRole('link', { name: 'xun.li@example.org' }).getAttribute('href')).toBe(
      'mailto:xun.li@example.org',
    );
    expect(screen.queryByText('Xuetao Pei')).toBeNull();
  });

  it('says when the site lists no contact, and offers the study’s central contact, labelled', () => {
    render(
      <StudyContactsProvider contacts={central}>
        <SiteContacts site={siteWith([])} />
      </StudyContactsProvider>,
    );
    expect(screen.getByText('No site contact listed')).toBeTruthy();
    expect(screen.getByText('The study’s central contact:')).toBeTruthy();
    expect(screen.getByRole('link', { name: '86-10-68214650' })).toBeTruthy();
  });

  it('says only that, when the study lists no central contact either', () => {
    const { container } = render(<SiteContacts site={siteWith([])} compact />);
    expect(container.textContent).toBe('No site contact listed');
  });
});
