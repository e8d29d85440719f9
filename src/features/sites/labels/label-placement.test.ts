import { describe, expect, it } from 'vitest';
import { makeSite } from '@/test-support/make-trial';
import type { MapPlace } from '@/trial/map-places-format';
import { labelCandidates, placeLabels, projectedPixel } from './label-placement';

const at = (lat: number, lon: number) => ({ lat, lon, source: 'gazetteer' as const });
const place = (name: string, lat: number, lon: number, tier: MapPlace['tier']): MapPlace => ({
  name,
  lat,
  lon,
  population: 1_000_000,
  tier,
});

const sites = [
  makeSite({ id: 's1', city: 'Shanghai', location: at(31.222, 121.458) }),
  makeSite({ id: 's2', city: 'Lanzhou', location: at(36.057, 103.84) }),
  makeSite({ id: 's3', city: 'Lanzhou', location: at(36.057, 103.84) }),
  makeSite({ id: 's4', city: null, location: at(30, 100) }),
  makeSite({ id: 's5', city: 'Nowhere', location: null }),
];
const places = [
  place('Wuhan', 30.583, 114.267, 'regionCapital'),
  place('Taipei', 25.048, 121.532, 'capital'),
  place('Kunshan', 31.377, 120.954, 'city'),
];

describe('labelCandidates', () => {
  it('lists the capitals, then the site cities (most sites first, each once), then the other places', () => {
    expect(labelCandidates(sites, places).map((c) => [c.name, c.kind])).toEqual([
      ['Taipei', 'capital'],
      ['Lanzhou', 'site'],
      ['Shanghai', 'site'],
      ['Wuhan', 'place'],
      ['Kunshan', 'place'],
    ]);
  });
});

describe('placeLabels', () => {
  const candidates = labelCandidates(sites, places);
  const points = sites.flatMap((site) => (site.location ? [site.location] : []));
  const names = (zoom: number) => {
    const shown = placeLabels(candidates, points, zoom);
    return candidates.filter((c) => shown.has(c.id)).map((c) => c.name);
  };

  it('leaves out, zoomed out, a name that would overlap one before it or a site’s marker', () => {
    // At zoom 4 Kunshan (60 km from Shanghai) would sit on Shanghai's marker and name.
    expect(names(4)).toEqual(['Taipei', 'Lanzhou', 'Shanghai', 'Wuhan']);
  });

  it('shows more names as the reader zooms in, never fewer', () => {
    expect(names(9)).toEqual(['Taipei', 'Lanzhou', 'Shanghai', 'Wuhan', 'Kunshan']);
    for (let zoom = 3; zoom < 12; zoom += 1)
      expect(names(zoom + 1).length).toBeGreaterThanOrEqual(names(zoom).length);
  });
});

describe('projectedPixel', () => {
  it('matches Web Mercator: the equator and the prime meridian at the middle of the world', () => {
    expect(projectedPixel(0, 0, 0)).toEqual({ x: 128, y: 128 });
    expect(projectedPixel(0, 180, 1).x).toBe(512);
    expect(projectedPixel(85.05, 0, 0).y).toBeCloseTo(0, 0);
  });
});
