import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '@/lib/reduced-motion';
import { drawnZoom } from './map-picture/picture-view';
import { isPointAlone, zoomToSeparate, type ClusterIndex, type PointGroup } from './cluster-index';

/**
 * Selecting a site (in the sites table, or from the URL) zooms the map to it when it is inside a
 * cluster, to the least zoom at which its point is drawn on its own; once per selection, so the
 * user can zoom out again afterwards (the selected site stays drawn, see SiteMarkersLayer).
 */
export function useRevealSelected(
  clusters: ClusterIndex | null,
  selectedSiteId: string | null,
  selectedGroup: PointGroup | undefined,
): void {
  const map = useMap();
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (revealed.current === selectedSiteId) return;
    // Not placed yet (the markers follow the sites in a deferred render) or not on the map: wait.
    if (selectedSiteId !== null && !selectedGroup) return;
    revealed.current = selectedSiteId;
    const zoom = drawnZoom(map.getZoom());
    if (!clusters || !selectedGroup || isPointAlone(clusters, selectedGroup, zoom)) return;
    map.setView(
      [selectedGroup.lat, selectedGroup.lon],
      zoomToSeparate(clusters, selectedGroup, zoom),
      {
        animate: !prefersReducedMotion(),
      },
    );
  }, [map, clusters, selectedGroup, selectedSiteId]);
}
