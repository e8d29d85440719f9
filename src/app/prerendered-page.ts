import { EMBED_VIEWS, type EmbedView } from '@/lib/embed-views';
import { dayFromIso } from '@/lib/today';
import type { UrlState } from '@/lib/url-state';

/** Element ids of the data blocks a prerendered page carries (written by scripts/prerender/page-document.ts). */
export const CATALOG_BLOCK_ID = 'catalog-data';
export const TRIAL_BLOCK_ID = 'trial-data';
/** The class scripts/prerender/boot-script.ts sets while the markup is not the page asked for. */
export const WAIT_CLASS = 'prerender-other-page';

/** What a prerendered page holds: which trial its markup shows, and its data as JSON text (unparsed). */
export interface PrerenderedPage {
  nctId: string;
  /** The embed view the markup shows (`data-prerendered-view`), null for the trial's full page. */
  view: EmbedView | null;
  /** The day the markup was rendered on (`data-prerendered-on`), null when the page does not say. */
  day: Date | null;
  catalogText: string | null;
  /** Null when the trial was too big to carry: the page fetches it. */
  trialText: string | null;
}

/** The prerendered page in `root`, or null when `root` is empty (the dev server, an old build). */
export function readPrerenderedPage(doc: Document, root: HTMLElement): PrerenderedPage | null {
  const nctId = root.dataset.prerendered;
  if (!nctId) return null;
  const view = EMBED_VIEWS.find((known) => known === root.dataset.prerenderedView) ?? null;
  return {
    nctId,
    view,
    day: dayFromIso(root.dataset.prerenderedOn),
    catalogText: doc.getElementById(CATALOG_BLOCK_ID)?.textContent ?? null,
    trialText: doc.getElementById(TRIAL_BLOCK_ID)?.textContent ?? null,
  };
}

/**
 * Whether the address asks for the page that was prerendered: that trial's full page, or that
 * embed view (not a trial opened from a file). `firstTrial` is the catalog's first, shown when none
 * is named. View state (a sort, a filter, a selected site, the host's origin) does not matter: it
 * is applied after hydration.
 */
export function addressFits(
  page: PrerenderedPage,
  state: UrlState,
  firstTrial: string | null,
): boolean {
  if (state.source !== null || (state.embed ? state.view : null) !== page.view) return false;
  const wanted = state.trial ?? firstTrial;
  return wanted !== null && wanted.toUpperCase() === page.nctId;
}
