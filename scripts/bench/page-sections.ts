/**
 * The headings of the trial page's sections, in page order (src/app/trial-sections.tsx), as the
 * explorer shows them for every trial the bench measures (a trial without results still has its
 * Results section, saying so). The static page has the same sections under the same headings, so
 * "painted" waits for the same list on both (static-page.test.ts checks it against the server
 * render of the explorer).
 */
export const PAGE_SECTIONS = [
  'Summary',
  'Study design',
  'Study groups',
  'Interventions',
  'Eligibility',
  'Sponsors',
  'Investigators',
  'Sites map',
  'Sites',
  'Countries',
  'Central contacts',
  'Facility contacts',
  'Identifiers and links',
  'Results',
] as const;

export type PageSection = (typeof PAGE_SECTIONS)[number];
