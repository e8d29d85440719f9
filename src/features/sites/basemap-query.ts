import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarseAtlasUrl from 'world-atlas/countries-110m.json?url';
import fineAtlasUrl from 'world-atlas/countries-50m.json?url';
import { DataLoadError } from '@/lib/data-load-error';
import { readCountriesTopology, type CountriesTopology } from './read-countries-topology';

/**
 * The bundled basemap: Natural Earth country shapes (world-atlas TopoJSON), emitted by Vite as
 * hashed assets of our own origin, fetched when the map needs them (cached by the browser and by
 * the query) and checked before use (read-countries-topology.ts). Two levels of detail: 1:110m
 * (about 100 kB) for world and continent views, and 1:50m (about 750 kB, some 100,000 points that every zoom re-projects) only
 * from FINE_BASEMAP_FROM_ZOOM on, where coastlines at 1:110m would be kilometres off.
 */
export type BasemapDetail = 'coarse' | 'fine';
const ATLAS_URL: Record<BasemapDetail, string> = { coarse: coarseAtlasUrl, fine: fineAtlasUrl };

/** The first zoom at which the 1:50m outlines are drawn (region and city views). */
export const FINE_BASEMAP_FROM_ZOOM = 5;

export function basemapDetailAt(zoom: number): BasemapDetail {
  return zoom >= FINE_BASEMAP_FROM_ZOOM ? 'fine' : 'coarse';
}

export async function loadBasemap(
  detail: BasemapDetail,
  signal?: AbortSignal,
): Promise<FeatureCollection> {
  const response = await fetch(ATLAS_URL[detail], { signal: signal ?? null });
  if (!response.ok)
    throw new DataLoadError(`Country shapes could not be loaded (HTTP ${response.status}).`);
  const topology = readCountriesTopology(await response.json());
  if (topology === null) throw new DataLoadError('Country shapes are not valid TopoJSON.');
  return toFeatures(topology);
}

function toFeatures(data: CountriesTopology): FeatureCollection {
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
