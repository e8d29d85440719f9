import type { Contact } from './trial-schema';

/** One contact as plain text ("Wang Fu-Sheng, +86 10 6693 3333, ext. 12, fswang@…"): what the record gives. */
export function contactText({ person, phone, phoneExt, email }: Contact): string {
  const phoneText = phone === null ? null : phoneExt ? `${phone}, ext. ${phoneExt}` : phone;
  return [person?.name ?? null, phoneText, email].filter((part) => part !== null).join(', ');
}

/** Several contacts on one line, separated by semicolons (a CSV cell); null when there are none. */
export function contactsText(contacts: readonly Contact[]): string | null {
  return contacts.length === 0 ? null : contacts.map(contactText).join('; ');
}
