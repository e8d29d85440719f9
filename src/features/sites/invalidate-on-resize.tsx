import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Leaflet only re-measures its container on window resize. When the container changes size
 * for another reason (an embed's collapsible legend opening, a flex layout settling),
 * this tells Leaflet, so tiles, outlines and markers fill the new size.
 */
export function InvalidateOnResize() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}
