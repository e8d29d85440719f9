import type { BBox } from 'geojson';
import type { Site } from '@/trial/trial-schema';
import {
  buildClusterIndex,
  CLUSTER_ABOVE,
  groupByPoint,
  queryMapItems,
  type ClusterIndex,
  type MapItem,
  type PointGroup,
} from './cluster-index';

export interface PointIndex {
  groups: PointGroup[];
  groupsByKey: ReadonlyMap<string, PointGroup>;
  groupBySite: ReadonlyMap<string, PointGroup>;
  /** null: few enough sites to draw every one (CLUSTER_ABOVE). */
  clusters: ClusterIndex | null;
}

/** Sites grouped by point, and the cluster index over them when there are more than CLUSTER_ABOVE located. */
export function buildPointIndex(sites: readonly Site[]): PointIndex {
  const groups = groupByPoint(sites);
  const groupBySite = new Map<string, PointGroup>();
  let located = 0;
  for (const group of groups) {
    located += group.sites.length;
    for (const site of group.sites) groupBySite.set(site.id, group);
  }
  return {
    groups,
    groupsByKey: new Map(groups.map((group) => [group.key, group])),
    groupBySite,
    clusters: located > CLUSTER_ABOVE ? buildClusterIndex(groups) : null,
  };
}

/**
 * What the map draws in `bbox` at a whole `zoom` (drawnZoom): every point when there are no
 * clusters, else the index's clusters and points there (`alone`: the selected site's point, kept
 * out of any cluster). The live map and the map picture draw the same items.
 */
export function drawnItems(
  index: PointIndex,
  bbox: BBox,
  zoom: number,
  alone?: PointGroup,
): MapItem[] {
  return index.clusters
    ? queryMapItems(index.clusters, index.groupsByKey, bbox, zoom, alone)
    : index.groups.map((group): MapItem => ({ kind: 'point', group, lon: group.lon }));
}
