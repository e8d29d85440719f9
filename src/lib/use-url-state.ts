import { useMemo, useSyncExternalStore } from 'react';
import { pathState } from './trial-href';
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

/** The part of the address the state comes from: the path (a trial's own page) and the search. */
function getLocation(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * The path of the page being prerendered (set by the server entry), or in the browser the page's
 * own path. With no search: the state a prerendered page was drawn with, which the hydrating render
 * must reproduce. The search (a sort, a filter, a selected site) is applied by the render after.
 */
let prerenderPath = '/';
export function setPrerenderPath(path: string): void {
  prerenderPath = path;
}
function getServerLocation(): string {
  return typeof window === 'undefined' ? prerenderPath : window.location.pathname;
}

/** Parsed once per distinct address, however many components read it. */
let parsed: { location: string; state: UrlState } | null = null;
function stateOf(location: string): UrlState {
  if (parsed?.location !== location) parsed = { location, state: locationState(location) };
  return parsed.state;
}

/**
 * The URL state of an address ("/trials/NCT01573923/?sitesSort=city"): a trial's path names the
 * trial, an embed's static path (`…/embed/map/`) the embed and its view too.
 */
export function locationState(location: string): UrlState {
  const at = location.indexOf('?');
  const pathname = at === -1 ? location : location.slice(0, at);
  const state = parseUrlState(at === -1 ? '' : location.slice(at));
  const fromPath = pathState(pathname);
  if (fromPath === null) return state;
  if (fromPath.view === null) return { ...state, trial: fromPath.trial };
  return { ...state, trial: fromPath.trial, embed: true, view: fromPath.view };
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

/** The URL state now, for an event handler (what a download writes); components use the hooks. */
export function currentUrlState(): UrlState {
  return stateOf(getLocation());
}

/** The whole URL state: the component re-renders on every URL change. Prefer useUrlValue. */
export function useUrlState(): [UrlState, SetUrlState] {
  const location = useSyncExternalStore(subscribe, getLocation, getServerLocation);
  return [stateOf(location), setUrlState];
}

/** The address's search ("?sitesSort=city"), as a store: "" on the server and while hydrating. */
export function useSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/**
 * One value read from the URL state: the component re-renders only when that value changes
 * (compared with Object.is, so select a primitive). A sort in one table then re-renders that table,
 * not the page around it.
 */
export function useUrlValue<T>(select: (state: UrlState) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(stateOf(getLocation())),
    () => select(stateOf(getServerLocation())),
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
 * Moves to another address of the app (another trial: `trialHref`) without reloading the page, so
 * the trials opened from files, which live in this tab's memory only, are still there. A history
 * entry is pushed.
 */
export function navigateTo(href: string): void {
  if (href === getLocation()) return;
  window.history.pushState(null, '', href);
  for (const listener of listeners) listener();
}
