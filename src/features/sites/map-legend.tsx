import type { Site } from '@/trial/trial-schema';
import { MARKER_EDGE, MARKER_RING } from './map-look';
import { countSiteStatuses } from './site-facts';
import { siteStatusColor, siteStatusLabel } from './site-status-style';
import { formatCount, plural } from '@/trial/count-text';

/**
 * A marker's look in small: the status colour in a white ring with a dark edge. An SVG, its colour a
 * presentation attribute: no style attribute, which the page's CSP would refuse in served HTML.
 */
function StatusSwatch({ color }: { color: string }) {
  return (
    <svg className="map-legend__swatch" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="10" fill={MARKER_EDGE} />
      <circle cx="10" cy="10" r="8" fill={color} stroke={MARKER_RING} strokeWidth="2" />
    </svg>
  );
}

/** Status colours with their words and counts, for the sites shown; and how many of them are not on the map. */
export function MapLegend({ sites }: { sites: readonly Site[] }) {
  const counts = countSiteStatuses(sites);
  const notOnMap = sites.filter((s) => !s.location).length;
  return (
    <div className="map-legend" aria-label="Map legend" role="group">
      <ul className="inline-list">
        {counts.map(({ status, count }) => (
          <li key={status ?? 'none'}>
            <StatusSwatch color={siteStatusColor(status)} />
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
