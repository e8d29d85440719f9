import type { Site } from '@/trial/trial-schema';
import { countSiteStatuses } from './site-facts';
import { siteStatusColor, siteStatusLabel } from './site-status-style';

/** Status colours with their words and counts, for the sites shown; and how many of them are not on the map. */
export function MapLegend({ sites }: { sites: readonly Site[] }) {
  const counts = countSiteStatuses(sites);
  const notOnMap = sites.filter((s) => !s.location).length;
  return (
    <div className="map-legend" aria-label="Map legend" role="group">
      <ul className="inline-list">
        {counts.map(({ status, count }) => (
          <li key={status ?? 'none'}>
            <span
              className="map-legend__swatch"
              aria-hidden="true"
              style={{ backgroundColor: siteStatusColor(status) }}
            />
            {siteStatusLabel(status)}: {count} {count === 1 ? 'site' : 'sites'}
          </li>
        ))}
      </ul>
      {notOnMap > 0 && (
        <p className="map-legend__note">
          {notOnMap} of {sites.length} {sites.length === 1 ? 'site is' : 'sites are'} not on the map
          (no location; see the sites table).
        </p>
      )}
      <p className="map-legend__note">Points are approximate: city centres, not the building.</p>
    </div>
  );
}
