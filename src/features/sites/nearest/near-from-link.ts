import { useEffect } from 'react';
import { getNearPoint, placePoint, setNearPoint } from './measure-from';
import { findPlace } from './place-search';
import type { NearPoint } from './near-point';
import type { Gazetteer } from './use-gazetteer';

/** "31.23° N, 121.47° E". */
export function coordinatesText(lat: number, lon: number): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** A point as a link keeps it: rounded to 0.01° (about 1 km), "31.23,121.47". */
export function nearParamOf(lat: number, lon: number): string {
  return `${lat.toFixed(2)},${lon.toFixed(2)}`;
}

const PLACE_REF = /^[A-Z]{2}-\d{1,10}$/;
const POINT = /^-?\d{1,2}(?:\.\d{1,2})?,-?\d{1,3}(?:\.\d{1,2})?$/;

/** What a link's `near` names: a gazetteer place, a point (within range), or nothing readable. */
export function readNear(near: string): { place: string } | { point: NearPoint } | null {
  if (PLACE_REF.test(near)) return { place: near };
  if (!POINT.test(near)) return null;
  const [lat = 0, lon = 0] = near.split(',').map(Number);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const label = `the point in the link (${coordinatesText(lat, lon)})`;
  return { point: { lat, lon, label, origin: 'link', near } };
}

/**
 * Keeps the point in step with the URL's `near`: a link (or Back) naming a place or a point sets
 * it, once the place is found in the loaded gazetteer; a `near` that goes away clears a point that
 * came from it, never one from the device or the map (those are not in the URL). Returns what is
 * wrong with a link whose `near` cannot be read or names a place the gazetteer does not have.
 */
export function useNearFromLink(near: string | null, gazetteer: Gazetteer): string | null {
  const { lists, loading } = gazetteer;
  const link = near === null ? null : readNear(near);
  const linked = link !== null && 'place' in link ? findPlace(lists, link.place) : null;
  const linkPoint = link !== null && 'point' in link ? link.point : null;
  useEffect(() => {
    const current = getNearPoint();
    if (near === null) {
      if (current?.origin === 'place' || current?.origin === 'link') setNearPoint(null);
    } else if (current?.near !== near) {
      if (linkPoint) setNearPoint(linkPoint);
      else if (linked) setNearPoint(placePoint(linked));
    }
    // linkPoint is a new object each render; `near` says all that it does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [near, linked]);
  if (near === null || linkPoint !== null || linked !== null) return null;
  if (link === null)
    return `The link’s “near” (${near}) is neither a place nor a point this page can read, so no distances are shown.`;
  if (loading) return null;
  const failed = gazetteer.errors[0];
  if (failed) return `The place in the link (${near}) could not be looked up: ${failed.message}`;
  return `The link measures distances from a place (${near}) that this page’s list of places does not have. Type the place instead.`;
}
