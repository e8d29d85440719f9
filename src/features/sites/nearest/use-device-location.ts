import { useCallback, useState } from 'react';
import { useLatest } from '../use-latest';
import type { LatLon } from './distance';

/** How long the browser may take to find the device's position. */
export const LOCATION_TIMEOUT_MS = 15_000;

export type DeviceLocationState =
  { state: 'idle' } | { state: 'asking' } | { state: 'failed'; message: string };

/** Whether this page is inside another site's frame (an embed): location then needs its consent. */
function framed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/**
 * Whether the page's permissions policy refuses geolocation (a frame without the host's
 * allow="geolocation"), where the browser can tell (Chromium's document.featurePolicy): then the
 * page says so at once instead of asking, which would only log a policy violation.
 */
function policyRefusesLocation(): boolean {
  const policy: unknown =
    Reflect.get(document, 'permissionsPolicy') ?? Reflect.get(document, 'featurePolicy');
  if (typeof policy !== 'object' || policy === null) return false;
  const allowsFeature: unknown = Reflect.get(policy, 'allowsFeature');
  if (typeof allowsFeature !== 'function') return false;
  const allowed: unknown = Reflect.apply(allowsFeature, policy, ['geolocation']);
  return allowed === false;
}

/** The sentence for each way a position can fail (GeolocationPositionError codes 1 to 3). */
export function locationFailure(code: number | 'unsupported', inFrame: boolean): string {
  if (code === 'unsupported') return 'This browser cannot tell its location. Type a place instead.';
  if (code === 1) {
    return inFrame
      ? 'Your location was not shared: the browser, or the site showing this page, does not allow it (the site must allow location for its frame). Type a place instead.'
      : 'Your location was not shared: the browser did not allow it. Allow location for this page in the browser, or type a place instead.';
  }
  if (code === 3)
    return `Finding your location took too long (${String(LOCATION_TIMEOUT_MS / 1000)} seconds). Try again, or type a place.`;
  return 'Your device could not find its location. Try again, or type a place.';
}

/**
 * "Use my location": the browser's Geolocation API, asked only when `locate()` is called (a
 * button's click), once per call. The position goes to `onPosition` and nowhere else.
 */
export function useDeviceLocation(onPosition: (position: LatLon) => void) {
  const [state, setState] = useState<DeviceLocationState>({ state: 'idle' });
  const latest = useLatest(onPosition);
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ state: 'failed', message: locationFailure('unsupported', framed()) });
      return;
    }
    if (policyRefusesLocation()) {
      setState({ state: 'failed', message: locationFailure(1, framed()) });
      return;
    }
    setState({ state: 'asking' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setState({ state: 'idle' });
        latest.current({ lat: coords.latitude, lon: coords.longitude });
      },
      (error) => setState({ state: 'failed', message: locationFailure(error.code, framed()) }),
      { timeout: LOCATION_TIMEOUT_MS, maximumAge: 60_000, enableHighAccuracy: false },
    );
  }, [latest]);
  return { location: state, locate };
}
