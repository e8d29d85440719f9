import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorBoundary } from '@/components/error-boundary';
import { useHydrated } from '@/lib/hydration';
import { setUrlState, useUrlValue } from '@/lib/use-url-state';
import { formatCount, plural } from '@/trial/count-text';
import type { Site } from '@/trial/trial-schema';
import { basemapQueryOptions } from './basemap-query';
import { MapLegend } from './map-legend';
import { MapPicture } from './map-picture/map-picture';
import { mapPlacesOf } from './labels/map-places-source';
import type { SitesMapProps } from './sites-map';
import { StatusFilter } from './status-filter';
import { useShownSites } from './use-shown-sites';
import { useSitesMapChunk, type SitesMapChunk } from './use-sites-map-chunk';
import '@/components/visually-hidden.css';
import './sites-map-panel.css';

/**
 * The live map once its chunk is there. A chunk that failed to load is thrown to the panel's error
 * boundary, which says so and offers "Try again". While it loads: nothing (the picture is in the
 * box) or, without a picture, a loading note.
 */
function LiveMap({
  chunk,
  loadingNote,
  ...props
}: SitesMapProps & { chunk: SitesMapChunk; loadingNote: boolean }) {
  if (chunk.state === 'failed') throw chunk.error;
  if (chunk.state === 'loaded') return <chunk.SitesMap {...props} />;
  return loadingNote ? (
    <p className="sites-map-placeholder" role="status">
      Loading map…
    </p>
  ) : null;
}

interface SitesMapPanelProps {
  /** The trial's NCT id: its map picture is data/maps/<id>.svg. */
  trialId: string;
  sites: Site[];
  fill?: boolean;
}

/**
 * The map side: status filter (shared with the sites table through the URL), the map itself, its legend.
 * `fill` (embeds): the map takes the height the panel is given, and the filter and legend fold
 * into one line above it, so even a 300x250 frame shows a usable map.
 * The map's box first shows the map picture drawn at build time (also on the server and with
 * JavaScript off), at the view the live map opens at; the live map is loaded after hydration and
 * drawn under it, and the picture goes once the live map's outlines and markers are drawn. The
 * picture is of all the trial's sites: with a filter the live map shows its own loading note. A
 * trial opened from a file has no picture (none was built). Once the live map is drawn the picture
 * stays for the print-out only (print.css prints it instead of the live map: crisp, whole, and the
 * same on every printer).
 */
export function SitesMapPanel({ trialId, sites, fill = false }: SitesMapPanelProps) {
  const selectedSite = useUrlValue((state) => state.site);
  const fromFile = useUrlValue((state) => state.source) === 'file';
  const { status, shownSites, setStatus } = useShownSites(sites);
  const basemap = useQuery(basemapQueryOptions('coarse'));
  const { chunk, retry } = useSitesMapChunk(useHydrated());
  const [drawn, setDrawn] = useState(false);
  // The picture is of every site: with a filter set it would show sites the map does not.
  const pictureFits = !fromFile && shownSites.length === sites.length;
  const picture = pictureFits && !drawn && chunk.state !== 'failed';
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
      <div className="sites-map-stack">
        <ErrorBoundary what="The sites map" onRetry={retry}>
          <LiveMap
            chunk={chunk}
            loadingNote={!picture}
            sites={shownSites}
            selectedSiteId={selectedSite}
            onSelectSite={(site) => setUrlState({ site })}
            onDrawn={() => setDrawn(true)}
            places={fromFile ? null : mapPlacesOf(trialId)}
          />
        </ErrorBoundary>
        {pictureFits && <MapPicture trialId={trialId} sites={sites} printOnly={!picture} />}
      </div>
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
