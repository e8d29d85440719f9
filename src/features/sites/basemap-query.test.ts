import { afterEach, describe, expect, it, vi } from 'vitest';
import { basemapDetailAt, FINE_BASEMAP_FROM_ZOOM } from './basemap-detail';
import { loadBasemap } from './basemap-query';

const topology = (arcs: unknown) => ({
  type: 'Topology',
  transform: { scale: [1, 1], translate: [0, 0] },
  arcs,
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', arcs: [[0]], id: '156' }],
    },
  },
});

function serve(body: unknown) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(body))));
}

afterEach(() => vi.unstubAllGlobals());

describe('basemapDetailAt', () => {
  it('draws the coarse outlines up to the fine zoom, the fine ones from there', () => {
    expect(basemapDetailAt(1)).toBe('coarse');
    expect(basemapDetailAt(FINE_BASEMAP_FROM_ZOOM - 1)).toBe('coarse');
    expect(basemapDetailAt(FINE_BASEMAP_FROM_ZOOM)).toBe('fine');
    expect(basemapDetailAt(12)).toBe('fine');
  });
});

describe('loadBasemap', () => {
  it('turns valid TopoJSON into country features', async () => {
    serve(
      topology([
        [
          [0, 0],
          [10, 0],
          [0, 10],
          [-10, -10],
        ],
      ]),
    );
    const features = await loadBasemap('coarse');
    expect(features.features).toHaveLength(1);
    expect(features.features[0]?.geometry.type).toBe('Polygon');
  });

  it.each([
    [
      'a position with a string',
      [
        [
          [0, 0],
          ['1', 2],
        ],
      ],
    ],
    ['a position with three numbers', [[[0, 0, 0]]]],
    ['an arc that is not a list', [{}]],
    ['no arcs at all', null],
  ])('refuses arcs with %s', async (_, arcs) => {
    serve(topology(arcs));
    await expect(loadBasemap('coarse')).rejects.toThrow('Country shapes are not valid TopoJSON.');
  });
});
