import { EMBED_VIEW_NAMES, type EmbedView } from '@/lib/embed-views';
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
}

/** The embed's address: the trial, embed=1 and the view. */
export function embedUrl({
  origin,
  base,
  trialId,
  view,
}: Pick<EmbedOptions, 'origin' | 'base' | 'trialId' | 'view'>): string {
  return `${origin}${base}?trial=${encodeURIComponent(trialId)}&embed=1&view=${view}`;
}

export function embedTitle(trialId: string, view: EmbedView): string {
  return `${trialId} ${EMBED_VIEW_NAMES[view]} (Trial Explorer)`;
}

/** The documented iframe snippet (README, "Embedding"), as the dialog shows and copies it. */
export function embedSnippet(options: EmbedOptions): string {
  const src = escapeUrlAttribute(embedUrl(options));
  const title = escapeHtml(embedTitle(options.trialId, options.view));
  return `<iframe src="${src}" width="${options.width}" height="${options.height}" title="${title}" style="border:0" loading="lazy"></iframe>`;
}
