/**
 * Addresses of trial pages. A bundled trial's canonical address is its own prerendered page,
 * `<base>trials/<NCT id>/`, which a static host serves as a file; `<base>?trial=<NCT id>` (the address
 * of earlier versions) still shows it, rendered in the browser. A trial opened from the reader's
 * file lives in this tab's memory only, so its address is `<base>?trial=<id>&source=file`.
 */
import { EMBED_VIEWS, type EmbedView } from './embed-views';

const TRIAL_PATH = /^trials\/([^/]{1,64})\/(?:embed\/([a-z]{1,20})\/)?(?:index\.html)?$/;

/** The canonical address of a bundled trial's page (a path: the page is a file of its own). */
export function trialPath(nctId: string, base: string = import.meta.env.BASE_URL): string {
  return `${base}trials/${encodeURIComponent(nctId)}/`;
}

/** Link to one trial's page (`file`: one opened from the reader's file); other view state starts fresh. */
export function trialHref(nctId: string, source: 'file' | null = null): string {
  if (source === 'file')
    return `${import.meta.env.BASE_URL}?trial=${encodeURIComponent(nctId)}&source=file`;
  return trialPath(nctId);
}

/**
 * The static address of a trial's embed view, `<base>trials/<NCT id>/embed/<view>/`: prerendered,
 * like the trial's page. `<base>?trial=<id>&embed=1&view=<view>` (earlier versions) still works.
 */
export function embedPath(
  nctId: string,
  view: EmbedView,
  base: string = import.meta.env.BASE_URL,
): string {
  return `${trialPath(nctId, base)}embed/${view}/`;
}

/** What a page's path names: a trial (kept raw, like ?trial=, so a malformed id is reported) and its embed view. */
export interface PathState {
  trial: string;
  /** The embed view of an embed's static address; null for the trial's full page. */
  view: EmbedView | null;
}

/**
 * The trial (and embed view) a path names: `<base>trials/NCT01573923/`, `…/embed/map/`. Null for
 * any other path (the base itself shows the catalog's first trial) and for an unknown view.
 */
export function pathState(
  pathname: string,
  base: string = import.meta.env.BASE_URL,
): PathState | null {
  if (!pathname.startsWith(base)) return null;
  const match = TRIAL_PATH.exec(pathname.slice(base.length));
  if (!match?.[1]) return null;
  const view = match[2] === undefined ? null : EMBED_VIEWS.find((known) => known === match[2]);
  if (view === undefined) return null;
  try {
    const trial = decodeURIComponent(match[1]).trim();
    return trial ? { trial, view } : null;
  } catch {
    return null;
  }
}

/** A long trial's page of every site and investigator, plain (src/trial/complete-lists.ts). */
export function completeListsPath(nctId: string, base: string = import.meta.env.BASE_URL): string {
  return `${trialPath(nctId, base)}lists/`;
}
