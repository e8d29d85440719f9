import { Map as LeafletMap, type PanOptions, type PointExpression } from 'leaflet';
import { prefersReducedMotion } from '@/lib/reduced-motion';

let installed = false;

/**
 * Leaflet animates every pan, a popup's auto-pan included, and has no option to stop it.
 * After this runs, a pan jumps instead whenever the user (or a scripted demo) prefers
 * reduced motion, so what is on screen is settled as soon as the selection is.
 */
export function honourReducedMotionInPans(): void {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- always called below with a map as `this`
  const animatedPanBy = LeafletMap.prototype.panBy;
  LeafletMap.include({
    panBy(this: LeafletMap, offset: PointExpression, options?: PanOptions) {
      return animatedPanBy.call(
        this,
        offset,
        prefersReducedMotion() ? { ...options, animate: false } : options,
      );
    },
  });
}
