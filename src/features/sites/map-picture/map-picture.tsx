import { formatCount, plural } from '@/trial/count-text';
import type { Site } from '@/trial/trial-schema';
import '../map-box.css';
import './map-picture.css';

/** Where the data build writes a trial's map picture (scripts/write-map-pictures.ts). */
export const mapPictureUrl = (trialId: string) =>
  `${import.meta.env.BASE_URL}data/maps/${trialId}.svg`;

function pictureText(sites: readonly Site[]): string {
  const located = sites.filter((site) => site.location).length;
  return located === sites.length
    ? `Picture of the map of the trial's ${plural(located, 'site')}; the sites table lists them.`
    : `Picture of the map of the trial's ${plural(located, 'site')} with a location (of ${formatCount(sites.length)}); the sites table lists them all.`;
}

/**
 * The map picture drawn at build time (map-picture-svg.ts), in the live map's box (map-box.css):
 * what the page shows there before the live map is drawn, and all it shows without JavaScript. An
 * image, so it costs no script, no hydration and no inline style; it is cached like any asset.
 */
export function MapPicture({
  trialId,
  sites,
  printOnly = false,
}: {
  trialId: string;
  sites: readonly Site[];
  /** Shown on paper only (the live map is drawn on screen). */
  printOnly?: boolean;
}) {
  // High priority: on an HTTP/1.1 host the app's module preloads (high by default) otherwise take
  // the connections first, and the picture, the page's largest paint, came some 100 ms later than
  // on the same page without scripts (trace of NCT01573923's prerendered page).
  return (
    <img
      className={printOnly ? 'map-picture print-only' : 'map-picture'}
      src={mapPictureUrl(trialId)}
      alt={pictureText(sites)}
      fetchPriority="high"
    />
  );
}
