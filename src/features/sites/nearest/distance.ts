/**
 * Great-circle ("as the crow flies") distance on a sphere of the Earth's mean radius (IUGG,
 * 6,371.0088 km): the haversine formula, accurate to about 0.5 % against the ellipsoid, which
 * is far finer than a site's position (a city centre).
 */
export const EARTH_MEAN_RADIUS_KM = 6_371.0088;
export const KM_PER_MILE = 1.609344;

export interface LatLon {
  lat: number;
  lon: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type DistanceUnit = 'km' | 'mi';

/** A distance in kilometres, in the unit chosen. */
const inUnit = (km: number, unit: DistanceUnit): number => (unit === 'km' ? km : km / KM_PER_MILE);

/** A distance as a number rounded as the table shows it: whole units from 10 up, one decimal below. */
export function shownValue(km: number, unit: DistanceUnit): number {
  const value = inUnit(km, unit);
  return Number(value.toFixed(value < 10 ? 1 : 0));
}

// Made once: toLocaleString builds a formatter on each call (a table of 10,000 distances).
const ONE_DECIMAL = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * "1,204 km", "8.5 km", "under 1 km": whole units from 10 up, one decimal below; under one unit
 * it says so rather than "0 km" (a site in the very city typed is not at the reader's door).
 */
export function formatDistance(km: number, unit: DistanceUnit): string {
  const value = inUnit(km, unit);
  if (value < 1) return `under 1 ${unit}`;
  return `${(value < 10 ? ONE_DECIMAL : WHOLE).format(value)} ${unit}`;
}
