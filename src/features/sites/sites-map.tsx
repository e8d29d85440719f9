import 'leaflet/dist/leaflet.css';
import { useLayoutEffect, useRef } from 'react';
import { AttributionControl, MapContainer } from 'react-leaflet';
import { prefersReducedMotion } from '@/lib/reduced-motion';
import type { Site } from '@/trial/trial-schema';
import { BasemapLayer } from './basemap-layer';
import { FitBounds } from './fit-bounds';
import { InvalidateOnResize } from './invalidate-on-resize';
import { MapAccessibleName } from './map-accessible-name';
import { honourReducedMotionInPans } from './reduced-motion-pans';
import { MAP_MAX_ZOOM } from './cluster-index';
import { SiteMarkersLayer } from './site-markers-layer';
import { WholePixelOutlines } from './whole-pixel-outlines';
import './sites-map.css';

honourReducedMotionInPans();

/** Leaflet's own credit, opening in a new tab like every outside link (the default one does not). */
const LEAFLET_CREDIT =
  '<a href="https://leafletjs.com" target="_blank" rel="noopener noreferrer">Leaflet</a>';

export interface SitesMapProps {
  sites: readonly Site[];
  selectedSiteId: string | null;
  onSelectSite: (siteId: string | null) => void;
}

/**
 * The sites map. MapContainer's props are read once by Leaflet; everything that
 * changes later (shown sites, selection) goes through children using useMap().
 */
export function SitesMap({ sites, selectedSiteId, onSelectSite }: SitesMapProps) {
  const selectedIdRef = useRef(selectedSiteId);
  useLayoutEffect(() => {
    selectedIdRef.current = selectedSiteId;
  }, [selectedSiteId]);
  const animate = !prefersReducedMotion();
  return (
    <MapContainer
      className="sites-map"
      center={[20, 0]}
      zoom={1}
      minZoom={1}
      maxZoom={MAP_MAX_ZOOM}
      worldCopyJump
      scrollWheelZoom={false}
      zoomAnimation={animate}
      fadeAnimation={animate}
      markerZoomAnimation={animate}
      attributionControl={false}
    >
      <AttributionControl prefix={LEAFLET_CREDIT} />
      <MapAccessibleName label="Map of the trial's sites. The sites table lists the same sites as text." />
      <InvalidateOnResize />
      <BasemapLayer />
      <WholePixelOutlines />
      <FitBounds sites={sites} />
      <SiteMarkersLayer
        sites={sites}
        selectedSiteId={selectedSiteId}
        onSelectSite={onSelectSite}
        selectedIdRef={selectedIdRef}
      />
    </MapContainer>
  );
}
