import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipOutlines, indexOutlines } from './outline-clip';

const square = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const country = (name: string, geometry: Geometry): Feature => ({
  type: 'Feature',
  properties: { name },
  geometry,
});

const collection = (...features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

describe('clipOutlines', () => {
  it('keeps an outline inside the box exactly as it is, and leaves out one outside', () => {
    const inside = country('In', { type: 'Polygon', coordinates: [square(1, 1, 2, 2)] });
    const outside = country('Out', { type: 'Polygon', coordinates: [square(30, 30, 31, 31)] });
    const cut = clipOutlines(indexOutlines(collection(inside, outside)), [0, 0, 10, 10]);
    expect(cut.features).toEqual([inside]);
  });

  it('cuts an outline that crosses the box at its edges, keeping its properties', () => {
    const wide = country('Wide', { type: 'Polygon', coordinates: [square(-5, 2, 5, 4)] });
    const [feature] = clipOutlines(indexOutlines(collection(wide)), [0, 0, 10, 10]).features;
    expect(feature?.properties).toEqual({ name: 'Wide' });
    expect(feature?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 2],
          [5, 2],
          [5, 4],
          [0, 4],
          [0, 2],
        ],
      ],
    });
  });

  it('puts a cut where Leaflet draws the segment: on the straight line in Web Mercator', () => {
    // A triangle from (0°, 0°) to (20°, 60°): cut at 10° east, halfway in x, so halfway in Mercator y.
    const triangle = country('Slope', {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [20, 60],
          [20, 0],
          [0, 0],
        ],
      ],
    });
    const [feature] = clipOutlines(indexOutlines(collection(triangle)), [10, -10, 30, 80]).features;
    const ring = feature?.geometry.type === 'Polygon' ? feature.geometry.coordinates[0] : [];
    const onSlope = ring?.find(([lon, lat]) => lon === 10 && (lat ?? 0) > 0);
    expect(onSlope?.[1]).toBeCloseTo(
      (360 / Math.PI) * Math.atan(Math.exp(mercatorY(60) / 2)) - 90,
      9,
    );
    expect(onSlope?.[1]).not.toBeCloseTo(30, 1); // not halfway in degrees
    for (const [lon = 0] of ring ?? []) expect(lon).toBeGreaterThanOrEqual(10);
  });

  it('keeps a hole inside the box, drops one outside, and turns a MultiPolygon left with one part into a Polygon', () => {
    const islands = country('Islands', {
      type: 'MultiPolygon',
      coordinates: [
        [square(0, 0, 8, 8), square(1, 1, 2, 2), square(6, 6, 7, 7)],
        [square(40, 40, 41, 41)],
      ],
    });
    const [feature] = clipOutlines(indexOutlines(collection(islands)), [-1, -1, 5, 5]).features;
    expect(feature?.geometry.type).toBe('Polygon');
    const rings = feature?.geometry.type === 'Polygon' ? feature.geometry.coordinates : [];
    expect(rings).toHaveLength(2);
    expect(rings[1]).toEqual(square(1, 1, 2, 2));
    for (const [lon = 0, lat = 0] of rings[0] ?? []) {
      expect(lon).toBeLessThanOrEqual(5);
      expect(lat).toBeLessThanOrEqual(5 + 1e-9);
    }
  });
});
