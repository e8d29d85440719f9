import type { BBox } from 'geojson';
import { describe, expect, it } from 'vitest';
import { makeSite } from '@/test-support/make-trial';
import type { Site } from '@/trial/trial-schema';
import {
  buildClusterIndex,
  groupByPoint,
  isPointAlone,
  MAP_MAX_ZOOM,
  queryMapItems,
  zoomToSeparate,
  type MapItem,
  type PointGroup,
} from './cluster-index';

const WORLD: BBox = [-180, -85, 180, 85];

function site(id: string, lat: number, lon: number): Site {
  return makeSite({ id, location: { lat, lon, source: 'record' } });
}

/** 30 sites on Boston's city centre, 20 spread over Boston, 1 in Lyon, 1 without a location. */
function sites(): Site[] {
  return [
    ...Array.from({ length: 30 }, (_, i) => site(`shared-${i}`, 42.35843, -71.05977)),
    ...Array.from({ length: 20 }, (_, i) =>
      site(`boston-${i}`, 42.3 + i * 0.01, -71.1 + i * 0.005),
    ),
    site('lyon', 45.75, 4.85),
    makeSite({ id: 'nowhere', location: null, notOnMapReason: 'record gives no city' }),
  ];
}

function setup() {
  const groups = groupByPoint(sites());
  const byKey = new Map(groups.map((g) => [g.key, g]));
  return { groups, byKey, index: buildClusterIndex(groups) };
}

const siteCount = (items: MapItem[]) =>
  items.reduce(
    (sum, item) => sum + (item.kind === 'cluster' ? item.sites : item.group.sites.length),
    0,
  );

function groupOf(groups: PointGroup[], siteId: string): PointGroup {
  const group = groups.find((g) => g.sites.some((s) => s.id === siteId));
  if (!group) throw new Error(`no group for ${siteId}`);
  return group;
}

describe('grouping sites by point', () => {
  it('makes one group per exact point, keeps record order, leaves unlocated sites out', () => {
    const { groups } = setup();
    expect(groups).toHaveLength(22);
    expect(groups[0]?.sites.map((s) => s.id)).toEqual(
      Array.from({ length: 30 }, (_, i) => `shared-${i}`),
    );
    expect(groups.flatMap((g) => g.sites).some((s) => s.id === 'nowhere')).toBe(false);
  });
});

describe('querying clusters for a view', () => {
  it('accounts for every located site at every zoom, clustered or not', () => {
    const { index, byKey } = setup();
    for (let zoom = 0; zoom <= MAP_MAX_ZOOM; zoom++) {
      expect(siteCount(queryMapItems(index, byKey, WORLD, zoom)), `zoom ${zoom}`).toBe(51);
    }
  });

  it('draws Boston as one cluster zoomed out, and every point on its own at the deepest zoom', () => {
    const { index, byKey } = setup();
    const far = queryMapItems(index, byKey, WORLD, 2);
    expect(far.flatMap((i) => (i.kind === 'cluster' ? [i.sites] : []))).toEqual([50]);
    const deepest = queryMapItems(index, byKey, WORLD, MAP_MAX_ZOOM);
    expect(deepest.every((i) => i.kind === 'point')).toBe(true);
    expect(deepest).toHaveLength(22);
  });

  it('returns only what is in the view', () => {
    const { index, byKey } = setup();
    const europe: BBox = [-10, 35, 30, 60];
    const items = queryMapItems(index, byKey, europe, 4);
    expect(items.map((i) => (i.kind === 'point' ? i.group.key : 'cluster'))).toEqual([
      '45.75,4.85',
    ]);
  });
});

describe('a view across ±180°', () => {
  /** Suva (178.4°E) and Apia (171.8°W): neighbours across the antimeridian; Auckland west of it. */
  const pacific = () => {
    const groups = groupByPoint([
      ...Array.from({ length: 60 }, (_, i) => site(`suva-${i}`, -18.1 - i * 0.001, 178.44)),
      ...Array.from({ length: 60 }, (_, i) => site(`apia-${i}`, -13.8 - i * 0.001, -171.77)),
      site('auckland', -36.85, 174.76),
    ]);
    return { index: buildClusterIndex(groups), byKey: new Map(groups.map((g) => [g.key, g])) };
  };
  // Leaflet's bounds of a view centred on the antimeridian: east of 180 rather than wrapped.
  const view: BBox = [165, -45, 195, 0];
  const lons = (items: MapItem[]) => items.map((item) => item.lon).sort((a, b) => a - b);

  it('draws the points beyond the line in the copy of the world the reader looks at, each once', () => {
    const { index, byKey } = pacific();
    for (const zoom of [3, 5, MAP_MAX_ZOOM]) {
      const items = queryMapItems(index, byKey, view, zoom);
      expect(siteCount(items), `zoom ${zoom}`).toBe(121);
      for (const lon of lons(items)) {
        expect(lon, `zoom ${zoom}`).toBeGreaterThanOrEqual(165);
        expect(lon, `zoom ${zoom}`).toBeLessThanOrEqual(195);
      }
    }
    // Apia at 188.23° (171.77°W, one turn on); Auckland and Suva where they are.
    const deepest = lons(queryMapItems(index, byKey, view, MAP_MAX_ZOOM));
    expect([...new Set(deepest.map(Math.round))]).toEqual([175, 178, 188]);
  });
});

describe('the selected site’s point', () => {
  it('is drawn on its own at any zoom, and the cluster it belongs to no longer counts it', () => {
    const { index, byKey, groups } = setup();
    const shared = groupOf(groups, 'shared-7');
    for (let zoom = 0; zoom <= MAP_MAX_ZOOM; zoom++) {
      const items = queryMapItems(index, byKey, WORLD, zoom, shared);
      expect(
        items.filter((i) => i.kind === 'point' && i.group === shared),
        `zoom ${zoom}`,
      ).toHaveLength(1);
      expect(siteCount(items), `zoom ${zoom}`).toBe(51);
    }
  });

  it('changes nothing where it is drawn on its own anyway', () => {
    const { index, byKey, groups } = setup();
    const lyon = groupOf(groups, 'lyon');
    expect(queryMapItems(index, byKey, WORLD, 4, lyon)).toEqual(
      queryMapItems(index, byKey, WORLD, 4),
    );
  });
});

describe('zooming a point out of its cluster', () => {
  it('finds the least zoom at which a point is alone, never above the map’s deepest', () => {
    const { index, groups } = setup();
    const lyon = groupOf(groups, 'lyon');
    expect(zoomToSeparate(index, lyon, 1)).toBe(1);
    const shared = groupOf(groups, 'shared-7');
    const zoom = zoomToSeparate(index, shared, 1);
    expect(zoom).toBeGreaterThan(2);
    expect(zoom).toBeLessThanOrEqual(MAP_MAX_ZOOM);
    expect(isPointAlone(index, shared, zoom)).toBe(true);
    expect(isPointAlone(index, shared, zoom - 1)).toBe(false);
  });

  it('is alone at every zoom above the one found', () => {
    const { index, groups } = setup();
    for (const group of groups) {
      const zoom = zoomToSeparate(index, group, 0);
      for (let z = zoom; z <= MAP_MAX_ZOOM; z++) expect(isPointAlone(index, group, z)).toBe(true);
    }
  });
});
