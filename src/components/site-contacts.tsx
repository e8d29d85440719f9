import { ContactCard } from './contact-card';
import { ContactLine } from './contact-line';
import { Missing } from './missing';
import type { Contact, Site } from '@/trial/trial-schema';
import { useCentralContacts } from './study-contacts';
import './site-contacts.css';

/**
 * Who to call about one site: its own contacts; where the record lists none, it says so and offers
 * the study's central contacts, labelled as such (never passed off as the site's). `compact`: one
 * line a person, for a table cell; else the full cards (a popup).
 */
export function SiteContacts({ site, compact = false }: { site: Site; compact?: boolean }) {
  const central = useCentralContacts();
  const people = (contacts: readonly Contact[]) =>
    contacts.map((contact, index) =>
      compact ? (
        <ContactLine key={index} contact={contact} />
      ) : (
        <ContactCard key={index} contact={contact} />
      ),
    );
  if (site.contacts.length > 0) return <div className="site-contacts">{people(site.contacts)}</div>;
  return (
    <div className="site-contacts">
      <p className="site-contacts__none">
        <Missing>No site contact listed</Missing>
      </p>
      {central.length > 0 && (
        <>
          <p className="site-contacts__central">
            {central.length === 1
              ? 'The study’s central contact:'
              : 'The study’s central contacts:'}
          </p>
          {people(central)}
        </>
      )}
    </div>
  );
}
