import { CompleteListsLink } from '@/components/complete-lists-link';
import { Section } from '@/components/section';
import type { Site } from '@/trial/trial-schema';
import { NearestSiteSlot } from './nearest/nearest-site-slot';
import { SitesTable } from './sites-table';
import { SitesTextFilter } from './sites-text-filter';
import { useShownSites } from './use-shown-sites';

/** `completeLists`: the page listing every site, for a trial whose table shows part before JavaScript. */
export function SitesSection({
  sites,
  completeLists,
}: {
  sites: Site[];
  completeLists?: string | undefined;
}) {
  const { shownSites, status, filterText, setFilterText } = useShownSites(sites);
  const text = filterText.trim();
  return (
    <Section
      id="sites"
      recordModules={['contactsLocationsModule']}
      title="Sites"
      blurb="Where the study takes place and each site's recruitment status. This table lists every site on the map, and those that could not be placed."
    >
      <NearestSiteSlot sites={sites} />
      <SitesTextFilter
        value={filterText}
        onChange={setFilterText}
        shownCount={shownSites.length}
        totalCount={sites.length}
      />
      <SitesTable
        sites={shownSites}
        totalCount={sites.length}
        emptyMessage={
          text === ''
            ? 'No site has the chosen status.'
            : `No site${status ? ' with the chosen status' : ''} matches “${text}”.`
        }
      />
      {completeLists && <CompleteListsLink href={completeLists} />}
    </Section>
  );
}
