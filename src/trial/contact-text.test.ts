import { describe, expect, it } from 'vitest';
import { contactsText, contactText } from './contact-text';

const person = (name: string) => ({ name, degrees: [], asPublished: name });

describe('contactText', () => {
  it('gives what the record has, in order: name, phone with its extension, email', () => {
    expect(
      contactText({
        person: person('Fu-Sheng Wang'),
        role: 'CONTACT',
        phone: '+86 10 6693 3333',
        phoneExt: '12',
        email: 'fswang@example.org',
      }),
    ).toBe('Fu-Sheng Wang, +86 10 6693 3333, ext. 12, fswang@example.org');
    expect(
      contactText({ person: null, role: null, phone: null, phoneExt: null, email: 'a@b.org' }),
    ).toBe('a@b.org');
  });

  it('joins several with semicolons; none gives null (an empty cell)', () => {
    const one = { person: person('A'), role: null, phone: '1', phoneExt: null, email: null };
    expect(contactsText([one, { ...one, person: person('B') }])).toBe('A, 1; B, 1');
    expect(contactsText([])).toBeNull();
  });
});
