import type { Site } from '@/trial/trial-schema';
import { countSiteStatuses } from './site-facts';
import { siteStatusKey, siteStatusLabel } from './site-status-style';
import '@/components/status-colors.css';
import { formatCount, plural } from '@/trial/count-text';

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
              data-status={siteStatusKey(status)}
            />
            {siteStatusLabel(status)}: {plural(count, 'site')}
          </li>
        ))}
      </ul>
      {notOnMap > 0 && (
        <p className="map-legend__note">
          {formatCount(notOnMap)} of {plural(sites.length, 'site is', 'sites are')} not on the map
          (no location; see the sites table).
        </p>
      )}
      <p className="map-legend__note">Points are approximate: city centres, not the building.</p>
    </div>
  );
}
