import 'leaflet/dist/leaflet.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { AttributionControl, MapContainer } from 'react-leaflet';
import { prefersReducedMotion } from '@/lib/reduced-motion';
import type { MapPlace } from '@/trial/map-places-format';
import type { Site } from '@/trial/trial-schema';
import { BasemapLayer, NATURAL_EARTH_CREDIT } from './basemap-layer';
import { FitBounds } from './fit-bounds';
import { InvalidateOnResize } from './invalidate-on-resize';
import { PlaceLabelsLayer } from './labels/place-labels-layer';
import { MeasureFromClick } from './nearest/measure-from-click';
import { NearPointLayer } from './nearest/near-point-layer';
import { MapAccessibleName } from './map-accessible-name';
import { openingOptions, SettleAfterOpening } from './opening-view';
import { honourReducedMotionInPans } from './reduced-motion-pans';
import { MAP_MAX_ZOOM } from './cluster-index';
import { SiteMarkersLayer } from './site-markers-layer';
import { useLatest } from './use-latest';
import { WholePixelOutlines } from './whole-pixel-outlines';
import './map-box.css';
import './sites-map.css';

honourReducedMotionInPans();

/**
 * Leaflet's own credit, opening in a new tab like every outside link (the default one does not),
 * then the outlines' (Leaflet's own separator between them).
 */
const CREDITS = `<a href="https://leafletjs.com" target="_blank" rel="noopener noreferrer">Leaflet</a> <span aria-hidden="true">|</span> ${NATURAL_EARTH_CREDIT}`;

export interface SitesMapProps {
  sites: readonly Site[];
  selectedSiteId: string | null;
  onSelectSite: (siteId: string | null) => void;
  /** Called once the outlines the view needs are drawn (or failed) and the markers are placed. */
  onDrawn?: () => void;
  /** The trial's map places (names around the sites), or null (a trial opened from a file). */
  places: (() => Promise<MapPlace[]>) | null;
}

/**
 * The sites map. MapContainer's props are read once by Leaflet; everything that
 * changes later (shown sites, selection) goes through children using useMap().
 * It opens at the map picture's view (opening-view.tsx); FitBounds refits when the shown sites change.
 */
export function SitesMap({ sites, selectedSiteId, onSelectSite, onDrawn, places }: SitesMapProps) {
  // Read once by Leaflet, like every MapContainer prop: the view of the sites shown at creation.
  const [opening] = useState(() => openingOptions(sites));
  const selectedIdRef = useRef(selectedSiteId);
  useLayoutEffect(() => {
    selectedIdRef.current = selectedSiteId;
  }, [selectedSiteId]);
  const animate = !prefersReducedMotion();
  const [outlined, setOutlined] = useState(false);
  const [placed, setPlaced] = useState(false);
  const drawnCallback = useLatest(onDrawn);
  useEffect(() => {
    if (outlined && placed) drawnCallback.current?.();
  }, [outlined, placed, drawnCallback]);
  return (
    <MapContainer
      className="sites-map"
      bounds={opening.bounds}
      zoomSnap={opening.zoomSnap}
      minZoom={opening.minZoom}
      maxZoom={MAP_MAX_ZOOM}
      worldCopyJump
      scrollWheelZoom={false}
      zoomAnimation={animate}
      fadeAnimation={animate}
      markerZoomAnimation={animate}
      attributionControl={false}
    >
      <SettleAfterOpening />
      <AttributionControl prefix={CREDITS} />
      <MapAccessibleName label="Map of the trial's sites. The sites table lists the same sites as text." />
      <InvalidateOnResize />
      <BasemapLayer onSettled={() => setOutlined(true)} />
      <WholePixelOutlines />
      <PlaceLabelsLayer sites={sites} places={places} />
      <FitBounds sites={sites} />
      <SiteMarkersLayer
        sites={sites}
        selectedSiteId={selectedSiteId}
        onSelectSite={onSelectSite}
        selectedIdRef={selectedIdRef}
        onPlaced={() => setPlaced(true)}
      />
      <NearPointLayer sites={sites} />
      <MeasureFromClick />
    </MapContainer>
  );
}
