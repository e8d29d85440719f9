import { ContactList } from '@/components/contact-list';
import { Section } from '@/components/section';
import type { Trial } from '@/trial/trial-schema';

/** The study's central contacts, for questions about taking part. */
export function CentralContactsSection({ trial }: { trial: Pick<Trial, 'centralContacts'> }) {
  return (
    <Section
      id="central-contacts"
      recordModules={['contactsLocationsModule']}
      title="Central contacts"
      blurb="Who to ask about taking part in the study, whatever the site."
    >
      <ContactList contacts={trial.centralContacts} emptyText="No central contact listed" />
    </Section>
  );
}
