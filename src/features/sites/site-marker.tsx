import type { LatLngTuple, LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Marker, Popup } from 'react-leaflet';
import type { Site } from '@/trial/trial-schema';
import { siteMarkerIcon } from './site-marker-icon';
import { SitePopupContent } from './site-popup-content';
import { useLatest } from './use-latest';

/** Keeps an opened popup clear of the zoom buttons (top left) and the map's edges. */
const POPUP_PADDING_TOP_LEFT: [number, number] = [56, 16];
const POPUP_PADDING: [number, number] = [16, 16];

interface SiteMarkerProps {
  site: Site;
  /** Where to draw it: the site's longitude, or the same place on the world copy in view. */
  lon: number;
  offset: [number, number];
  selected: boolean;
  onSelect: (siteId: string | null) => void;
  /** The currently selected site id, read when the popup closes (a newer selection must not be undone). */
  selectedIdRef: { readonly current: string | null };
  /** Asked once the marker is on the map: true if it should take keyboard focus (a point just spread). */
  claimFocus?: (siteId: string) => boolean;
}

/** One site: a keyboard-focusable marker; selecting it (here or in a table) highlights it and opens its popup. */
export function SiteMarker({
  site,
  lon,
  offset,
  selected,
  onSelect,
  selectedIdRef,
  claimFocus,
}: SiteMarkerProps) {
  const markerRef = useRef<LeafletMarker>(null);
  const [dx, dy] = offset;
  const icon = useMemo(() => siteMarkerIcon(site, [dx, dy]), [site, dx, dy]);
  const { location } = site;

  useEffect(() => {
    const marker = markerRef.current;
    if (!marker) return;
    marker.getElement()?.classList.toggle('is-selected', selected);
    marker.setZIndexOffset(selected ? 1000 : 0);
    if (selected && !marker.isPopupOpen()) marker.openPopup();
  }, [selected, icon]);

  useEffect(() => {
    if (claimFocus?.(site.id)) markerRef.current?.getElement()?.focus({ preventScroll: true });
  }, [claimFocus, site.id]);

  // Stable position and handlers (see ClusterMarker): a sort or filter must not touch the markers.
  const lat = location?.lat;
  const position = useMemo(
    (): LatLngTuple | null => (lat === undefined ? null : [lat, lon]),
    [lat, lon],
  );
  const select = useLatest(onSelect);
  const siteId = site.id;
  const eventHandlers = useMemo(
    () => ({
      // The popup is open exactly while the site is selected: a click or Enter (Leaflet's own
      // handlers) opens it, which selects; Space does the same, as on any button.
      popupopen: () => select.current(siteId),
      keypress: (event: LeafletKeyboardEvent) => {
        if (event.originalEvent.key !== ' ') return;
        event.originalEvent.preventDefault();
        markerRef.current?.openPopup();
      },
      popupclose: () => {
        if (selectedIdRef.current === siteId) select.current(null);
      },
    }),
    [select, selectedIdRef, siteId],
  );

  if (!position) return null;
  return (
    <Marker ref={markerRef} position={position} icon={icon} keyboard eventHandlers={eventHandlers}>
      <Popup
        autoPanPaddingTopLeft={POPUP_PADDING_TOP_LEFT}
        autoPanPaddingBottomRight={POPUP_PADDING}
      >
        <SitePopupContent site={site} />
      </Popup>
    </Marker>
  );
}
