import { embedTitle, type EmbedView } from '@/lib/embed-views';
import { embedPath } from '@/lib/trial-href';
import { escapeHtml, escapeUrlAttribute } from '@/lib/html-escape';

export interface EmbedOptions {
  /** The app's origin and base path, e.g. "https://trials.example.org" and "/". */
  origin: string;
  base: string;
  trialId: string;
  view: EmbedView;
  /** CSS pixels, or "100%" for the full width of the host's column. */
  width: number | '100%';
  height: number;
  /**
   * Lets the frame ask for the reader's location ("Use my location" by the sites table): the
   * iframe's `allow="geolocation"`, without which the browser refuses it in a frame.
   */
  allowLocation?: boolean;
}

/** The views that have the sites table, and with it the place box's "Use my location". */
export const VIEWS_WITH_PLACE_BOX: readonly EmbedView[] = ['sites', 'all'];

/**
 * The embed's address: the view's own prerendered page, `<base>trials/<id>/embed/<view>/`, which
 * paints before any script runs. (`<base>?trial=<id>&embed=1&view=<view>`, which earlier versions
 * gave, still works: it is rendered in the browser.)
 */
export function embedUrl({
  origin,
  base,
  trialId,
  view,
}: Pick<EmbedOptions, 'origin' | 'base' | 'trialId' | 'view'>): string {
  return `${origin}${embedPath(trialId, view, base)}`;
}

/** The documented iframe snippet (README, "Embedding"), as the dialog shows and copies it. */
export function embedSnippet(options: EmbedOptions): string {
  const src = escapeUrlAttribute(embedUrl(options));
  const title = escapeHtml(embedTitle(options.trialId, options.view));
  const allow = options.allowLocation ? ' allow="geolocation"' : '';
  return `<iframe src="${src}" width="${options.width}" height="${options.height}" title="${title}"${allow} style="border:0" loading="lazy"></iframe>`;
}
