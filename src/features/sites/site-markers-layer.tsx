import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { prefersReducedMotion } from '@/lib/reduced-motion';
import type { Site } from '@/trial/trial-schema';
import { MAP_MAX_ZOOM, type PointGroup } from './cluster-index';
import { ClusterMarker } from './cluster-marker';
import { SiteMarker } from './site-marker';
import { spreadOffsets } from './spread-offsets';
import { useLatest } from './use-latest';
import { useMapView } from './use-map-view';
import { drawnItems } from './point-index';
import { usePointIndex } from './use-point-index';
import { useRevealSelected } from './use-reveal-selected';
import { plural } from '@/trial/count-text';

interface SiteMarkersLayerProps {
  sites: readonly Site[];
  selectedSiteId: string | null;
  onSelectSite: (siteId: string | null) => void;
  selectedIdRef: { readonly current: string | null };
  /** Called each time the markers of the current `sites` are placed. */
  onPlaced?: () => void;
}

const NO_SITES: readonly Site[] = [];

/**
 * The site markers. Up to CLUSTER_ABOVE located sites, every site is drawn (sites sharing a point
 * spread around it). Above, a supercluster index (built once per shown set) is queried for the
 * padded view at each move's end, and only what it returns is drawn: clusters ("12 sites: zoom in"),
 * single sites, and shared points ("30 sites at one place, Boston: show them") that spread out when
 * activated. The selected site is never inside a cluster: selecting it zooms it out of its cluster,
 * and it (with its point-mates, spread) stays drawn at any zoom while selected.
 * The markers follow `sites` in a deferred render (useDeferredValue, starting from none): indexing
 * and drawing thousands of sites is a task of its own, not one with the map's creation.
 */
export function SiteMarkersLayer({
  sites,
  selectedSiteId,
  onSelectSite,
  selectedIdRef,
  onPlaced,
}: SiteMarkersLayerProps) {
  const map = useMap();
  const placedSites = useDeferredValue(sites, NO_SITES);
  const index = usePointIndex(placedSites);
  const placedCallback = useLatest(onPlaced);
  useEffect(() => {
    if (placedSites === sites) placedCallback.current?.();
  }, [placedSites, sites, placedCallback]);
  const { groupBySite, clusters } = index;
  const view = useMapView();
  /** The shared point the user spread out (clicking the map's background folds it again). */
  const [openKey, setOpenKey] = useState<string | null>(null);
  useMapEvents({ click: () => setOpenKey(null) });
  // The site whose marker takes keyboard focus when it appears (the first of a point just spread).
  const focusRequest = useRef<string | null>(null);
  const claimFocus = useCallback((siteId: string) => {
    if (focusRequest.current !== siteId) return false;
    focusRequest.current = null;
    return true;
  }, []);

  const selectedGroup = selectedSiteId ? groupBySite.get(selectedSiteId) : undefined;
  useRevealSelected(clusters, selectedSiteId, selectedGroup);

  const items = useMemo(
    () => drawnItems(index, view.bbox, view.zoom, selectedGroup),
    [index, view, selectedGroup],
  );

  const selectSite = (siteId: string | null) => {
    // A site chosen among spread point-mates keeps them spread after it is deselected.
    const group = siteId ? groupBySite.get(siteId) : undefined;
    if (group && group.sites.length > 1) setOpenKey(group.key);
    onSelectSite(siteId);
  };

  const zoomInto = (lat: number, lon: number, clusterId: number) => {
    if (!clusters) return;
    // The activated badge is about to go: keep keyboard focus in the map rather than lose it.
    const container = map.getContainer();
    if (container.contains(document.activeElement)) container.focus({ preventScroll: true });
    const zoom = Math.min(clusters.getClusterExpansionZoom(clusterId), MAP_MAX_ZOOM);
    map.setView([lat, lon], zoom, { animate: !prefersReducedMotion() });
  };

  const renderPoint = (group: PointGroup, lon: number) => {
    const count = group.sites.length;
    const spread = !clusters || group === selectedGroup || group.key === openKey;
    if (count > 1 && !spread) {
      const city = group.sites[0]?.city;
      return (
        <ClusterMarker
          key={`point:${group.key}`}
          lat={group.lat}
          lon={lon}
          count={count}
          name={`${plural(count, 'site')} at one place${city ? `, ${city}` : ''}: show them`}
          atOnePoint
          onActivate={() => {
            focusRequest.current = group.sites[0]?.id ?? null;
            setOpenKey(group.key);
          }}
        />
      );
    }
    const offsets = spreadOffsets(count);
    return group.sites.map((site, i) => (
      <SiteMarker
        key={site.id}
        site={site}
        lon={lon}
        offset={offsets[i] ?? [0, 0]}
        selected={site.id === selectedSiteId}
        onSelect={selectSite}
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
        name={`${plural(item.sites, 'site')}: zoom in`}
        onActivate={() => zoomInto(item.lat, item.lon, item.id)}
      />
    ) : (
      renderPoint(item.group, item.lon)
    ),
  );
}
