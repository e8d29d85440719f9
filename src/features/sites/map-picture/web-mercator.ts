/**
 * Web Mercator as Leaflet's EPSG3857 computes it, in its pixel space at zoom 0: the world is a
 * square WORLD_PIXELS wide, x grows east from 180°W, y grows south from the top latitude. A point
 * at zoom z is this point times 2^z. Same formulas as Leaflet's SphericalMercator and its
 * transformation, so the map picture and the live map place a site at the same pixel.
 */

/** Leaflet's tile size: the world's width in pixels at zoom 0. */
export const WORLD_PIXELS = 256;

/** Web Mercator's edge: latitudes beyond it are drawn at it (Leaflet's MAX_LATITUDE). */
export const MAX_LATITUDE = 85.0511287798;

export interface PixelPoint {
  x: number;
  y: number;
}

const RADIANS = Math.PI / 180;

/** [lat, lon] in degrees to zoom-0 pixels. */
export function projectPoint(lat: number, lon: number): PixelPoint {
  const clamped = Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE);
  const sin = Math.sin(clamped * RADIANS);
  const mercatorY = Math.log((1 + sin) / (1 - sin)) / 2; // in earth radii
  return {
    x: WORLD_PIXELS * (0.5 + (lon * RADIANS) / (2 * Math.PI)),
    y: WORLD_PIXELS * (0.5 - mercatorY / (2 * Math.PI)),
  };
}

/** Zoom-0 pixels back to [lat, lon] in degrees (longitude not wrapped: x beyond the world goes past ±180°). */
export function unprojectPoint(point: PixelPoint): [lat: number, lon: number] {
  const mercatorY = (0.5 - point.y / WORLD_PIXELS) * 2 * Math.PI;
  const lat = (2 * Math.atan(Math.exp(mercatorY)) - Math.PI / 2) / RADIANS;
  const lon = (point.x / WORLD_PIXELS - 0.5) * 360;
  return [lat, lon];
}
