import { Missing } from '@/components/missing';
import { CompleteListsLink } from '@/components/complete-lists-link';
import { Section } from '@/components/section';
import type { Trial } from '@/trial/trial-schema';
import { CountryContactGroups } from './country-contact-groups';
import { SiteContactList } from './site-contact-list';
import './facility-contacts-section.css';

/** Up to this many sites, every site's contacts are listed; above, they are grouped by country, closed. */
export const LIST_ALL_SITES_UP_TO = 50;

/** Every site's contacts under the site they belong to; sites without contacts say so. */
export function FacilityContactsSection({
  trial,
  completeLists,
}: {
  trial: Pick<Trial, 'sites'>;
  /** The page listing every site's contacts, for a trial whose contacts open by country. */
  completeLists?: string | undefined;
}) {
  const { sites } = trial;
  return (
    <Section
      id="facility-contacts"
      recordModules={['contactsLocationsModule']}
      title="Facility contacts"
      blurb={
        sites.length > LIST_ALL_SITES_UP_TO
          ? 'Who to contact at each study site, by country: open a country to see its sites.'
          : 'Who to contact at each study site.'
      }
    >
      {sites.length === 0 ? (
        <p>
          <Missing>No sites listed</Missing>
        </p>
      ) : sites.length > LIST_ALL_SITES_UP_TO ? (
        <>
          <CountryContactGroups sites={sites} />
          {completeLists && <CompleteListsLink href={completeLists} />}
        </>
      ) : (
        <SiteContactList sites={sites} />
      )}
    </Section>
  );
}
