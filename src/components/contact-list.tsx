import type { Contact } from '@/trial/trial-schema';
import { ContactCard } from './contact-card';
import { Missing } from './missing';
import './contact-list.css';

export interface ContactListProps {
  contacts: readonly Contact[];
  /** Said when there are no contacts, e.g. "No contact listed". */
  emptyText: string;
}

/** Contact cards as a list, or a plain statement that there are none. */
export function ContactList({ contacts, emptyText }: ContactListProps) {
  if (contacts.length === 0) {
    return (
      <p>
        <Missing>{emptyText}</Missing>
      </p>
    );
  }
  return (
    <ul className="contact-list">
      {contacts.map((contact, index) => (
        <li key={`${String(index)}-${contact.person?.asPublished ?? ''}`}>
          <ContactCard contact={contact} />
        </li>
      ))}
    </ul>
  );
}
