import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { useUrlState } from '@/lib/use-url-state';
import type { Site } from '@/trial/trial-schema';
import { basemapQueryOptions } from './basemap-query';
import { MapLegend } from './map-legend';
import { StatusFilter } from './status-filter';
import { useShownSites } from './use-shown-sites';
import './sites-map-panel.css';

const SitesMap = lazy(() => import('./sites-map').then((module) => ({ default: module.SitesMap })));

/** The map side: status filter (shared with the sites table through the URL), the map itself, its legend. */
export function SitesMapPanel({ sites }: { sites: Site[] }) {
  const [url, setUrl] = useUrlState();
  const { status, shownSites, setStatus } = useShownSites(sites);
  const basemap = useQuery(basemapQueryOptions());
  return (
    <div className="sites-map-panel">
      <h2 id="map-heading" className="sites-map-panel__title">
        Sites map
      </h2>
      <StatusFilter sites={sites} value={status} onChange={setStatus} />
      <ErrorBoundary what="The map">
        <Suspense fallback={<p className="sites-map-placeholder" role="status">Loading map…</p>}>
          <SitesMap
            sites={shownSites}
            selectedSiteId={url.site}
            onSelectSite={(site) => setUrl({ site })}
          />
        </Suspense>
      </ErrorBoundary>
      {basemap.isError && (
        <p className="sites-map-panel__warning" role="status">
          Country outlines could not be loaded ({basemap.error.message}); the markers are still placed.
        </p>
      )}
      <MapLegend sites={shownSites} />
    </div>
  );
}
