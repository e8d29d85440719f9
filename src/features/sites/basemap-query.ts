import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import coarseAtlasUrl from 'world-atlas/countries-110m.json?url';
import fineAtlasUrl from 'world-atlas/countries-50m.json?url';
import { DataLoadError } from '@/lib/data-load-error';
import type { BasemapDetail } from './basemap-detail';

/**
 * The bundled basemap: Natural Earth country shapes (world-atlas TopoJSON), emitted by Vite as
 * hashed assets of our own origin, fetched when the map needs them (cached by the browser and by
 * the query) and checked before use. Two levels of detail (basemap-detail.ts): 1:110m (about
 * 100 kB) and 1:50m (about 750 kB), fetched only when the map is zoomed in that far.
 */
const ATLAS_URL: Record<BasemapDetail, string> = { coarse: coarseAtlasUrl, fine: fineAtlasUrl };

export async function loadBasemap(
  detail: BasemapDetail,
  signal?: AbortSignal,
): Promise<FeatureCollection> {
  const response = await fetch(ATLAS_URL[detail], { signal: signal ?? null });
  if (!response.ok)
    throw new DataLoadError(`Country shapes could not be loaded (HTTP ${response.status}).`);
  // The decoder (topojson-client and the checks, 0.8 kB) loads with the shapes, not with the page.
  const json: Promise<unknown> = response.json();
  const [{ countriesFromTopology }, topology] = await Promise.all([
    import('./basemap-topology'),
    json,
  ]);
  const countries = countriesFromTopology(topology);
  if (!countries) throw new DataLoadError('Country shapes are not valid TopoJSON.');
  return countries;
}

export const basemapQueryOptions = (detail: BasemapDetail, enabled = true) =>
  queryOptions({
    queryKey: ['basemap', detail, ATLAS_URL[detail]],
    queryFn: ({ signal }) => loadBasemap(detail, signal),
    enabled,
  });
