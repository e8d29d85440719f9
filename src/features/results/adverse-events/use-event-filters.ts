import { useDeferredValue } from 'react';
import { setUrlState, useUrlValue } from '@/lib/use-url-state';
import type { OrganSystemCount } from './event-filter';

export interface EventFilters {
  /** The chosen organ system, when the terms name it; null: every system. */
  system: string | null;
  /** The term filter as typed ('' = none), for the input. */
  filterText: string;
  /** The same, deferred: what the tables filter by, so typing never waits on them. */
  appliedText: string;
  setSystem: (system: string | null) => void;
  setFilterText: (text: string) => void;
}

/**
 * The adverse-event filters, from the URL (a shared link reopens them). An organ system no term
 * names falls back to every system, like any invalid URL value.
 */
export function useEventFilters(systems: readonly OrganSystemCount[]): EventFilters {
  const wanted = useUrlValue((state) => state.aeSystem);
  const system = wanted !== null && systems.some((s) => s.system === wanted) ? wanted : null;
  const filterText = useUrlValue((state) => state.aeTerm) ?? '';
  const appliedText = useDeferredValue(filterText);
  return {
    system,
    filterText,
    appliedText,
    setSystem: (next) => setUrlState({ aeSystem: next }),
    setFilterText: (next) => setUrlState({ aeTerm: next.trim() === '' ? null : next }),
  };
}
