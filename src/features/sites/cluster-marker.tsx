import type { LatLngTuple, LeafletKeyboardEvent } from 'leaflet';
import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { BADGE_Z_OFFSET } from './cluster-badge';
import { clusterMarkerIcon } from './cluster-marker-icon';
import { useLatest } from './use-latest';

interface ClusterMarkerProps {
  lat: number;
  lon: number;
  count: number;
  /** The button's accessible name, e.g. "12 sites: zoom in". */
  name: string;
  /** Sites sharing this one point (they spread out), rather than a cluster of nearby points (zoom in). */
  atOnePoint?: boolean;
  /** Click, Enter or Space. */
  onActivate: () => void;
}

/** A counted, keyboard-focusable badge standing for several sites; activating it shows them. */
export function ClusterMarker({
  lat,
  lon,
  count,
  name,
  atOnePoint = false,
  onActivate,
}: ClusterMarkerProps) {
  const icon = useMemo(() => clusterMarkerIcon(count, name, atOnePoint), [count, name, atOnePoint]);
  // Stable position and handlers: react-leaflet moves the marker or re-binds its handlers whenever
  // these change identity, which on every URL change (a sort, a filter) was work for every marker.
  const position = useMemo((): LatLngTuple => [lat, lon], [lat, lon]);
  const activate = useLatest(onActivate);
  const eventHandlers = useMemo(
    () => ({
      click: () => activate.current(),
      // Leaflet turns Enter into a click only for markers with a popup: Enter and Space, as on any button.
      keypress: (event: LeafletKeyboardEvent) => {
        if (event.originalEvent.key !== 'Enter' && event.originalEvent.key !== ' ') return;
        event.originalEvent.preventDefault();
        activate.current();
      },
    }),
    [activate],
  );
  return (
    <Marker
      position={position}
      icon={icon}
      keyboard
      zIndexOffset={BADGE_Z_OFFSET}
      eventHandlers={eventHandlers}
    />
  );
}
