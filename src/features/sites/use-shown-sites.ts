import { useDeferredValue, useMemo } from 'react';
import { useUrlState } from '@/lib/use-url-state';
import type { Site } from '@/trial/trial-schema';
import type { OverallStatus } from '@/trial/vocabulary';
import { filterSites } from './site-search';

/**
 * The status and text filters (from the URL) applied to a trial's sites, recomputed only when
 * the sites or the filters change. The map panel and the sites section each call it, so both
 * show the same sites and the page around them does not re-render when a filter changes.
 * A status that no site has falls back to "all statuses", like any invalid URL value.
 * The text is applied deferred: typing re-renders the input at once and filters (10,000 sites,
 * keys precomputed once per sites array) in a render React may interrupt.
 */
export function useShownSites(sites: Site[]): {
  status: OverallStatus | null;
  /** The text filter as typed ('' = none). */
  filterText: string;
  shownSites: Site[];
  setStatus: (status: OverallStatus | null) => void;
  setFilterText: (text: string) => void;
} {
  const [url, setUrl] = useUrlState();
  const status = url.status && sites.some((s) => s.status === url.status) ? url.status : null;
  const filterText = url.sitesFilter ?? '';
  const text = useDeferredValue(filterText);
  const shownSites = useMemo(() => filterSites(sites, { status, text }), [sites, status, text]);
  return {
    status,
    filterText,
    shownSites,
    setStatus: (next) => setUrl({ status: next }),
    setFilterText: (next) => setUrl({ sitesFilter: next.trim() === '' ? null : next }),
  };
}
