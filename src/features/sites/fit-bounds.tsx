import { latLngBounds, type LatLngTuple } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '@/lib/reduced-motion';
import type { Site } from '@/trial/trial-schema';

const WORLD_CENTER: LatLngTuple = [20, 0];

/** "lat,lon;lat,lon" of the located sites: a stable key, so the map refits only when the shown set changes. */
function pointsKey(sites: readonly Site[]): string {
  return sites
    .flatMap((s) => (s.location ? [`${s.location.lat},${s.location.lon}`] : []))
    .join(';');
}

function parsePoints(key: string): LatLngTuple[] {
  if (!key) return [];
  return key.split(';').map((pair) => {
    const [lat = 0, lon = 0] = pair.split(',').map(Number);
    return [lat, lon];
  });
}

/**
 * Fits the map to the shown sites whenever that set changes (not on selection). Not for the sites
 * the map opened with: it opened at their view (opening-view.tsx), the map picture's.
 */
export function FitBounds({ sites }: { sites: readonly Site[] }) {
  const map = useMap();
  const key = pointsKey(sites);
  const fitted = useRef(key);
  useEffect(() => {
    if (fitted.current === key) return;
    fitted.current = key;
    const animate = !prefersReducedMotion();
    const points = parsePoints(key);
    if (points.length === 0) map.setView(WORLD_CENTER, 1, { animate });
    else map.fitBounds(latLngBounds(points), { padding: [32, 32], maxZoom: 9, animate });
  }, [map, key]);
  return null;
}
