import { formatCount, plural } from '@/trial/count-text';
import type { Site } from '@/trial/trial-schema';
import '../map-box.css';
import './map-picture.css';

/** Where the data build writes a trial's map picture (scripts/write-map-pictures.ts). */
export const mapPictureUrl = (trialId: string) =>
  `${import.meta.env.BASE_URL}data/maps/${trialId}.svg`;

function pictureText(sites: readonly Site[]): string {
  const located = sites.filter((site) => site.location).length;
  const count =
    located === sites.length
      ? plural(located, 'site')
      : `${formatCount(located)} of ${plural(sites.length, 'site')} (the others have no location)`;
  return `Picture of the sites map, with ${count}; the sites table lists them.`;
}

/**
 * The map picture drawn at build time (map-picture-svg.ts), in the live map's box (`.sites-map`):
 * what the page shows there before the live map is drawn, and all it shows without JavaScript. An
 * image, so it costs no script, no hydration and no inline style; it is cached like any asset.
 */
export function MapPicture({ trialId, sites }: { trialId: string; sites: readonly Site[] }) {
  return <img className="sites-map map-picture" src={mapPictureUrl(trialId)} alt={pictureText(sites)} />;
}
