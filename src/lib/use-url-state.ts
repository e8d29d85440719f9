import { useMemo, useSyncExternalStore } from 'react';
import {
  parseUrlState,
  patchSearch,
  sortFromParam,
  sortToParam,
  type ColumnSort,
  type UrlState,
  type ViewState,
} from './url-state';

/** The browser's location.search as an external store; our own writes notify too. */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function getSearch(): string {
  return window.location.search;
}

/** Parsed once per distinct search string, however many components read it. */
let parsed: { search: string; state: UrlState } | null = null;
function stateOf(search: string): UrlState {
  if (parsed?.search !== search) parsed = { search, state: parseUrlState(search) };
  return parsed.state;
}

export type SetUrlState = (patch: Partial<ViewState>, options?: { push?: boolean }) => void;

/** Writes a patch to the URL (replacing the entry, or pushing one) and tells every reader. */
export const setUrlState: SetUrlState = (patch, options) => {
  const next = patchSearch(window.location.search, patch);
  if (next === window.location.search) return;
  const url = `${window.location.pathname}${next}${window.location.hash}`;
  if (options?.push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  for (const listener of listeners) listener();
};

/** The whole URL state: the component re-renders on every URL change. Prefer useUrlValue. */
export function useUrlState(): [UrlState, SetUrlState] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  return [stateOf(search), setUrlState];
}

/**
 * One value read from the URL state: the component re-renders only when that value changes
 * (compared with Object.is, so select a primitive). A sort in one table then re-renders that table,
 * not the page around it.
 */
export function useUrlValue<T>(select: (state: UrlState) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(stateOf(getSearch())),
    () => select(stateOf('')),
  );
}

type SortKey = 'groupsSort' | 'investigatorsSort' | 'sitesSort' | 'seriousSort' | 'otherSort';

/** A table's sort from the URL: the same object for as long as the URL says the same sort. */
export function useUrlSort(key: SortKey): ColumnSort | null {
  const param = useUrlValue((state) => {
    const sort = state[key];
    return sort ? sortToParam(sort) : null;
  });
  return useMemo(() => (param === null ? null : sortFromParam(param)), [param]);
}

/**
 * Moves to another search (another trial) without reloading the page, so the trials opened from
 * files, which live in this tab's memory only, are still there. A history entry is pushed.
 */
export function navigateToSearch(search: string): void {
  if (search === window.location.search) return;
  window.history.pushState(null, '', `${window.location.pathname}${search}`);
  for (const listener of listeners) listener();
}
