import { createContext, useContext, type ReactNode } from 'react';
import type { Contact } from '@/trial/trial-schema';

const CentralContacts = createContext<readonly Contact[]>([]);

/** Gives the parts of a trial's page (the sites table, the map's popups) its central contacts. */
export function StudyContactsProvider({
  contacts,
  children,
}: {
  contacts: readonly Contact[];
  children: ReactNode;
}) {
  return <CentralContacts value={contacts}>{children}</CentralContacts>;
}

/** The study's central contacts (none outside a trial's page). */
export const useCentralContacts = () => useContext(CentralContacts);
