import type { BBox } from 'geojson';
import type { Map as LeafletMap } from 'leaflet';
import { useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { drawnZoom } from './map-picture/picture-view';

export interface MapView {
  /** [west, south, east, north], padded by half the view on every side so a small pan needs no new query. */
  bbox: BBox;
  /** The whole zoom level drawn (drawnZoom): outlines' detail and clusters follow it. */
  zoom: number;
}

function readView(map: LeafletMap): MapView {
  const bounds = map.getBounds().pad(0.5);
  return {
    bbox: [
      bounds.getWest(),
      Math.max(-90, bounds.getSouth()),
      bounds.getEast(),
      Math.min(90, bounds.getNorth()),
    ],
    zoom: drawnZoom(map.getZoom()),
  };
}

/** The map's current (padded) bounds and zoom, updated once each move or zoom ends. */
export function useMapView(): MapView {
  const map = useMap();
  const [view, setView] = useState(() => readView(map));
  useMapEvents({ moveend: () => setView(readView(map)) });
  return view;
}
