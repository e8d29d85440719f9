import { z } from 'zod';
import { TRIAL_SCHEMA_VERSION } from './trial-format';

/**
 * The places a trial's map names besides its site cities: `npm run data` writes them for each
 * trial to public/data/maps/<nctId>.places.json (scripts/write-map-places.ts) from the same
 * GeoNames cities as the gazetteer: the capitals and the large cities in and around the sites'
 * area, most important first. The page places them where they do not collide (features/sites/labels).
 */
export const PLACE_TIERS = ['capital', 'regionCapital', 'city'] as const;
export type PlaceTier = (typeof PLACE_TIERS)[number];

export const mapPlaceSchema = z.object({
  name: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  population: z.number().int().nonnegative(),
  /** A country's capital, a province's or state's capital, or another city. */
  tier: z.enum(PLACE_TIERS),
});
export type MapPlace = z.infer<typeof mapPlaceSchema>;

export const mapPlacesFileSchema = z
  .object({ schemaVersion: z.literal(TRIAL_SCHEMA_VERSION), places: z.array(mapPlaceSchema) })
  .transform((file) => file.places);
