import { useDeferredValue, useMemo } from 'react';
import { setUrlState, useUrlValue } from '@/lib/use-url-state';
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
  const wanted = useUrlValue((state) => state.status);
  const status = wanted && sites.some((s) => s.status === wanted) ? wanted : null;
  const filterText = useUrlValue((state) => state.sitesFilter) ?? '';
  const text = useDeferredValue(filterText);
  const shownSites = useMemo(() => filterSites(sites, { status, text }), [sites, status, text]);
  return {
    status,
    filterText,
    shownSites,
    setStatus: (next) => setUrlState({ status: next }),
    setFilterText: (next) => setUrlState({ sitesFilter: next.trim() === '' ? null : next }),
  };
}
