import { Missing } from '@/components/missing';
import { SiteContacts } from '@/components/site-contacts';
import { sitePlace, UNNAMED_FACILITY } from '@/trial/site-text';
import type { Site } from '@/trial/trial-schema';
import { LocationNote } from './location-note';
import { siteStatusLabel } from './site-status-style';

/** What a marker's popup says: facility, place, status, where the point came from, and who to call there (SiteContacts). */
export function SitePopupContent({ site }: { site: Site }) {
  return (
    <div className="site-popup">
      <p className="site-popup__facility">
        {site.facility ?? <Missing>{UNNAMED_FACILITY}</Missing>}
      </p>
      <p>{sitePlace(site) ?? <Missing>No address given</Missing>}</p>
      <p>
        Status: <strong>{siteStatusLabel(site.status)}</strong>
      </p>
      <p>
        <LocationNote site={site} />
      </p>
      <SiteContacts site={site} />
    </div>
  );
}
