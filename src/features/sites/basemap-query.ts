import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldAtlasUrl from 'world-atlas/countries-50m.json?url';
import { z } from 'zod';
import { DataLoadError } from '@/lib/data-load-error';

/**
 * The bundled basemap: Natural Earth 1:50m country shapes (world-atlas TopoJSON),
 * emitted by Vite as a hashed asset of our own origin, fetched when the map mounts
 * (cached by the browser and by the query) and checked before use.
 */
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

export async function loadBasemap(signal?: AbortSignal): Promise<FeatureCollection> {
  const response = await fetch(worldAtlasUrl, { signal: signal ?? null });
  if (!response.ok)
    throw new DataLoadError(`Country shapes could not be loaded (HTTP ${response.status}).`);
  const parsed = topologySchema.safeParse(await response.json());
  if (!parsed.success) throw new DataLoadError('Country shapes are not valid TopoJSON.');
  return toFeatures(parsed.data);
}

function toFeatures(data: z.infer<typeof topologySchema>): FeatureCollection {
  const countries: GeometryCollection = data.objects.countries;
  const topology: Topology<{ countries: GeometryCollection }> = { ...data, objects: { countries } };
  return feature(topology, countries);
}

export const basemapQueryOptions = () =>
  queryOptions({
    queryKey: ['basemap', worldAtlasUrl],
    queryFn: ({ signal }) => loadBasemap(signal),
  });
