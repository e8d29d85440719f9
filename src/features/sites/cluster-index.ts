import type { BBox } from 'geojson';
import Supercluster from 'supercluster';
import type { Site } from '@/trial/trial-schema';

/** The map's deepest zoom. One level above it every distinct point is on its own. */
export const MAP_MAX_ZOOM = 12;

/**
 * The clustering rule: up to this many located sites (after the status filter) every site is its
 * own marker, as for any ordinary trial; above it, nearby points are drawn as counted clusters.
 */
export const CLUSTER_ABOVE = 100;

/** Points closer than this many screen pixels (at the zoom shown) merge into a cluster. */
export const CLUSTER_RADIUS = 60;

/** The located sites at one exact point (ClinicalTrials.gov gives city centres: often several). */
export interface PointGroup {
  key: string;
  lat: number;
  lon: number;
  sites: Site[];
}

/** Located sites grouped by exact point, in record order of each point's first site. */
export function groupByPoint(sites: readonly Site[]): PointGroup[] {
  const groups = new Map<string, PointGroup>();
  for (const site of sites) {
    const { location } = site;
    if (!location) continue;
    const key = `${location.lat},${location.lon}`;
    const group = groups.get(key);
    if (group) group.sites.push(site);
    else groups.set(key, { key, lat: location.lat, lon: location.lon, sites: [site] });
  }
  return [...groups.values()];
}

interface PointProps {
  key: string;
  sites: number;
}
interface ClusterProps {
  sites: number;
}
export type ClusterIndex = Supercluster<PointProps, ClusterProps>;

/**
 * A supercluster index over the distinct points (not the sites: a shared point is one feature
 * weighing its site count, so clusters of distinct points always come apart by zooming, and only
 * a shared point needs spreading). Built in O(points · log points); queries cost what they return.
 */
export function buildClusterIndex(groups: readonly PointGroup[]): ClusterIndex {
  const index: ClusterIndex = new Supercluster<PointProps, ClusterProps>({
    minZoom: 0,
    maxZoom: MAP_MAX_ZOOM - 1,
    radius: CLUSTER_RADIUS,
    extent: 256, // Leaflet's tile size, so `radius` is in screen pixels
    map: (props) => ({ sites: props.sites }),
    reduce: (total, props) => {
      total.sites += props.sites;
    },
  });
  return index.load(
    groups.map((group) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [group.lon, group.lat] },
      properties: { key: group.key, sites: group.sites.length },
    })),
  );
}

/**
 * What the map draws for a view: clusters of points, and points (one site or several sharing it).
 * `lon` is where to draw it: its own longitude moved by whole turns to the copy of the world nearest
 * the view's centre, so a view across ±180° draws the points beyond the line where the reader looks
 * (Leaflet draws a marker once, at the longitude it is given).
 */
export type MapItem =
  | { kind: 'cluster'; id: number; lat: number; lon: number; sites: number }
  | { kind: 'point'; group: PointGroup; lon: number };

/** `lon` moved by whole turns to lie within 180° of `centre` (in [centre - 180, centre + 180)). */
export function lonNear(lon: number, centre: number): number {
  return centre - 180 + ((((lon - centre + 180) % 360) + 360) % 360);
}

/** Whether a cluster holds the point with this key (a walk of its leaves). */
function clusterHolds(index: ClusterIndex, clusterId: number, key: string): boolean {
  return index.getLeaves(clusterId, Infinity).some((leaf) => leaf.properties.key === key);
}

/**
 * The clusters and points within `bbox` ([west, south, east, north]) at `zoom`. `alone` (the
 * selected site's point) is drawn on its own whatever the zoom: when the index has it inside a
 * cluster, that cluster counts the rest of its sites only, so no site is counted twice.
 */
export function queryMapItems(
  index: ClusterIndex,
  groupsByKey: ReadonlyMap<string, PointGroup>,
  bbox: BBox,
  zoom: number,
  alone?: PointGroup,
): MapItem[] {
  const centre = (bbox[0] + bbox[2]) / 2;
  const items: MapItem[] = [];
  for (const feature of index.getClusters(bbox, Math.floor(zoom))) {
    const props = feature.properties;
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    if ('cluster_id' in props) {
      items.push({
        kind: 'cluster',
        id: props.cluster_id,
        lat,
        lon: lonNear(lon, centre),
        sites: props.sites,
      });
    } else {
      const group = groupsByKey.get(props.key);
      if (group) items.push({ kind: 'point', group, lon: lonNear(lon, centre) });
    }
  }
  if (!alone || items.some((i) => i.kind === 'point' && i.group === alone)) return items;
  const drawn = items.map((item) =>
    item.kind === 'cluster' && clusterHolds(index, item.id, alone.key)
      ? { ...item, sites: item.sites - alone.sites.length }
      : item,
  );
  return [...drawn, { kind: 'point', group: alone, lon: lonNear(alone.lon, centre) }];
}

/** Whether a point is drawn on its own (not inside a cluster) at `zoom`: a lookup around the point itself. */
export function isPointAlone(index: ClusterIndex, group: PointGroup, zoom: number): boolean {
  const e = 1e-6;
  const around: BBox = [group.lon - e, group.lat - e, group.lon + e, group.lat + e];
  return index
    .getClusters(around, Math.floor(zoom))
    .some(
      (feature) => !('cluster_id' in feature.properties) && feature.properties.key === group.key,
    );
}

/**
 * The least zoom, from `fromZoom` on, at which a point is drawn on its own. Once alone a point stays
 * alone when zooming in, and above the index's deepest zoom every point is alone.
 */
export function zoomToSeparate(index: ClusterIndex, group: PointGroup, fromZoom: number): number {
  for (let zoom = Math.floor(fromZoom); zoom < MAP_MAX_ZOOM; zoom++) {
    if (isPointAlone(index, group, zoom)) return zoom;
  }
  return MAP_MAX_ZOOM;
}
