import type { Site } from '@/trial/trial-schema';

const SOURCE_TEXT = { record: 'from the record', gazetteer: 'city looked up' } as const;
const notOnMap = (site: Site) => site.notOnMapReason ?? 'no location';

/** The note as one line of text (a CSV cell). */
export function locationNoteText(site: Site): string {
  return site.location
    ? `Approximate: city centre (${SOURCE_TEXT[site.location.source]})`
    : `Not on map: ${notOnMap(site)}`;
}

/** Where a site's point came from, said plainly; both kinds are city centres, not the building. */
export function LocationNote({ site }: { site: Site }) {
  if (!site.location)
    return (
      <span className="location-note is-missing">
        Not on map: <bdi>{notOnMap(site)}</bdi>
      </span>
    );
  return (
    <span className="location-note">
      Approximate: city centre{' '}
      <span className="location-note__source">({SOURCE_TEXT[site.location.source]})</span>
    </span>
  );
}
