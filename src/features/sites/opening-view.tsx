import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Site } from '@/trial/trial-schema';
import { pictureView, viewBounds } from './map-picture/picture-view';

/** The least zoom the reader can zoom out to, unless the map opened further out. */
export const READER_MIN_ZOOM = 1;

/**
 * The Leaflet options the sites map is created with: it opens fitted to exactly the map picture's
 * view (pictureView: no padding, at whatever fractional zoom fits the box, even below
 * READER_MIN_ZOOM), so the live map takes over the picture's box without a jump.
 */
export function openingOptions(sites: readonly Site[]): {
  bounds: LatLngBoundsExpression;
  zoomSnap: number;
  minZoom: number;
} {
  return { bounds: viewBounds(pictureView(sites)), zoomSnap: 0, minZoom: 0 };
}

/**
 * After the opening fit: the reader's zooms snap to whole levels again, and zooming out stops at
 * READER_MIN_ZOOM (or at the opening zoom, when the map opened further out).
 */
export function settleAfterOpening(map: LeafletMap): void {
  map.options.zoomSnap = 1;
  map.setMinZoom(Math.min(READER_MIN_ZOOM, map.getZoom()));
}

/** settleAfterOpening, once the map exists (a child of MapContainer, which made the opening fit). */
export function SettleAfterOpening() {
  const map = useMap();
  useEffect(() => settleAfterOpening(map), [map]);
  return null;
}
