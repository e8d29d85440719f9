import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarseAtlasUrl from 'world-atlas/countries-110m.json?url';
import fineAtlasUrl from 'world-atlas/countries-50m.json?url';
import { z } from 'zod';
import { DataLoadError } from '@/lib/data-load-error';

/**
 * The bundled basemap: Natural Earth country shapes (world-atlas TopoJSON), emitted by Vite as
 * hashed assets of our own origin, fetched when the map needs them (cached by the browser and by
 * the query) and checked before use. Two levels of detail: 1:110m (about 100 kB) for world and
 * continent views, and 1:50m (about 750 kB, some 100,000 points that every zoom re-projects) only
 * from FINE_BASEMAP_FROM_ZOOM on, where coastlines at 1:110m would be kilometres off.
 */
export type BasemapDetail = 'coarse' | 'fine';
const ATLAS_URL: Record<BasemapDetail, string> = { coarse: coarseAtlasUrl, fine: fineAtlasUrl };

/** The first zoom at which the 1:50m outlines are drawn (region and city views). */
export const FINE_BASEMAP_FROM_ZOOM = 5;

export function basemapDetailAt(zoom: number): BasemapDetail {
  return zoom >= FINE_BASEMAP_FROM_ZOOM ? 'fine' : 'coarse';
}
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

export async function loadBasemap(
  detail: BasemapDetail,
  signal?: AbortSignal,
): Promise<FeatureCollection> {
  const response = await fetch(ATLAS_URL[detail], { signal: signal ?? null });
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

export const basemapQueryOptions = (detail: BasemapDetail, enabled = true) =>
  queryOptions({
    queryKey: ['basemap', detail, ATLAS_URL[detail]],
    queryFn: ({ signal }) => loadBasemap(detail, signal),
    enabled,
  });
