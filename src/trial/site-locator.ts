/**
 * How the normalizer places a site that has no geoPoint. The normalizer stays pure:
 * the build passes a gazetteer-backed locator (scripts/gazetteer.ts), the browser
 * passes one that never finds anything and says why.
 */

/** A place as a record gives it; `city` is always present (a site without one is not looked up). */
export interface PlaceQuery {
  city: string;
  state: string | null;
  country: string | null;
}

export type LocateResult =
  | {
      found: true;
      lat: number;
      lon: number;
      /** Something worth a warning, e.g. the record's state disagrees with the gazetteer. */
      note: string | null;
    }
  | { found: false; reason: string };

export type SiteLocator = (place: PlaceQuery) => LocateResult;

/** A locator that never finds anything, always for the same reason (the browser's). */
export function createUnavailableLocator(
  reason = 'the record gives no coordinates and no gazetteer is available here',
): SiteLocator {
  return () => ({ found: false, reason });
}
