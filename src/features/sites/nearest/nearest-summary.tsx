import { useId, useMemo } from 'react';
import { SelectSiteButton } from '@/components/select-site-button';
import { SiteContacts } from '@/components/site-contacts';
import { StatusBadge } from '@/components/status-badge';
import { Missing } from '@/components/missing';
import { plural } from '@/trial/count-text';
import { UNNAMED_FACILITY } from '@/trial/site-text';
import type { Site } from '@/trial/trial-schema';
import { formatDistance, type DistanceUnit } from './distance';
import type { NearPoint } from './near-point';
import { nearestSummaryOf, type RankedSite } from './rank-sites';

/**
 * The answer to "where do I go, and whom do I call": the nearest site that is recruiting, its
 * distance and status, and its contacts (or, where it lists none, the study's central contacts,
 * labelled so). When no site is recruiting it says so and names the nearest site of any status;
 * when the nearest site is not recruiting, that is said too. Sites without a point are counted.
 */
export function NearestSummary({
  sites,
  point,
  unit,
}: {
  sites: readonly Site[];
  point: NearPoint;
  unit: DistanceUnit;
}) {
  const headingId = useId();
  const { recruiting, any, unplaced } = useMemo(
    () => nearestSummaryOf(sites, point),
    [sites, point],
  );
  const shown = recruiting ?? any;
  return (
    <section className="nearest-summary" aria-labelledby={headingId} data-testid="nearest-summary">
      <h3 id={headingId} className="nearest-summary__title">
        {recruiting ? 'Nearest recruiting site' : 'Nearest site'} to <bdi>{point.label}</bdi>
      </h3>
      {!recruiting && shown && (
        <p className="nearest-summary__note">No site of this study is recruiting, by the record.</p>
      )}
      {shown ? (
        <NearestSite entry={shown} unit={unit} />
      ) : (
        <p>
          <Missing>No site of this study has a place on the map, so none has a distance.</Missing>
        </p>
      )}
      {recruiting && any && any.site !== recruiting.site && any.km < recruiting.km && (
        <p className="nearest-summary__note">
          Nearer, but not recruiting: <bdi>{any.site.facility ?? UNNAMED_FACILITY}</bdi>,{' '}
          {formatDistance(any.km, unit)}
          {any.site.status ? (
            <>
              {' '}
              (<StatusBadge status={any.site.status} />)
            </>
          ) : (
            ' (status not given)'
          )}
          .
        </p>
      )}
      {unplaced > 0 && (
        <p className="nearest-summary__note">
          {plural(unplaced, 'site')} could not be placed and {unplaced === 1 ? 'has' : 'have'} no
          distance: listed last in the table, with the reason.
        </p>
      )}
      <p className="nearest-summary__fine">
        Distances are in a straight line to each site’s city centre (the record gives no street
        address): check the journey with the site.
      </p>
    </section>
  );
}

function NearestSite({ entry, unit }: { entry: RankedSite; unit: DistanceUnit }) {
  const { site, km } = entry;
  const place = [site.city, site.state, site.country].filter((part) => part !== null).join(', ');
  return (
    <div className="nearest-summary__site">
      <p className="nearest-summary__name">
        <SelectSiteButton siteId={site.id}>{site.facility ?? UNNAMED_FACILITY}</SelectSiteButton>
      </p>
      <p className="nearest-summary__facts">
        {place !== '' && (
          <>
            <bdi>{place}</bdi>
            {' · '}
          </>
        )}
        <strong>{formatDistance(km, unit)}</strong>
        {' · '}
        {site.status ? <StatusBadge status={site.status} /> : <Missing>Status not given</Missing>}
      </p>
      <SiteContacts site={site} />
    </div>
  );
}
