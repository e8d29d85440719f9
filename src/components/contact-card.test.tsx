// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { valueElementOf, valueOf } from '@/test-support/definition-value';
import { makeContact } from '@/test-support/make-trial';
import { parsePersonName } from '@/trial/person-name';
import { ContactCard } from './contact-card';

afterEach(cleanup);

describe('ContactCard', () => {
  it('shows name with degrees, role, phone as tel: and email as mailto:', () => {
    render(
      <ContactCard
        contact={makeContact({
          person: parsePersonName('Xuetao Pei, MD,PhD'),
          phone: '86-10-68214650',
          phoneExt: '12',
          email: 'pei@example.org',
        })}
      />,
    );
    expect(screen.getByText('Xuetao Pei, MD, PhD')).toBeTruthy();
    expect(valueOf('Role')).toBe('Contact (code CONTACT)');
    const phone = valueElementOf('Phone');
    expect(phone.textContent).toBe('86-10-68214650, ext. 12');
    const tel = within(phone).getByRole('link', { name: '86-10-68214650' });
    expect(tel.getAttribute('href')).toBe('tel:861068214650;ext=12');
    const email = valueElementOf('Email');
    expect(email.textContent).toBe('pei@example.org');
    expect(within(email).getByRole('link').getAttribute('href')).toBe('mailto:pei@example.org');
  });

  it('says plainly what is not listed', () => {
    render(<ContactCard contact={makeContact({ person: null, role: null })} />);
    expect(screen.getByText('Name not listed')).toBeTruthy();
    expect(valueOf('Role')).toBe('No role listed');
    expect(valueOf('Phone')).toBe('No phone listed');
    expect(valueOf('Email')).toBe('No email listed');
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});

describe('ContactCard with hostile record values', () => {
  it('links no mailto: that would add recipients or headers, and no tel: without digits', () => {
    render(
      <ContactCard
        contact={makeContact({ phone: 'ask the desk', phoneExt: null, email: 'a@b.c?bcc=x@y.z' })}
      />,
    );
    expect(valueOf('Phone')).toBe('ask the desk');
    expect(valueOf('Email')).toBe('a@b.c?bcc=x@y.z');
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('keeps markup as text, and isolates record text from the app words beside it', () => {
    const { container } = render(
      <ContactCard
        contact={makeContact({
          person: parsePersonName('<img src=x onerror=alert(1)>'),
          phone: '\u202E555-0100',
          phoneExt: '\u202E12',
          email: 'p\u202Eei@example.org',
        })}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>').tagName).toBe('BDI');
    const phone = screen.getByRole('link', { name: '\u202E555-0100' });
    expect(phone.getAttribute('href')).toBe('tel:5550100');
    expect(phone.firstElementChild?.tagName).toBe('BDI');
    // ", ext." is the app's: it stays outside the isolated phone and extension.
    expect([...(phone.parentElement?.children ?? [])].map((element) => element.tagName)).toEqual([
      'A',
      'BDI',
    ]);
    expect(screen.getByText('p\u202Eei@example.org').closest('a')).toBeNull();
  });
});
