import { Section } from '@/components/section';
import type { Site } from '@/trial/trial-schema';
import { SitesTable } from './sites-table';
import { useShownSites } from './use-shown-sites';

export function SitesSection({ sites }: { sites: Site[] }) {
  const { shownSites } = useShownSites(sites);
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
