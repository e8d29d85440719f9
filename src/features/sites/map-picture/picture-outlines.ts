import type { FeatureCollection, Position } from 'geojson';
import { clipRing, simplifyLine } from './outline-geometry';
import { GRID_PER_PIXEL, toGrid, type GridRect, type PictureFrame } from './picture-frame';
import { projectPoint, type PixelPoint } from './web-mercator';

/** Leaflet's smoothFactor for outlines (its default, which the live map keeps): 1 screen pixel. */
const SMOOTH_PIXELS = 1;

/** A country's rings, each a list of [lon, lat] positions (GeoJSON), whatever its geometry type. */
function ringsOf(geometry: FeatureCollection['features'][number]['geometry']): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** A ring on the grid, without the repeated closing point (as Leaflet draws it). */
function projectRing(ring: readonly Position[], frame: PictureFrame): PixelPoint[] {
  const points = ring.map(([lon = 0, lat = 0]) => toGrid(frame, projectPoint(lat, lon)));
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && points.length > 1 && first.x === last.x && first.y === last.y) points.pop();
  return points;
}

/** "M12 34l5-2 3 0…z": absolute start, then relative steps, so most numbers are a few digits. */
function ringPath(points: readonly PixelPoint[]): string {
  const [start, ...rest] = points;
  if (!start) return '';
  let steps = '';
  let previous = start;
  for (const point of rest) {
    steps += separated(point.x - previous.x) + separated(point.y - previous.y);
    previous = point;
  }
  return `M${start.x} ${start.y}l${steps.trimStart()}z`;
}

/** A step with its separator: a minus sign separates it from the number before, else a space. */
const separated = (step: number) => (step < 0 ? String(step) : ` ${step}`);

/**
 * The path data of each country, in the collection's order (the order Leaflet adds them in),
 * clipped to `area` and simplified as Leaflet would at the picture's nominal zoom; countries
 * wholly outside `area` are left out.
 */
export function outlinePaths(
  countries: FeatureCollection,
  frame: PictureFrame,
  area: GridRect,
): string[] {
  const paths: string[] = [];
  for (const country of countries.features) {
    const rings = ringsOf(country.geometry)
      .map((ring) => clipRing(projectRing(ring, frame), area))
      .map((ring) => simplifyLine(ring, SMOOTH_PIXELS * GRID_PER_PIXEL))
      .filter((ring) => ring.length >= 3);
    if (rings.length > 0) paths.push(rings.map(ringPath).join(''));
  }
  return paths;
}
