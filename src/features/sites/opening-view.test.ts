// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSite } from '@/test-support/make-trial';
import type { Site } from '@/trial/trial-schema';
import { pictureView, viewToBox, type BoxSize } from './map-picture/picture-view';
import { projectPoint } from './map-picture/web-mercator';

// Leaflet zooms by fractions only where the browser has 3D transforms, which it detects once, on
// loading, from WebKitCSSMatrix: jsdom has none, so it gets a stand-in before Leaflet loads.
vi.hoisted(() => {
  class WebKitCSSMatrix {
    m11 = 1;
  }
  Object.assign(window, { WebKitCSSMatrix });
});
const { map: leafletMap } = await import('leaflet');
const { MAP_MAX_ZOOM } = await import('./cluster-index');
const { openingOptions, settleAfterOpening } = await import('./opening-view');

const at = (lat: number, lon: number, id: string): Site =>
  makeSite({ id, location: { lat, lon, source: 'record' } });

/** NCT01573923's six sites: Beijing, Lanzhou, Qionghai, Lianyungang, Shanghai, Xi'an. */
const CHINA = [
  at(39.9075, 116.39723, 'site-1'),
  at(36.05701, 103.83987, 'site-2'),
  at(19.2425, 110.46417, 'site-3'),
  at(34.59845, 119.21556, 'site-4'),
  at(31.22222, 121.45806, 'site-5'),
  at(34.25833, 108.92861, 'site-6'),
];
/** Sites on every inhabited continent: Anchorage to Hobart, Reykjavík to Cape Town. */
const CONTINENTS = [
  at(61.21806, -149.90028, 'site-1'),
  at(64.13548, -21.89541, 'site-2'),
  at(-34.60372, -58.38159, 'site-3'),
  at(-33.92584, 18.42322, 'site-4'),
  at(35.6895, 139.69171, 'site-5'),
  at(-42.87936, 147.32941, 'site-6'),
  at(1.28967, 103.85007, 'site-7'),
];
const TORONTO = [at(43.70011, -79.4163, 'site-1')];

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((container) => container.remove()));

/** A Leaflet map in a box of this size, opened the way SitesMap opens it (MapContainer's steps). */
function openMap(sites: readonly Site[], box: BoxSize) {
  const container = document.createElement('div');
  // jsdom lays nothing out: the size Leaflet reads.
  Object.defineProperty(container, 'clientWidth', { value: box.width });
  Object.defineProperty(container, 'clientHeight', { value: box.height });
  document.body.append(container);
  containers.push(container);
  const { bounds, ...options } = openingOptions(sites);
  const map = leafletMap(container, { ...options, maxZoom: MAP_MAX_ZOOM });
  map.fitBounds(bounds);
  settleAfterOpening(map);
  return map;
}

const BOXES: BoxSize[] = [
  { width: 400, height: 600 },
  { width: 900, height: 500 },
];

describe('the map picture and the live map open at the same view', () => {
  it.each([
    ['NCT01573923’s six Chinese cities', CHINA],
    ['sites on six continents', CONTINENTS],
    ['a single site', TORONTO],
  ])(
    '%s: each site within a pixel of where Leaflet draws it, in a tall and a wide box',
    (_, sites) => {
      for (const box of BOXES) {
        const map = openMap(sites, box);
        const view = pictureView(sites);
        for (const { location } of sites) {
          if (!location) throw new Error('every test site has a location');
          const drawn = map.latLngToContainerPoint([location.lat, location.lon]);
          const pictured = viewToBox(projectPoint(location.lat, location.lon), view, box);
          expect(
            Math.abs(pictured.x - drawn.x),
            `x in ${box.width}x${box.height}`,
          ).toBeLessThanOrEqual(1);
          expect(
            Math.abs(pictured.y - drawn.y),
            `y in ${box.width}x${box.height}`,
          ).toBeLessThanOrEqual(1);
        }
      }
    },
  );

  it('opens at a fractional zoom, then zooms by whole levels; never nearer than a city', () => {
    const map = openMap(CHINA, { width: 400, height: 600 });
    const opened = map.getZoom();
    expect(Number.isInteger(opened)).toBe(false);
    map.zoomIn(1, { animate: false });
    expect(map.getZoom()).toBe(Math.round(opened + 1));
    expect(openMap(TORONTO, { width: 900, height: 500 }).getZoom()).toBeLessThan(10);
  });

  it('a narrow box opens the world-wide view below zoom 1, and the reader cannot zoom out further', () => {
    const map = openMap(CONTINENTS, { width: 300, height: 250 });
    const opened = map.getZoom();
    expect(opened).toBeLessThan(1);
    map.zoomOut(1, { animate: false });
    expect(map.getZoom()).toBe(opened);
  });
});
