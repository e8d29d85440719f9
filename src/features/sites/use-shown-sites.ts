import { useMemo } from 'react';
import { useUrlState } from '@/lib/use-url-state';
import type { Site } from '@/trial/trial-schema';
import type { OverallStatus } from '@/trial/vocabulary';
import { filterSitesByStatus } from './site-facts';

/**
 * The status filter (from the URL) applied to a trial's sites, recomputed only when the
 * sites or the status change. The map panel and the sites table each call it, so the page
 * around them does not re-render when the filter changes.
 * A status that no site has falls back to "all statuses", like any invalid URL value.
 */
export function useShownSites(sites: Site[]): {
  status: OverallStatus | null;
  shownSites: Site[];
  setStatus: (status: OverallStatus | null) => void;
} {
  const [url, setUrl] = useUrlState();
  const status = url.status && sites.some((s) => s.status === url.status) ? url.status : null;
  const shownSites = useMemo(() => filterSitesByStatus(sites, status), [sites, status]);
  return { status, shownSites, setStatus: (next) => setUrl({ status: next }) };
}
