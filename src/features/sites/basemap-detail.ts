/**
 * The basemap's two levels of detail (Natural Earth country shapes from world-atlas): 1:110m for
 * world and continent views, 1:50m (about 750 kB, some 100,000 points that every zoom re-projects)
 * only from FINE_BASEMAP_FROM_ZOOM on, where coastlines at 1:110m would be kilometres off.
 * Shared by the live map and the build-time map picture, so both draw the same outlines.
 */
export type BasemapDetail = 'coarse' | 'fine';

/** The first zoom at which the 1:50m outlines are drawn (region and city views). */
export const FINE_BASEMAP_FROM_ZOOM = 5;

export function basemapDetailAt(zoom: number): BasemapDetail {
  return zoom >= FINE_BASEMAP_FROM_ZOOM ? 'fine' : 'coarse';
}
