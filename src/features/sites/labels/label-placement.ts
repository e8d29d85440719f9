import type { MapPlace } from '@/trial/map-places-format';
import type { Site } from '@/trial/trial-schema';
import { projectPoint, type PixelPoint } from '../map-picture/web-mercator';

/** A name the map may show: a site's city, or a place of the trial's map places file. */
export interface LabelCandidate {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** A site's city is drawn a little stronger than the places around it. */
  kind: 'site' | 'capital' | 'place';
}

/**
 * The names in the order they claim room: the countries' capitals, then the site cities (the
 * most sites first), then the other places (the file's order: by population). A site city is one
 * label however many sites share it; a site without a city or a point has none.
 */
export function labelCandidates(
  sites: readonly Site[],
  places: readonly MapPlace[],
): LabelCandidate[] {
  const cities = new Map<string, { candidate: LabelCandidate; sites: number }>();
  for (const site of sites) {
    if (!site.location || site.city === null || site.city.trim() === '') continue;
    const { lat, lon } = site.location;
    const key = `${site.city}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
    const known = cities.get(key);
    if (known) known.sites += 1;
    else
      cities.set(key, {
        candidate: { id: `site:${key}`, name: site.city, lat, lon, kind: 'site' },
        sites: 1,
      });
  }
  const around = places.map((place, index): LabelCandidate => ({
    id: `place:${String(index)}`,
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    kind: place.tier === 'capital' ? 'capital' : 'place',
  }));
  const siteCities = [...cities.values()]
    .sort((a, b) => b.sites - a.sites)
    .map(({ candidate }) => candidate);
  return [
    ...around.filter((place) => place.kind === 'capital'),
    ...siteCities,
    ...around.filter((place) => place.kind !== 'capital'),
  ];
}

/** Web Mercator at zoom z, in pixels: the map picture's projection (Leaflet's) times 2^z. */
export function projectedPixel(lat: number, lon: number, zoom: number): PixelPoint {
  const { x, y } = projectPoint(lat, lon);
  const scale = 2 ** zoom;
  return { x: x * scale, y: y * scale };
}

/** The label's box as drawn (place-labels.css, 12 px text): a dot at the point, the name to its right. */
const CHAR_WIDTH_PX = 6.6;
const LABEL_HEIGHT_PX = 16;
const DOT_AND_GAP_PX = 9;
/** Room kept clear around a site's point, where its marker is drawn. */
const MARKER_HALF_PX = 12;
const CELL_PX = 64;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Boxes by grid cell, so a check looks only at its neighbours (thousands of site cities). */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / CELL_PX); cx <= Math.floor(box.right / CELL_PX); cx += 1)
      for (let cy = Math.floor(box.top / CELL_PX); cy <= Math.floor(box.bottom / CELL_PX); cy += 1)
        keys.push(`${String(cx)},${String(cy)}`);
    return keys;
  }

  collides(box: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => overlaps(box, other)));
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
}

/**
 * Which names the map shows at a zoom: each in turn (labelCandidates' order) where its box
 * overlaps no name already placed and no site's marker (another site's point); so at a low zoom
 * only the capitals and the main site cities show, and more appear as the reader zooms in.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  sitePoints: readonly { lat: number; lon: number }[],
  zoom: number,
): Set<string> {
  const grid = new BoxGrid();
  for (const point of sitePoints) {
    const { x, y } = projectedPixel(point.lat, point.lon, zoom);
    grid.add({
      left: x - MARKER_HALF_PX,
      top: y - MARKER_HALF_PX,
      right: x + MARKER_HALF_PX,
      bottom: y + MARKER_HALF_PX,
    });
  }
  const shown = new Set<string>();
  for (const candidate of candidates) {
    const { x, y } = projectedPixel(candidate.lat, candidate.lon, zoom);
    // A site city's name starts beyond its marker; another place's beside its dot.
    const start = candidate.kind === 'site' ? x + MARKER_HALF_PX + 2 : x - 3;
    const box = {
      left: start,
      top: y - LABEL_HEIGHT_PX / 2,
      right: start + DOT_AND_GAP_PX + candidate.name.length * CHAR_WIDTH_PX,
      bottom: y + LABEL_HEIGHT_PX / 2,
    };
    if (grid.collides(box)) continue;
    grid.add(box);
    shown.add(candidate.id);
  }
  return shown;
}
