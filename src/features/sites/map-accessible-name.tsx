import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Names Leaflet's focusable map container for assistive technology (react-leaflet passes no aria props). */
export function MapAccessibleName({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-roledescription', 'map');
    container.setAttribute('aria-label', label);
  }, [map, label]);
  return null;
}
