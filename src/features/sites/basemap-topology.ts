import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';

const position = z.tuple([z.number(), z.number()]);
const isPosition = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'number' &&
  typeof value[1] === 'number';
/**
 * The arcs hold some 100,000 positions: checked by one plain loop, which is an order of magnitude
 * faster than a schema per position (about 80 ms of main thread on the 2-core CI machine).
 */
const arcsSchema = z.custom<[number, number][][]>(
  (value) =>
    Array.isArray(value) &&
    value.every((arc: unknown) => Array.isArray(arc) && arc.every(isPosition)),
  'arcs must be lists of [x, y] number pairs',
);
const topologySchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({ scale: position, translate: position }),
  arcs: arcsSchema,
  objects: z.object({
    countries: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.discriminatedUnion('type', [
          z.object({
            type: z.literal('Polygon'),
            arcs: z.array(z.array(z.number())),
            id: z.string().optional(),
          }),
          z.object({
            type: z.literal('MultiPolygon'),
            arcs: z.array(z.array(z.array(z.number()))),
            id: z.string().optional(),
          }),
        ]),
      ),
    }),
  }),
});

/**
 * World-atlas country shapes (TopoJSON, as fetched by the live map or read by the data build),
 * checked, as GeoJSON features; null when the data is not such a topology.
 */
export function countriesFromTopology(json: unknown): FeatureCollection | null {
  const parsed = topologySchema.safeParse(json);
  if (!parsed.success) return null;
  const countries: GeometryCollection = parsed.data.objects.countries;
  const topology: Topology<{ countries: GeometryCollection }> = {
    ...parsed.data,
    objects: { countries },
  };
  return feature(topology, countries);
}
