import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { setUrlState, useUrlValue } from '@/lib/use-url-state';
import { formatCount, plural } from '@/trial/count-text';
import type { Site } from '@/trial/trial-schema';
import { basemapQueryOptions } from './basemap-query';
import { loadSitesMap } from './load-sites-map';
import { MapLegend } from './map-legend';
import { StatusFilter } from './status-filter';
import { useShownSites } from './use-shown-sites';
import '@/components/visually-hidden.css';
import './sites-map-panel.css';

/**
 * A fresh lazy map for each attempt: React.lazy keeps a failed import for good, so "Try again"
 * after a chunk failed to load (a dropped connection, a deploy that replaced it) must ask again.
 */
const lazySitesMap = () =>
  lazy(() => loadSitesMap().then((module) => ({ default: module.SitesMap })));

/**
 * The map side: status filter (shared with the sites table through the URL), the map itself, its legend.
 * `fill` (embeds): the map takes the height the panel is given, and the filter and legend fold
 * into one line above it, so even a 300x250 frame shows a usable map.
 */
export function SitesMapPanel({ sites, fill = false }: { sites: Site[]; fill?: boolean }) {
  const selectedSite = useUrlValue((state) => state.site);
  const { status, shownSites, setStatus } = useShownSites(sites);
  const basemap = useQuery(basemapQueryOptions('coarse'));
  const [SitesMap, setSitesMap] = useState(lazySitesMap);
  return (
    <div className={fill ? 'sites-map-panel sites-map-panel--fill' : 'sites-map-panel'}>
      <h2 id="map-heading" className={fill ? 'visually-hidden' : 'sites-map-panel__title'}>
        Sites map
      </h2>
      {fill ? (
        <details className="sites-map-panel__options">
          <summary>
            Filter and legend (
            {shownSites.length === sites.length
              ? plural(sites.length, 'site')
              : `${formatCount(shownSites.length)} of ${plural(sites.length, 'site')}`}
            )
          </summary>
          <StatusFilter sites={sites} value={status} onChange={setStatus} />
          <MapLegend sites={shownSites} />
        </details>
      ) : (
        <StatusFilter sites={sites} value={status} onChange={setStatus} />
      )}
      <ErrorBoundary what="The sites map" onRetry={() => setSitesMap(() => lazySitesMap())}>
        <Suspense
          fallback={
            <p className="sites-map-placeholder" role="status">
              Loading map…
            </p>
          }
        >
          <SitesMap
            sites={shownSites}
            selectedSiteId={selectedSite}
            onSelectSite={(site) => setUrlState({ site })}
          />
        </Suspense>
      </ErrorBoundary>
      {basemap.isError && (
        <div className="sites-map-panel__warning">
          <p role="status">
            Country outlines could not be loaded ({basemap.error.message}); the markers are still
            placed.
          </p>
          <button type="button" className="button" onClick={() => void basemap.refetch()}>
            Try again
          </button>
        </div>
      )}
      {!fill && <MapLegend sites={shownSites} />}
    </div>
  );
}
