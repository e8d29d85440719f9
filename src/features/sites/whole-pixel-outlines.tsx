import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/**
 * Keeps the country outlines on whole pixels after a view reset.
 *
 * A zoom without animation (every fit under reduced motion, the zoom buttons) resets the view, and
 * Leaflet's vector renderer ends that reset placed up to a pixel off the grid: its `_reset` applies
 * a zoom transform with fractional offsets after placing itself, and only the next `moveend` puts
 * it back. Until then the outlines rasterize a fraction of a pixel away from the markers, and the
 * same view looked different depending on whether the outlines loaded before or after the fit.
 * A zero pan, once every listener of the reset has run, fires that `moveend`.
 */
export function WholePixelOutlines() {
  const map = useMap();
  useEffect(() => {
    let live = true;
    const snap = () =>
      queueMicrotask(() => {
        if (live) map.panBy([0, 0]);
      });
    map.on('viewreset', snap);
    return () => {
      live = false;
      map.off('viewreset', snap);
    };
  }, [map]);
  return null;
}
