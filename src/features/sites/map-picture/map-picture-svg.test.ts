import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { makeSite, SEED_SITES } from '@/test-support/make-trial';
import type { Site } from '@/trial/trial-schema';
import { siteStatusColor } from '../site-status-style';
import type { MapPlace } from '@/trial/map-places-format';
import { mapPictureSvg } from './map-picture-svg';
import { fitScale, NOMINAL_BOX, pictureView } from './picture-view';
import { projectPoint } from './web-mercator';

/** A country as one rectangle, [west, south, east, north] in degrees. */
function country(
  id: string,
  [west, south, east, north]: number[],
): FeatureCollection['features'][number] {
  const ring: Position[] = [
    [west ?? 0, south ?? 0],
    [east ?? 0, south ?? 0],
    [east ?? 0, north ?? 0],
    [west ?? 0, north ?? 0],
    [west ?? 0, south ?? 0],
  ];
  return {
    type: 'Feature',
    id,
    properties: {},
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

/** Coarse: one country over the whole map; fine: that and a second one, so the paths tell which. */
const WORLD = country('world', [-179, -80, 179, 80]);
const COUNTRIES = {
  coarse: { type: 'FeatureCollection', features: [WORLD] },
  fine: { type: 'FeatureCollection', features: [WORLD, country('east', [100, 10, 130, 45])] },
} satisfies Record<string, FeatureCollection>;

const at = (lat: number, lon: number, id: string, status: Site['status'] = 'RECRUITING'): Site =>
  makeSite({ id, status, location: { lat, lon, source: 'record' } });

interface Picture {
  viewBox: number[];
  /** The drawing grid's transform: translate(x y) scale(s). */
  grid: { x: number; y: number; scale: number };
  /** Each `<use>`: the shape it draws and where, in zoom-0 pixels. */
  placed: { shape: string; x: number; y: number }[];
  paths: string[];
  /** The cluster badges' counts. */
  counts: number[];
  /** The place names. */
  names: string[];
}

function readPicture(svg: string): Picture {
  const numbers = (text: string | undefined) => (text ?? '').split(/[\s,]+/).map(Number);
  const [x = NaN, y = NaN, scale = NaN] = numbers(
    /<g transform="translate\(([^)]+)\) scale\(([^)]+)\)">/.exec(svg)?.slice(1).join(' '),
  );
  const placed = [...svg.matchAll(/<use href="#([^"]+)" x="(-?\d+)" y="(-?\d+)"\/>/g)].map(
    (match) => ({
      shape: match[1] ?? '',
      x: x + Number(match[2]) * scale,
      y: y + Number(match[3]) * scale,
    }),
  );
  return {
    viewBox: numbers(/viewBox="([^"]+)"/.exec(svg)?.[1]),
    grid: { x, y, scale },
    placed,
    paths: [...svg.matchAll(/<path d="(M[^"]+)"\/>/g)].map((match) => match[1] ?? ''),
    counts: [...svg.matchAll(/<text [^>]*dy="\.35em">([^<]+)<\/text>/g)].map((match) =>
      Number(match[1]),
    ),
    names: [...svg.matchAll(/<text (?![^>]*dy=)[^>]*>([^<]+)<\/text>/g)].map(
      (match) => match[1] ?? '',
    ),
  };
}

describe('mapPictureSvg', () => {
  it('names the site cities and the places around them as the live map does, escaped, a capital in capitals', () => {
    const places: MapPlace[] = [
      { name: 'Wuhan', lat: 30.583, lon: 114.267, population: 8_364_977, tier: 'regionCapital' },
      { name: 'Taipei', lat: 25.048, lon: 121.532, population: 7_871_900, tier: 'capital' },
      { name: 'A<b>&"c', lat: 27, lon: 104, population: 200_000, tier: 'city' },
    ];
    const { names } = readPicture(mapPictureSvg([...SEED_SITES], COUNTRIES, places));
    for (const city of ['Beijing', 'Lanzhou', 'Shanghai', 'Wuhan', 'TAIPEI'])
      expect(names).toContain(city);
    // Record and GeoNames text is escaped: it can never become markup in the picture.
    expect(names).toContain('A&lt;b&gt;&amp;&quot;c');
  });

  it('has the shared view as its viewBox, fitted centred, and each site’s dot where the view projects it', () => {
    const sites = [...SEED_SITES];
    const svg = mapPictureSvg(sites, COUNTRIES);
    const picture = readPicture(svg);
    const view = pictureView(sites);
    expect(svg).toContain('preserveAspectRatio="xMidYMid meet"');
    picture.viewBox.forEach((value, i) =>
      expect(value).toBeCloseTo([view.x, view.y, view.width, view.height][i] ?? NaN, 5),
    );
    // Within a quarter pixel of the nominal box (the grid is a quarter pixel; Leaflet rounds to whole ones).
    const pixel = 1 / fitScale(view, NOMINAL_BOX);
    expect(picture.placed).toHaveLength(6);
    for (const { location } of sites) {
      const projected = projectPoint(location?.lat ?? NaN, location?.lon ?? NaN);
      const nearest = Math.min(
        ...picture.placed.map((dot) => Math.hypot(dot.x - projected.x, dot.y - projected.y)),
      );
      expect(nearest).toBeLessThan(pixel / 4);
    }
  });

  it('colours the dots by status through presentation attributes, never a style attribute', () => {
    const svg = mapPictureSvg(
      [at(40, 116, 'site-1'), at(31, 121, 'site-2', 'COMPLETED'), at(34, 108, 'site-3', null)],
      COUNTRIES,
    );
    for (const status of ['RECRUITING', 'COMPLETED', null] as const) {
      expect(svg).toContain(`fill="${siteStatusColor(status)}"`);
    }
    expect(svg).not.toMatch(/style[=>]/);
    expect(svg).toContain('fill="#c9dbe6"');
  });

  it('spreads sites sharing a point around it, each with a leg back to it', () => {
    const svg = mapPictureSvg([at(40, 116, 'site-1'), at(40, 116, 'site-2')], COUNTRIES);
    const [a, b] = readPicture(svg).placed;
    expect(a && b && Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(0);
    expect(svg.match(/<path d="M[^"]+" stroke=/g)).toHaveLength(2);
  });

  it('above 100 sites, draws clusters and shared points as counted badges that account for every site', () => {
    const cities = [
      [40.7, -74],
      [51.5, -0.1],
      [35.7, 139.7],
    ] as const;
    const sites = Array.from({ length: 150 }, (_, i) => {
      const [lat, lon] = cities[i % 3] ?? [0, 0];
      return at(lat + (i % 5) * 0.2, lon, `site-${String(i + 1)}`);
    });
    const picture = readPicture(mapPictureSvg(sites, COUNTRIES));
    const dots = picture.placed.filter((use) => use.shape.startsWith('d')).length;
    expect(picture.counts.length).toBeGreaterThan(0);
    expect(picture.counts.reduce((sum, count) => sum + count, dots)).toBe(150);
    expect(picture.placed.length).toBeLessThan(20);
  });

  it('draws the fine outlines for a close view and the coarse ones for a wide one, clipped near the view', () => {
    const city = readPicture(mapPictureSvg([at(31.2, 121.5, 'site-1')], COUNTRIES));
    expect(city.paths).toHaveLength(2);
    // The world-wide country is cut a few view widths out, not drawn whole at street scale.
    const steps = (city.paths[0] ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    expect(Math.max(...steps.map(Math.abs))).toBeLessThan(30_000);
    const world = readPicture(
      mapPictureSvg([at(60, -150, 'site-1'), at(-40, 150, 'site-2')], COUNTRIES),
    );
    expect(world.paths).toHaveLength(1);
  });

  it('with no located site, shows the world and no marker', () => {
    const picture = readPicture(
      mapPictureSvg([makeSite({ location: null, notOnMapReason: 'no city' })], COUNTRIES),
    );
    expect(picture.viewBox[2]).toBe(256);
    expect(picture.placed).toEqual([]);
    expect(picture.paths).toHaveLength(1);
  });
});
