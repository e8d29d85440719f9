import { divIcon, latLng, latLngBounds, marker } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '@/lib/reduced-motion';
import type { Site } from '@/trial/trial-schema';
import { useNearPoint } from './measure-from';
import { nearestSites } from './rank-sites';

/** How many of the nearest sites the map fits with the point. */
const FIT_NEAREST = 3;

/** A ring with a dot, drawn by CSS; the point is said in the summary above the table, not here. */
const POINT_ICON_SIZE = 22;
const pointIcon = () =>
  divIcon({
    className: 'near-point-marker',
    html: '<span class="near-point-marker__ring" aria-hidden="true"></span>',
    iconSize: [POINT_ICON_SIZE, POINT_ICON_SIZE],
    iconAnchor: [POINT_ICON_SIZE / 2, POINT_ICON_SIZE / 2],
  });

/**
 * While distances are measured from a point: marks it on the map (not a control: the summary and
 * the table say the same as text) and fits the view to it and the nearest sites shown, once each
 * time the point changes.
 */
export function NearPointLayer({ sites }: { sites: readonly Site[] }) {
  const map = useMap();
  const point = useNearPoint();
  const lat = point?.lat;
  const lon = point?.lon;
  useEffect(() => {
    if (lat === undefined || lon === undefined) return;
    const mark = marker([lat, lon], {
      icon: pointIcon(),
      interactive: false,
      keyboard: false,
      zIndexOffset: 1000,
    }).addTo(map);
    const nearest = nearestSites(sites, { lat, lon }, FIT_NEAREST).flatMap(({ site }) =>
      site.location ? [latLng(site.location.lat, site.location.lon)] : [],
    );
    map.fitBounds(latLngBounds([latLng(lat, lon), ...nearest]), {
      padding: [40, 40],
      maxZoom: 8,
      animate: !prefersReducedMotion(),
    });
    return () => {
      mark.remove();
    };
    // Refit when the point moves, not when the shown sites change (FitBounds does that).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, lat, lon]);
  return null;
}
