import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { loadWindowedRows } from '@/components/data-table/load-windowed-rows';
import { LONG_TABLE_ROWS } from '@/components/data-table/row-navigation';
import { basemapQueryOptions } from '@/features/sites/basemap-query';
import { loadSitesChunk } from '@/features/sites/load-sites-chunk';
import type { CatalogEntry } from '@/trial/trial-schema';

const ignore = () => undefined;

/**
 * Starts what the first view of the catalog's `entry` will need while the trial's own JSON is still
 * on its way: the map chunk and the coarse basemap when it has sites, and the windowed table body
 * when it has more sites than a table shows whole. Otherwise each would only start when the
 * component needing it first renders, one after the other. A failure here is ignored: the component
 * that needs the part loads it again and reports the error itself. Calling it again is free (the
 * chunks and the query are cached).
 */
export function preloadFirstView(
  client: QueryClient,
  entry: Pick<CatalogEntry, 'siteCount'> | undefined,
): void {
  const siteCount = entry?.siteCount ?? 0;
  if (siteCount === 0) return;
  loadSitesChunk().catch(ignore);
  client.query(basemapQueryOptions('coarse')).catch(ignore);
  if (siteCount > LONG_TABLE_ROWS) loadWindowedRows().catch(ignore);
}

/** preloadFirstView, once the catalog names the trial to show (a page React draws itself). */
export function usePreloadFirstView(entry: CatalogEntry | undefined): void {
  const client = useQueryClient();
  const nctId = entry?.nctId;
  const siteCount = entry?.siteCount ?? 0;
  useEffect(() => {
    if (nctId) preloadFirstView(client, { siteCount });
  }, [client, nctId, siteCount]);
}
