/**
 * Addresses of trial pages. A bundled trial's canonical address is its own prerendered page,
 * `<base>trials/<NCT id>/`, which a static host serves as a file; `<base>?trial=<NCT id>` (the address
 * of earlier versions) still shows it, rendered in the browser. A trial opened from the reader's
 * file lives in this tab's memory only, so its address is `<base>?trial=<id>&source=file`.
 */
const TRIAL_PATH = /^trials\/([^/]{1,64})\/(?:index\.html)?$/;

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
 * The trial a path names (`<base>trials/NCT01573923/`), kept raw like ?trial= so a malformed id can be
 * reported as not found; null for any other path (the base itself: the catalog's first trial).
 */
export function trialFromPath(
  pathname: string,
  base: string = import.meta.env.BASE_URL,
): string | null {
  if (!pathname.startsWith(base)) return null;
  const match = TRIAL_PATH.exec(pathname.slice(base.length));
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).trim() || null;
  } catch {
    return null;
  }
}

/** A long trial's page of every site and investigator, plain (src/trial/complete-lists.ts). */
export function completeListsPath(nctId: string, base: string = import.meta.env.BASE_URL): string {
  return `${trialPath(nctId, base)}lists/`;
}
