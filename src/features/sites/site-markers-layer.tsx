import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { prefersReducedMotion } from '@/lib/reduced-motion';
import type { Site } from '@/trial/trial-schema';
import {
  buildClusterIndex,
  CLUSTER_ABOVE,
  groupByPoint,
  isPointAlone,
  MAP_MAX_ZOOM,
  queryMapItems,
  zoomToSeparate,
  type MapItem,
  type PointGroup,
} from './cluster-index';
import { ClusterMarker } from './cluster-marker';
import { SiteMarker } from './site-marker';
import { spreadOffsets } from './spread-offsets';
import { useMapView } from './use-map-view';

interface SiteMarkersLayerProps {
  sites: readonly Site[];
  selectedSiteId: string | null;
  onSelectSite: (siteId: string | null) => void;
  selectedIdRef: { readonly current: string | null };
}

/** A shared point spread out by the user, at the zoom it was opened at (zooming folds it again). */
interface OpenPoint {
  key: string;
  zoom: number;
}

const noun = (count: number) => (count === 1 ? 'site' : 'sites');

/**
 * The site markers. Up to CLUSTER_ABOVE located sites, every site is drawn (sites sharing a point
 * spread around it). Above, a supercluster index (built once per shown set) is queried for the
 * padded view at each move's end, and only what it returns is drawn: clusters ("12 sites: zoom in"),
 * single sites, and shared points ("30 sites at one place, Boston: show them") that spread on
 * activation. The selected site is never inside a cluster: selecting it zooms it out of its cluster,
 * and it (with its point-mates, spread) stays drawn whatever the zoom until deselected.
 */
export function SiteMarkersLayer({
  sites,
  selectedSiteId,
  onSelectSite,
  selectedIdRef,
}: SiteMarkersLayerProps) {
  const map = useMap();
  const groups = useMemo(() => groupByPoint(sites), [sites]);
  const groupsByKey = useMemo(() => new Map(groups.map((group) => [group.key, group])), [groups]);
  const index = useMemo(() => {
    const located = groups.reduce((sum, group) => sum + group.sites.length, 0);
    return located > CLUSTER_ABOVE ? buildClusterIndex(groups) : null;
  }, [groups]);
  const view = useMapView();
  const [openPoint, setOpenPoint] = useState<OpenPoint | null>(null);
  // The site whose marker takes keyboard focus when it appears (the first of a point just spread).
  const focusRequest = useRef<string | null>(null);
  const claimFocus = useCallback((siteId: string) => {
    if (focusRequest.current !== siteId) return false;
    focusRequest.current = null;
    return true;
  }, []);
  useMapEvents({ click: () => setOpenPoint(null) });

  const selectedGroup = useMemo(
    () =>
      selectedSiteId ? groups.find((g) => g.sites.some((s) => s.id === selectedSiteId)) : undefined,
    [groups, selectedSiteId],
  );

  // Selecting a site (in the table, or from the URL) zooms it out of its cluster, once per selection.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (revealed.current === selectedSiteId) return;
    revealed.current = selectedSiteId;
    const zoom = map.getZoom();
    if (!index || !selectedGroup || isPointAlone(index, selectedGroup, zoom)) return;
    const target = zoomToSeparate(index, selectedGroup, zoom);
    map.setView([selectedGroup.lat, selectedGroup.lon], target, {
      animate: !prefersReducedMotion(),
    });
  }, [map, index, selectedGroup, selectedSiteId]);

  const items = useMemo((): MapItem[] => {
    const found = index
      ? queryMapItems(index, groupsByKey, view.bbox, view.zoom)
      : groups.map((group): MapItem => ({ kind: 'point', group }));
    const pinned = selectedGroup;
    if (pinned && !found.some((item) => item.kind === 'point' && item.group.key === pinned.key)) {
      found.push({ kind: 'point', group: pinned });
    }
    return found;
  }, [index, groups, groupsByKey, view, selectedGroup]);

  const animate = !prefersReducedMotion();
  const zoomInto = (lat: number, lon: number, clusterId: number) => {
    if (!index) return;
    // The activated badge is about to go: keep keyboard focus in the map instead of losing it.
    const container = map.getContainer();
    if (container.contains(document.activeElement)) container.focus({ preventScroll: true });
    map.setView([lat, lon], Math.min(index.getClusterExpansionZoom(clusterId), MAP_MAX_ZOOM), {
      animate,
    });
  };

  const renderPoint = (group: PointGroup) => {
    const spread =
      !index ||
      group.key === selectedGroup?.key ||
      (openPoint?.key === group.key && openPoint.zoom === view.zoom);
    if (group.sites.length > 1 && !spread) {
      const count = group.sites.length;
      const city = group.sites[0]?.city;
      return (
        <ClusterMarker
          key={`point:${group.key}`}
          lat={group.lat}
          lon={group.lon}
          count={count}
          name={`${count} ${noun(count)} at one place${city ? `, ${city}` : ''}: show them`}
          atOnePoint
          onActivate={() => {
            focusRequest.current = group.sites[0]?.id ?? null;
            setOpenPoint({ key: group.key, zoom: view.zoom });
          }}
        />
      );
    }
    const offsets = spreadOffsets(group.sites.length);
    return group.sites.map((site, i) => (
      <SiteMarker
        key={site.id}
        site={site}
        offset={offsets[i] ?? [0, 0]}
        selected={site.id === selectedSiteId}
        onSelect={onSelectSite}
        selectedIdRef={selectedIdRef}
        claimFocus={claimFocus}
      />
    ));
  };

  return items.map((item) =>
    item.kind === 'cluster' ? (
      <ClusterMarker
        key={`cluster:${item.id}`}
        lat={item.lat}
        lon={item.lon}
        count={item.sites}
        name={`${item.sites} ${noun(item.sites)}: zoom in`}
        onActivate={() => zoomInto(item.lat, item.lon, item.id)}
      />
    ) : (
      renderPoint(item.group)
    ),
  );
}
