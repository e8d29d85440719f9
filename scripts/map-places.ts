import type { MapPlace, PlaceTier } from '../src/trial/map-places-format';
import { locatedPoints } from '../src/trial/located-points';
import type { Site } from '../src/trial/trial-schema';
import type { GazetteerCity } from './gazetteer-data';
import { SKIPPED_FEATURES } from './gazetteer';

/** At most this many places a trial: enough to name the region at every zoom, small to fetch. */
export const MAX_MAP_PLACES = 60;
/** A city that is no capital is named from this many people. */
export const MIN_CITY_POPULATION = 100_000;
/** The area around the sites: their box widened by this share of its size on each side… */
const MARGIN_SHARE = 0.3;
/** …and by at least this many degrees (one site still gets its surroundings). */
const MIN_MARGIN_DEGREES = 3;
/** A place this close to a site (degrees, about 11 km) is the site's city: its label says it. */
const SAME_CITY_DEGREES = 0.1;
/** Zoomed in on a site, the reader also sees its neighbours: up to this many a site city… */
export const NEIGHBOURS_PER_SITE = 6;
/** …within this many degrees (about 150 km)… */
const NEIGHBOUR_DEGREES = 1.4;
/** …of at least this many people. */
const MIN_NEIGHBOUR_POPULATION = 20_000;
/** At most this many places in all (a trial with thousands of sites). */
export const MAX_PLACES_IN_ALL = 300;

/**
 * After the capitals, places rank by population, a province's capital counted as this many times
 * its size (it names the province, so it is worth more than a suburb of the same size).
 */
const REGION_CAPITAL_WEIGHT = 3;
const weight = (place: MapPlace) =>
  place.population * (place.tier === 'regionCapital' ? REGION_CAPITAL_WEIGHT : 1);

function tierOf(city: GazetteerCity): PlaceTier | null {
  if (city.featureCode === 'PPLC') return 'capital';
  if (city.featureCode === 'PPLA') return 'regionCapital';
  return city.population >= MIN_CITY_POPULATION ? 'city' : null;
}

interface Area {
  south: number;
  north: number;
  west: number;
  east: number;
}

/** The sites' box with its margin, or null when no site has a point. */
function areaAround(points: readonly { lat: number; lon: number }[]): Area | null {
  if (points.length === 0) return null;
  const lats = points.map((point) => point.lat);
  const lons = points.map((point) => point.lon);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const latMargin = Math.max((north - south) * MARGIN_SHARE, MIN_MARGIN_DEGREES);
  const lonMargin = Math.max((east - west) * MARGIN_SHARE, MIN_MARGIN_DEGREES);
  return {
    south: south - latMargin,
    north: north + latMargin,
    west: west - lonMargin,
    east: east + lonMargin,
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The places a trial's map names besides its site cities: the countries' and provinces' capitals
 * and the cities of 100,000 people or more in and around the sites' area, the countries' capitals
 * first, then by population (a province's capital weighted up); then each site city's largest
 * neighbours within about 150 km, for a reader zoomed in; none where a site already is (its city
 * is named with the site).
 */
export function mapPlacesFor(sites: readonly Site[], cities: readonly GazetteerCity[]): MapPlace[] {
  const points = locatedPoints(sites);
  const area = areaAround(points);
  if (area === null) return [];
  const atASite = (city: GazetteerCity) =>
    points.some(
      (point) =>
        Math.abs(point.lat - city.lat) < SAME_CITY_DEGREES &&
        Math.abs(point.lon - city.lon) * Math.cos((point.lat * Math.PI) / 180) < SAME_CITY_DEGREES,
    );
  const inArea: MapPlace[] = [];
  const nearby: { place: MapPlace; city: GazetteerCity }[] = [];
  for (const city of cities) {
    if (SKIPPED_FEATURES.has(city.featureCode) || city.name.trim() === '') continue;
    if (city.lat < area.south || city.lat > area.north) continue;
    if (city.lon < area.west || city.lon > area.east) continue;
    if (atASite(city)) continue;
    const tier = tierOf(city);
    const place = {
      name: city.name,
      lat: round3(city.lat),
      lon: round3(city.lon),
      population: city.population,
      tier: tier ?? 'city',
    };
    if (tier !== null) inArea.push(place);
    if (city.population >= MIN_NEIGHBOUR_POPULATION) nearby.push({ place, city });
  }
  const chosen = inArea.sort(byImportance).slice(0, MAX_MAP_PLACES);
  const taken = new Set(chosen);
  // Then each site city's largest neighbours, for a reader zoomed in on it.
  nearby.sort((a, b) => byImportance(a.place, b.place));
  for (const point of uniquePoints(points)) {
    let added = 0;
    for (const { place, city } of nearby) {
      if (added === NEIGHBOURS_PER_SITE || chosen.length === MAX_PLACES_IN_ALL) break;
      if (taken.has(place)) continue;
      if (Math.abs(city.lat - point.lat) > NEIGHBOUR_DEGREES) continue;
      if (Math.abs(city.lon - point.lon) > NEIGHBOUR_DEGREES) continue;
      chosen.push(place);
      taken.add(place);
      added += 1;
    }
  }
  return chosen;
}

/** The countries' capitals first, then by population, a province's capital weighted up. */
function byImportance(a: MapPlace, b: MapPlace): number {
  return (
    Number(b.tier === 'capital') - Number(a.tier === 'capital') ||
    weight(b) - weight(a) ||
    a.name.localeCompare(b.name)
  );
}

/** Sites at the same point (a city centre) count once. */
function uniquePoints(points: readonly { lat: number; lon: number }[]) {
  const seen = new Map<string, { lat: number; lon: number }>();
  for (const point of points) seen.set(`${point.lat.toFixed(2)},${point.lon.toFixed(2)}`, point);
  return [...seen.values()];
}
