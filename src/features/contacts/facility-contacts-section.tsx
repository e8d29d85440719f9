import { ContactList } from '@/components/contact-list';
import { Missing } from '@/components/missing';
import { Section } from '@/components/section';
import { siteHeading } from '@/trial/site-text';
import type { Trial } from '@/trial/trial-schema';
import './facility-contacts-section.css';

/** Every site's contacts under the site they belong to; sites without contacts say so. */
export function FacilityContactsSection({ trial }: { trial: Pick<Trial, 'sites'> }) {
  return (
    <Section
      id="facility-contacts"
      title="Facility contacts"
      blurb="Who to contact at each study site."
    >
      {trial.sites.length === 0 ? (
        <p>
          <Missing>No sites listed</Missing>
        </p>
      ) : (
        <ul className="facility-contacts">
          {trial.sites.map((site) => (
            <li key={site.id}>
              <h3>{siteHeading(site)}</h3>
              <ContactList contacts={site.contacts} emptyText="No contact listed" />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
