// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
    expect(screen.getByText('Contact')).toBeTruthy();
    const phone = screen.getByRole('link', { name: '86-10-68214650' });
    expect(phone.getAttribute('href')).toBe('tel:861068214650;ext=12');
    expect(phone.parentElement?.textContent).toBe('86-10-68214650, ext. 12');
    const email = screen.getByRole('link', { name: 'pei@example.org' });
    expect(email.getAttribute('href')).toBe('mailto:pei@example.org');
  });

  it('says plainly what is not listed', () => {
    render(<ContactCard contact={makeContact({ person: null, role: null })} />);
    expect(screen.getByText('Name not listed')).toBeTruthy();
    expect(screen.getByText('No role listed')).toBeTruthy();
    expect(screen.getByText('No phone listed')).toBeTruthy();
    expect(screen.getByText('No email listed')).toBeTruthy();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
