import { Section } from '@/components/section';
import type { Site } from '@/trial/trial-schema';
import { SitesTable } from './sites-table';

export function SitesSection({ sites, shownSites }: { sites: Site[]; shownSites: Site[] }) {
  return (
    <Section
      id="sites"
      title="Sites"
      blurb="Where the study takes place and each site's recruitment status. This table lists every site on the map, and those that could not be placed."
    >
      <SitesTable sites={shownSites} totalCount={sites.length} />
    </Section>
  );
}
