import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, patchSearch, type UrlState, type ViewState } from './url-state';

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

export type SetUrlState = (patch: Partial<ViewState>, options?: { push?: boolean }) => void;

export function useUrlState(): [UrlState, SetUrlState] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const state = useMemo(() => parseUrlState(search), [search]);
  const setState = useCallback<SetUrlState>((patch, options) => {
    const next = patchSearch(window.location.search, patch);
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (options?.push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    for (const listener of listeners) listener();
  }, []);
  return [state, setState];
}
