import { setUrlState } from '@/lib/use-url-state';
import type { GazetteerPlace } from '@/trial/gazetteer-format';
import type { LatLon } from './distance';
import { distanceColumn } from './distance-column';
import { placeLabel } from './place-search';
import { getNearMeasure, publishNearMeasure, useNearMeasure, type NearPoint } from './near-point';

/** Measures the sites' distances from `point` (null: from nowhere, the table as it was). */
export function setNearPoint(point: NearPoint | null): void {
  publishNearMeasure(point === null ? null : { point, distanceColumn: distanceColumn(point) });
}

export const getNearPoint = (): NearPoint | null => getNearMeasure()?.point ?? null;

export const useNearPoint = (): NearPoint | null => useNearMeasure()?.point ?? null;

/**
 * A point from the device ("Use my location") or a click on the map: in memory only, and the link
 * loses any place it named; the table goes back to nearest first.
 */
export function setPrivatePoint(position: LatLon, origin: 'device' | 'map'): void {
  const label = origin === 'device' ? 'your location' : 'the point chosen on the map';
  setNearPoint({ lat: position.lat, lon: position.lon, label, origin, near: null });
  setUrlState({ near: null, sitesSort: null });
}

/** A place chosen in the box (or named by a link): its point, named as the box shows it. */
export function placePoint(place: GazetteerPlace): NearPoint {
  return {
    lat: place.lat,
    lon: place.lon,
    label: placeLabel(place),
    origin: 'place',
    near: place.ref,
  };
}
