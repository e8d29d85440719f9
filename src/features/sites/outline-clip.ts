import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Country outlines cut to a region of the map. Leaflet projects and simplifies every point of a
 * vector layer on each zoom, and re-draws every path on each move; for the 1:50m outlines (some
 * 100,000 points) that is about 100 ms a move. The live map draws, at that detail, only the
 * outlines inside its padded view (use-map-view: half a view beyond each side, more than the
 * renderer's own margin), cut at that box: what is drawn then depends only on the view, and costs
 * what the view shows. Cutting is done in Web Mercator (longitude, Mercator y), where Leaflet draws
 * straight lines, so a cut edge lies exactly on the outline's own segment.
 */

/** An outline and its bounding box [west, south, east, north], worked out once per collection. */
interface IndexedOutline {
  feature: Feature;
  bbox: BBox;
  polygons: Position[][][];
}

export interface OutlineIndex {
  outlines: IndexedOutline[];
}

/** The latitude Web Mercator (and Leaflet) stops at. */
const MAX_LAT = 85.0511287798;

const toY = (lat: number) => {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
};
const toLat = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

function polygonsOf(feature: Feature): Position[][][] {
  const { geometry } = feature;
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function boundsOf(polygons: Position[][][]): BBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons) {
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return [west, south, east, north];
}

/** Indexes a collection's (multi)polygon outlines by their bounding boxes; other geometries are left out. */
export function indexOutlines(collection: FeatureCollection): OutlineIndex {
  const outlines: IndexedOutline[] = [];
  for (const feature of collection.features) {
    const polygons = polygonsOf(feature);
    if (polygons.length > 0) outlines.push({ feature, bbox: boundsOf(polygons), polygons });
  }
  return { outlines };
}

/** Longitude, Mercator y, and the latitude as given (kept exact for the points not cut). */
type Point = [x: number, y: number, lat: number];

/** One Sutherland–Hodgman pass: the part of `ring` on the inner side of one edge of the box. */
function clipAgainst(
  ring: Point[],
  inside: (p: Point) => boolean,
  cross: (a: Point, b: Point) => Point,
): Point[] {
  const out: Point[] = [];
  let previous = ring.at(-1);
  for (const current of ring) {
    if (!previous) break;
    const currentIn = inside(current);
    if (currentIn !== inside(previous)) out.push(cross(previous, current));
    if (currentIn) out.push(current);
    previous = current;
  }
  return out;
}

const atX = (a: Point, b: Point, x: number): Point => {
  const y = a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]);
  return [x, y, toLat(y)];
};
const atY = (a: Point, b: Point, y: number): Point => [
  a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
  y,
  toLat(y),
];

/** A GeoJSON ring (closed: last position = first) cut to the box, closed again; null when nothing is left. */
function clipRing(ring: Position[], [west, south, east, north]: BBox): Position[] | null {
  const bottom = toY(south);
  const top = toY(north);
  /** The box's four edges: which side is inside, and where a segment crosses it. */
  const edges: [inside: (p: Point) => boolean, cross: (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= west, (a, b) => atX(a, b, west)],
    [(p) => p[0] <= east, (a, b) => atX(a, b, east)],
    [(p) => p[1] >= bottom, (a, b) => atY(a, b, bottom)],
    [(p) => p[1] <= top, (a, b) => atY(a, b, top)],
  ];
  let points: Point[] = ring.slice(0, -1).map(([lon = 0, lat = 0]) => [lon, toY(lat), lat]);
  for (const [inside, cross] of edges) points = clipAgainst(points, inside, cross);
  const first = points[0];
  if (!first || points.length < 3) return null;
  return [...points, first].map(([lon, , lat]): Position => [lon, lat]);
}

const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * The outlines that reach into `box` ([west, south, east, north], degrees), each cut at its edges:
 * a polygon whose outer ring is left empty is dropped, and so is a hole left empty.
 */
export function clipOutlines(index: OutlineIndex, box: BBox): FeatureCollection {
  const features: Feature[] = [];
  for (const { feature, bbox, polygons } of index.outlines) {
    if (!overlaps(bbox, box)) continue;
    const cut: Position[][][] = [];
    for (const [outer, ...holes] of polygons) {
      const ring = outer ? clipRing(outer, box) : null;
      if (!ring) continue;
      const kept = holes.flatMap((hole) => {
        const cutHole = clipRing(hole, box);
        return cutHole ? [cutHole] : [];
      });
      cut.push([ring, ...kept]);
    }
    if (cut.length === 0) continue;
    const [only] = cut;
    const geometry: Polygon | MultiPolygon =
      cut.length === 1 && only
        ? { type: 'Polygon', coordinates: only }
        : { type: 'MultiPolygon', coordinates: cut };
    features.push({ ...feature, geometry });
  }
  return { type: 'FeatureCollection', features };
}
