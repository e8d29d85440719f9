import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readCountriesTopology } from './read-countries-topology';

/**
 * World-atlas country shapes (TopoJSON, as fetched by the live map or read by the data build),
 * checked (read-countries-topology.ts), as GeoJSON features; null when the data is not such a
 * topology.
 */
export function countriesFromTopology(json: unknown): FeatureCollection | null {
  const topology = readCountriesTopology(json);
  if (topology === null) return null;
  const countries: GeometryCollection = topology.objects.countries;
  const whole: Topology<{ countries: GeometryCollection }> = {
    ...topology,
    objects: { countries },
  };
  return feature(whole, countries);
}
