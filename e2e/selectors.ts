import type { FrameLocator, Locator, Page } from '@playwright/test';
import { OVERALL_STATUS_LABELS } from '../src/trial/labels';

/**
 * The stable selector contract (documented in e2e/README.md): how tests and demos find things in
 * the explorer. Roles and accessible names first; a class or `data-testid` only where no role fits.
 * Renaming anything here is a breaking change for people's own demos: change the README with it.
 */

/** Where to look: the page, or an embedded explorer (`page.frameLocator(...)`). */
export type Scope = Page | FrameLocator;

/** Text as a literal part of a RegExp (facility names hold dots and parentheses). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text: string) => new RegExp(`^${escapeRegExp(text)}$`);

/** The trial page for an id, at its canonical, prerendered address: `/trials/NCT01573923/`. */
export const trialPath = (nctId: string): string => `/trials/${nctId}/`;

/** The address earlier versions gave a trial, `/?trial=NCT01573923`: rendered in the browser, still working. */
export const legacyTrialPath = (nctId: string): string => `/?trial=${nctId}`;

/** The host page that embeds explorer views (public/embed-example.html). */
export const EMBED_EXAMPLE_PATH = '/embed-example.html';

export const trialTitle = (page: Scope): Locator => page.getByRole('heading', { level: 1 });

/**
 * The headings (h2) of a trial page's sections, in page order (src/app/trial-sections.tsx), as
 * every trial shows them (one without results still has its Results section, saying so).
 */
export const TRIAL_SECTION_HEADINGS = [
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

/** The trial's header block (title, status, phase, enrollment, dates): the `<header>` holding the h1. */
export const trialHeader = (page: Scope): Locator =>
  page.locator('header').filter({ has: trialTitle(page) });

/**
 * The value given for a term in a definition list (the `<dd>` after the `<dt>` reading exactly
 * `term`), e.g. `definitionValue(trialHeader(page), 'Enrollment')`. A coded value reads as its
 * label then its hidden code: "All (code ALL)".
 */
export const definitionValue = (scope: Scope | Locator, term: string): Locator =>
  scope
    .getByRole('term')
    .filter({ hasText: exactly(term) })
    .locator('xpath=following-sibling::dd[1]');

/**
 * What a section shows under one of its subheadings (the element right after the heading named
 * exactly `heading`), e.g. `underHeading(region, 'Detailed description')`.
 */
export const underHeading = (scope: Scope | Locator, heading: string): Locator =>
  scope
    .getByRole('heading', { name: heading, exact: true })
    .locator('xpath=following-sibling::*[1]');

/** A header fact shown as words, e.g. "Unknown status" or "Phase 1/Phase 2" (first match: the header). */
export const headerText = (page: Scope, text: string): Locator =>
  page.getByText(text, { exact: true }).first();

export type TableName = 'Investigators' | 'Sites' | 'Study groups';

/** A table by the start of its accessible name ("Sites (3 of 6)" is still `Sites`). */
export const dataTable = (page: Scope, name: TableName): Locator =>
  page.getByRole('table', { name: new RegExp(`^${name}`) });

/** The sort button in a column header, e.g. `sortButton(page, 'Investigators', 'Role')`. */
export const sortButton = (page: Scope, table: TableName, column: string): Locator =>
  dataTable(page, table).getByRole('columnheader', { name: column }).getByRole('button');

export const columnHeader = (page: Scope, table: TableName, column: string): Locator =>
  dataTable(page, table).getByRole('columnheader', { name: column });

/** One option of the sites status filter, e.g. `statusFilter(page, /^Recruiting/)`. */
export const statusFilter = (page: Scope, option: string | RegExp): Locator =>
  page.getByRole('group', { name: 'Show sites' }).getByRole('radio', { name: option });

/** The sites' text filter (facility, city, state or country), above the sites table. */
export const sitesTextFilter = (page: Scope): Locator =>
  page.getByRole('searchbox', { name: 'Filter sites' });

/** The button that selects a site, in the sites table, named by its facility. */
export const siteButton = (page: Scope, facility: string | RegExp): Locator =>
  dataTable(page, 'Sites').getByRole('button', { name: facility });

/** The sites table's row(s) of the selected site: the row whose site button is pressed. */
export const selectedSiteRow = (page: Scope): Locator =>
  dataTable(page, 'Sites')
    .getByRole('row')
    .filter({ has: page.getByRole('button', { pressed: true }) });

/** The place box above the sites table (a combobox): type a city or town, pick a suggestion. */
export const placeBox = (page: Scope): Locator =>
  page.getByRole('combobox', { name: 'Find the sites nearest to…' });

/** A suggestion of the place box, e.g. `placeSuggestion(page, 'Shanghai, China')`. */
export const placeSuggestion = (page: Scope, name: string | RegExp): Locator =>
  page.getByRole('listbox', { name: 'Places' }).getByRole('option', { name });

/** "Use my location": asks the browser for the device's position (only on this click). */
export const useMyLocation = (page: Scope): Locator =>
  page.getByRole('button', { name: 'Use my location' });

/** The card naming the nearest (recruiting) site, its distance, status and whom to call. */
export const nearestSummary = (page: Scope): Locator =>
  page.getByRole('region', { name: /^Nearest (recruiting )?site to / });

/** The button of the popup a click on the map's background opens. */
export const measureFromHere = (page: Scope): Locator =>
  page.getByRole('button', { name: 'Measure from here' });

export const sitesMap = (page: Scope): Locator =>
  page.getByRole('region', { name: /Map of the trial's sites/ });

/** Opens (and closes) the quick eligibility check in the Eligibility section. */
export const eligibilityCheckButton = (page: Scope): Locator =>
  page.getByRole('button', { name: 'Check the age and sex limits' });

/** The check's answers, one list item per limit: "✓ Age 45: within 30 to 60 years". */
export const eligibilityAnswers = (page: Scope): Locator =>
  page.getByRole('list', { name: 'What the record’s limits say' }).getByRole('listitem');

/** The map's picture (an image), shown in the map's box until the live map is drawn. */
/** A table's "Download CSV" (its name says what it holds: "the sites", "the baseline characteristics"). */
export const csvButton = (scope: Scope | Locator, of: string): Locator =>
  scope.getByRole('button', { name: `Download CSV of ${of}` });

/** The page's Print button (the browser's print dialog, with the print style sheet). */
export const printButton = (page: Scope): Locator =>
  page.getByRole('button', { name: 'Print', exact: true });

/**
 * The place names on the live map. Drawn for the eye only (their pane is aria-hidden: the sites
 * table is the map's text alternative), so found by class, not by role.
 */
export const mapPlaceLabels = (page: Scope): Locator => page.locator('.place-label');
export const mapPlaceLabelsPane = (page: Scope): Locator =>
  page.locator('.leaflet-placeLabels-pane');

export const mapPicture = (page: Scope): Locator =>
  page.getByRole('img', { name: /^Picture of the map of the trial's/ });

/** A marker: a button in the map named "Facility, City: Status". */
export const mapMarker = (page: Scope, name: string | RegExp): Locator =>
  sitesMap(page).getByRole('button', { name });

/** The words a marker's name ends with: every site status, or "Status not given". */
const MARKER_STATUS = [...Object.values(OVERALL_STATUS_LABELS), 'Status not given'];

/** Every site marker on the map, whatever its status (not clusters, shared points or zoom buttons). */
export const mapMarkers = (page: Scope): Locator =>
  mapMarker(page, new RegExp(`: (${MARKER_STATUS.map(escapeRegExp).join('|')})$`));

/**
 * A cluster of nearby sites (trials with more than 100 sites on the map): a button in the map
 * named "12 sites: zoom in" ("1 site: zoom in" when the selected site, drawn on its own, leaves one);
 * Enter, Space or a click zooms to where it comes apart.
 */
export const mapCluster = (
  page: Scope,
  name: string | RegExp = /^(1 site|\d+ sites): zoom in$/,
): Locator => sitesMap(page).getByRole('button', { name });

/**
 * Sites sharing one point (a city centre), folded into one button named
 * "5 sites at one place, Kyiv: show them"; activating it spreads them out as ordinary markers.
 */
export const mapSharedPoint = (
  page: Scope,
  name: string | RegExp = /^\d+ sites at one place(, .+)?: show them$/,
): Locator => sitesMap(page).getByRole('button', { name });

/** Leaflet's popup has no role that fits; its class is part of the contract. */
export const sitePopup = (page: Scope): Locator => page.locator('.leaflet-popup');

/** The drawn basemap (country outlines): present once the map has painted. */
export const basemapShapes = (page: Scope): Locator =>
  sitesMap(page).locator('.leaflet-overlay-pane svg path');

export const mapLegend = (page: Scope): Locator => page.getByRole('group', { name: 'Map legend' });

export const embedButton = (page: Scope): Locator =>
  page.getByRole('button', { name: 'Embed this trial' });

export const embedDialog = (page: Scope): Locator =>
  page.getByRole('dialog', { name: 'Embed this trial' });

export const embedCode = (page: Scope): Locator =>
  embedDialog(page).getByRole('textbox', { name: 'Embed code' });

export const embedViewSelect = (page: Scope): Locator =>
  embedDialog(page).getByRole('combobox', { name: 'View' });

export const copyEmbedCode = (page: Scope): Locator =>
  embedDialog(page).getByRole('button', { name: 'Copy embed code' });

/** On the embed example host page: an embedded explorer by its iframe's title, e.g. `/sites map \(Trial Explorer\)$/`. */
export const embeddedExplorer = (page: Page, title: string | RegExp): FrameLocator =>
  page.locator('iframe').and(page.getByTitle(title)).contentFrame();

/** On the embed example host page: the log of messages the embedded explorers post. */
export const embedMessages = (page: Page): Locator =>
  page.getByRole('log', { name: 'Messages from the explorer' });

/** The app bar's "Open a record" button: opens the dialog to open a file of one's own. */
export const openRecordButton = (page: Page): Locator =>
  page.getByRole('button', { name: 'Open a record' });

/** The "Open a ClinicalTrials.gov record" dialog (file input, paste box, progress, report). */
export const openRecordDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Open a ClinicalTrials.gov record' });

/** The file input in that dialog (`setInputFiles` on it opens files). */
export const recordFileInput = (page: Page): Locator => page.getByLabel('Choose a JSON file');

/** The paste box in that dialog, and the button that opens what was pasted. */
export const pasteJsonBox = (page: Page): Locator => page.getByLabel('Or paste JSON');
export const openPastedJson = (page: Page): Locator =>
  page.getByRole('button', { name: 'Open pasted JSON' });

/** The section listing a record's invalid values (present only when it has any). */
export const recordProblems = (page: Scope): Locator =>
  page.getByRole('region', { name: 'Record problems' });

/** The page's "On this page" navigation, and one of its links ("Results"). */
export const sectionLink = (page: Scope, name: string): Locator =>
  page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name, exact: true });

/** The Results section (an h2 region, last on the page; the whole of the embed's view=results). */
export const resultsSection = (page: Scope): Locator =>
  page.getByRole('region', { name: 'Results', exact: true });

/** The parts of the Results section, in the page's order: each a region named by its h3. */
export const RESULTS_PART_NAMES = [
  'Participant flow',
  'Baseline characteristics',
  'Outcome measures',
  'Adverse events',
  'More information',
  'Documents',
] as const;
export type ResultsPartName = (typeof RESULTS_PART_NAMES)[number];

/** Each part's in-page address: `/?trial=NCT02552212#results-adverse-events` opens there. */
export const RESULTS_PART_IDS: Record<ResultsPartName, string> = {
  'Participant flow': 'results-participant-flow',
  'Baseline characteristics': 'results-baseline',
  'Outcome measures': 'results-outcome-measures',
  'Adverse events': 'results-adverse-events',
  'More information': 'results-more-info',
  Documents: 'results-documents',
};

/** One part of the Results section, e.g. `resultsPart(page, 'Outcome measures')`. */
export const resultsPart = (page: Scope, name: ResultsPartName): Locator =>
  resultsSection(page).getByRole('region', { name, exact: true });

/** The in-page links to the parts, first in the Results section. */
export const resultsPartsNav = (page: Scope): Locator =>
  page.getByRole('navigation', { name: 'Results parts' });

/** One outcome measure: an article named by its title as published (h5), in Outcome measures. */
export const outcomeMeasure = (page: Scope, title: string | RegExp): Locator =>
  resultsPart(page, 'Outcome measures').getByRole('article', {
    name: typeof title === 'string' ? exactly(title) : title,
  });

/** Every outcome measure of the part, in the page's order (primary, secondary, other, post hoc). */
export const outcomeMeasures = (page: Scope): Locator =>
  resultsPart(page, 'Outcome measures').getByRole('article');

/** A results table by its caption, e.g. `resultsTable(page, 'Baseline characteristics by group')`. */
export const resultsTable = (scope: Scope | Locator, caption: string | RegExp): Locator =>
  scope.getByRole('table', { name: caption });

/**
 * A chart: an SVG image named by its visible caption ("…: Number by group"), described by its
 * one-sentence summary and the table (or list) holding its data.
 */
export const resultsChart = (scope: Scope | Locator, name: string | RegExp): Locator =>
  scope.getByRole('img', { name });

/** A participant flow period's table: "Participant flow, <period>: numbers by milestone and group". */
export const flowTable = (page: Scope, period: string): Locator =>
  resultsTable(
    resultsPart(page, 'Participant flow'),
    exactly(`Participant flow, ${period}: numbers by milestone and group`),
  );

/** A flow diagram, one per period and group: "Participant flow, <period>: <group>". */
export const flowDiagram = (page: Scope, period: string, group: string): Locator =>
  resultsChart(
    resultsPart(page, 'Participant flow'),
    exactly(`Participant flow, ${period}: ${group}`),
  );

export type AdverseEventKind = 'Serious' | 'Other';

/**
 * The serious or the other adverse events table, by the start of its caption ("Serious adverse
 * events (36): …", "Other adverse events (1 of 9): …" when filtered). Over 50 rows it is
 * windowed: count with `aria-rowcount`.
 */
export const adverseEventsTable = (page: Scope, kind: AdverseEventKind): Locator =>
  resultsPart(page, 'Adverse events').getByRole('table', {
    name: new RegExp(`^${kind} adverse events \\(`),
  });

/** The term of each row an adverse events table renders, in the order shown. */
export const adverseEventTerms = (table: Locator): Locator =>
  table.locator('tbody tr td:first-child');

/**
 * A column header of an adverse events table: "Term", "Organ system", or a group's figure,
 * `aeGroupColumn('Placebo (SS)', 'affected')` (also 'at risk', '% affected', 'events'). The group's
 * title may be wrapped in bidi isolation marks (U+2068, U+2069); the pattern allows them.
 */
export const aeGroupColumn = (
  group: string,
  figure: 'affected' | 'at risk' | '% affected' | 'events',
): RegExp => new RegExp(`^\u2068?${escapeRegExp(group)}\u2069?: ${escapeRegExp(figure)}$`);

export const adverseEventsColumn = (table: Locator, name: string | RegExp): Locator =>
  table.getByRole('columnheader', { name: typeof name === 'string' ? exactly(name) : name });

/** The filters over both adverse events tables, and what they leave ("Showing 3 of 36 serious events and 0 of 9 other events"). */
export const adverseEventsFilters = (page: Scope): Locator =>
  page.getByRole('search', { name: 'Filter adverse events' });
/** Select an organ system by its name as published (the option's value), '' for all. */
export const aeOrganSystemFilter = (page: Scope): Locator =>
  adverseEventsFilters(page).getByRole('combobox', { name: 'Organ system' });
export const aeTermFilter = (page: Scope): Locator =>
  adverseEventsFilters(page).getByRole('searchbox', { name: 'Term' });
export const aeFilterStatus = (page: Scope): Locator =>
  adverseEventsFilters(page).getByRole('status');
