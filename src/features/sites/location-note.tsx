import type { Site } from '@/trial/trial-schema';

/** Where a site's point came from, said plainly; both kinds are city centres, not the building. */
export function LocationNote({ site }: { site: Site }) {
  if (!site.location)
    return (
      <span className="location-note is-missing">
        Not on map: <bdi>{site.notOnMapReason ?? 'no location'}</bdi>
      </span>
    );
  const source = site.location.source === 'record' ? 'from the record' : 'city looked up';
  return (
    <span className="location-note">
      Approximate: city centre <span className="location-note__source">({source})</span>
    </span>
  );
}
