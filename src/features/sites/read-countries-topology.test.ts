import { describe, expect, it } from 'vitest';
import { readCountriesTopology } from './read-countries-topology';

const topology = (geometries: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'Topology',
  transform: { scale: [1, 1], translate: [0, 0] },
  arcs: [
    [
      [0, 0],
      [1, 1],
    ],
  ],
  objects: { countries: { type: 'GeometryCollection', geometries } },
  ...extra,
});

describe('readCountriesTopology', () => {
  it('keeps polygons and multipolygons, with or without an id, and nothing else', () => {
    const read = readCountriesTopology(
      topology([
        { type: 'Polygon', arcs: [[0]], id: '156', properties: { name: 'China' } },
        { type: 'MultiPolygon', arcs: [[[0]], [[~0]]] },
      ]),
    );
    expect(read?.objects.countries.geometries).toEqual([
      { type: 'Polygon', arcs: [[0]], id: '156' },
      { type: 'MultiPolygon', arcs: [[[0]], [[-1]]] },
    ]);
    expect(read?.transform).toEqual({ scale: [1, 1], translate: [0, 0] });
  });

  it.each([
    ['a geometry of another type', topology([{ type: 'Point', coordinates: [0, 0] }])],
    ['a polygon with multipolygon arcs', topology([{ type: 'Polygon', arcs: [[[0]]] }])],
    ['a numeric id', topology([{ type: 'Polygon', arcs: [[0]], id: 156 }])],
    ['no transform', topology([], { transform: undefined })],
    [
      'a scale of three numbers',
      topology([], { transform: { scale: [1, 1, 1], translate: [0, 0] } }),
    ],
    ['no countries', topology([], { objects: {} })],
    ['another type', topology([], { type: 'FeatureCollection' })],
  ])('refuses %s', (_, value) => {
    expect(readCountriesTopology(value)).toBeNull();
  });
});
