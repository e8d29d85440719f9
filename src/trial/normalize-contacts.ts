import type { CtgovContact } from './ctgov-locations-schema';
import { parsePersonName } from './person-name';
import { foldWords } from './text-fold';
import type { Contact } from './trial-schema';
import { formatCount } from './count-text';

export function normalizeContact(raw: CtgovContact): Contact {
  const name = raw.name?.trim();
  return {
    person: name ? parsePersonName(name) : null,
    role: raw.role ?? null,
    phone: raw.phone ?? null,
    phoneExt: raw.phoneExt ?? null,
    email: raw.email ?? null,
  };
}

/** Contacts listed more than once under the same name (kept as published, but worth a note). */
export function duplicateContactWarnings(contacts: readonly Contact[], where: string): string[] {
  const counts = new Map<string, { shown: string; count: number }>();
  for (const contact of contacts) {
    if (contact.person === null) continue;
    const key = foldWords(contact.person.name).join(' ');
    const entry = counts.get(key) ?? { shown: contact.person.asPublished, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .filter((entry) => entry.count > 1)
    .map((entry) => `${where} "${entry.shown}" is listed ${formatCount(entry.count)} times`);
}
