import { useMemo } from 'react';
import type { Site } from '@/trial/trial-schema';
import {
  buildClusterIndex,
  CLUSTER_ABOVE,
  groupByPoint,
  type ClusterIndex,
  type PointGroup,
} from './cluster-index';

export interface PointIndex {
  groups: PointGroup[];
  groupsByKey: ReadonlyMap<string, PointGroup>;
  groupBySite: ReadonlyMap<string, PointGroup>;
  /** null: few enough sites to draw every one (CLUSTER_ABOVE). */
  clusters: ClusterIndex | null;
}

/** The shown sites grouped by point, and the cluster index over them: built once per shown set. */
export function usePointIndex(sites: readonly Site[]): PointIndex {
  return useMemo(() => {
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
  }, [sites]);
}
