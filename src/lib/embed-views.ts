/** The views an embed can show (?embed=1&view=…); `all` is the default. */
export const EMBED_VIEWS = [
  'map',
  'groups',
  'investigators',
  'sites',
  'overview',
  'results',
  'all',
] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** How a view is named in the dialog, in an iframe's title and in the docs. */
export const EMBED_VIEW_NAMES: Record<EmbedView, string> = {
  map: 'sites map',
  groups: 'study groups',
  investigators: 'investigators',
  sites: 'sites table',
  overview: 'overview',
  results: 'results',
  all: 'all sections',
};

/** An embed's name: its iframe's title, and its own page's title. */
export function embedTitle(trialId: string, view: EmbedView): string {
  return `${trialId} ${EMBED_VIEW_NAMES[view]} (Trial Explorer)`;
}
