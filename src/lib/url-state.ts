import { OVERALL_STATUSES, type OverallStatus } from '@/trial/vocabulary';
import { EMBED_VIEWS, type EmbedView } from './embed-views';

/**
 * Everything a shared link must reopen lives in the URL's search params.
 * Each parameter is parsed on its own by a small function that falls back to its default:
 * garbage in one never affects the others and never throws. Defaults are left out of the URL.
 * Plain functions, not zod: the URL is read before anything else, and even zod/mini would add
 * some 10 kB (gzip) to the page's first load.
 */
export interface ColumnSort {
  id: string;
  desc: boolean;
}

/** Longest text filter kept in the URL (the input allows no more). */
export const SITES_FILTER_MAX_LENGTH = 100;

/** Longest adverse-event term filter kept in the URL (the input allows no more). */
export const AE_TERM_FILTER_MAX_LENGTH = 100;
/**
 * Longest organ system kept in the URL: the longest an organ system can be in a record (the
 * record schema's SHORT_TEXT_MAX, not imported: the URL state stays free of the record schemas).
 */
export const AE_SYSTEM_FILTER_MAX_LENGTH = 2_000;

/** "role" = ascending, "-role" = descending: a sort as the URL writes it. */
export function sortToParam(sort: ColumnSort): string {
  return `${sort.desc ? '-' : ''}${sort.id}`;
}
export function sortFromParam(raw: string): ColumnSort {
  return { id: raw.replace(/^-/, ''), desc: raw.startsWith('-') };
}

/** One parameter's parser: its raw value (null when absent) to its value or its default. */
type ParamParser<T> = (raw: string | null) => T;

const SORT_PARAM = /^-?[a-zA-Z][a-zA-Z0-9]{0,40}$/;
/** A sort parameter; the column id itself is checked by the table. */
const sortParam: ParamParser<ColumnSort | null> = (raw) =>
  raw !== null && SORT_PARAM.test(raw) ? sortFromParam(raw) : null;

/** Text as typed, up to `max` characters; blank or longer = null (no filter). */
const filterText =
  (max: number): ParamParser<string | null> =>
  (raw) =>
    raw !== null && raw.length <= max && raw.trim() !== '' ? raw : null;

/** One of a list of codes, as spelt there; anything else = `fallback`. */
const oneOf =
  <const T extends string, F>(codes: readonly T[], fallback: F): ParamParser<T | F> =>
  (raw) =>
    codes.find((code) => code === raw) ?? fallback;

const SITE_PARAM = /^site-\d{1,6}$/;
/**
 * Where distances are measured from, as a link names it: a gazetteer place ("CN-1796236") or a
 * point rounded to 0.01° ("31.23,121.47"). Only its characters are checked here (the page's first
 * chunk stays small); the place box reads it fully and says what is wrong with a malformed one.
 */
const NEAR_PARAM = /^[A-Z0-9.,-]{1,40}$/;

/** The view a URL describes: every parameter, parsed (`null`, false or 'all' = its default). */
export interface UrlState {
  trial: string | null;
  source: 'file' | null;
  groupsSort: ColumnSort | null;
  investigatorsSort: ColumnSort | null;
  sitesSort: ColumnSort | null;
  status: OverallStatus | null;
  site: string | null;
  sitesFilter: string | null;
  seriousSort: ColumnSort | null;
  otherSort: ColumnSort | null;
  aeSystem: string | null;
  aeTerm: string | null;
  near: string | null;
  units: 'mi' | null;
  embed: boolean;
  view: EmbedView;
  parentOrigin: string | null;
}

const URL_PARAMETERS: { [K in keyof UrlState]: ParamParser<UrlState[K]> } = {
  /** Kept raw (trimmed, bounded) so a malformed id can be reported as such, not silently replaced. */
  trial: (raw) => {
    const trimmed = raw?.trim() ?? null;
    return trimmed !== null && trimmed.length <= 64 ? trimmed : null;
  },
  /** "file": the trial was opened from the reader's own file and lives in this tab's memory only. */
  source: oneOf(['file'], null),
  groupsSort: sortParam,
  investigatorsSort: sortParam,
  sitesSort: sortParam,
  /** Site status filter; null = all statuses. */
  status: oneOf(OVERALL_STATUSES, null),
  site: (raw) => (raw !== null && SITE_PARAM.test(raw) ? raw : null),
  /** Text filter on the sites (table and map), kept as typed; blank or over-long = no filter. */
  sitesFilter: filterText(SITES_FILTER_MAX_LENGTH),
  /** Sorts of the adverse-event tables (serious and other events); column ids are checked by the table. */
  seriousSort: sortParam,
  otherSort: sortParam,
  /** Adverse events of one organ system, spelt as in the record; blank or over-long = every system. */
  aeSystem: filterText(AE_SYSTEM_FILTER_MAX_LENGTH),
  /** Text filter on the adverse-event terms, kept as typed; blank or over-long = no filter. */
  aeTerm: filterText(AE_TERM_FILTER_MAX_LENGTH),
  /**
   * Where the sites' distances are measured from: a place typed and chosen, or a point the reader
   * chose to put in the link. A position from the device or a map click never gets here unasked.
   */
  near: (raw) => (raw !== null && NEAR_PARAM.test(raw) ? raw : null),
  /** Distances in miles; null = kilometres. */
  units: oneOf(['mi'], null),
  /** Embed options: set by whoever writes the iframe's src, read-only for the app. */
  embed: (raw) => raw === '1',
  view: oneOf(EMBED_VIEWS, 'all'),
  /** The host page's origin ("https://example.org"): where messages go and the only origin accepted. */
  parentOrigin: (raw) => (raw !== null && raw.length <= 200 && isWebOrigin(raw) ? raw : null),
};

/** An http(s) origin exactly as URL#origin spells it: scheme, host, optional port; no path. */
export function isWebOrigin(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === raw;
  } catch {
    return false;
  }
}

export type UrlKey = keyof UrlState;
/** The parameters the app itself writes (the embed options are only read). */
export type ViewState = Pick<
  UrlState,
  | 'trial'
  | 'source'
  | 'groupsSort'
  | 'investigatorsSort'
  | 'sitesSort'
  | 'status'
  | 'site'
  | 'sitesFilter'
  | 'seriousSort'
  | 'otherSort'
  | 'aeSystem'
  | 'aeTerm'
  | 'near'
  | 'units'
>;
type ViewKey = keyof ViewState;

const VIEW_KEYS: readonly ViewKey[] = [
  'trial',
  'source',
  'groupsSort',
  'investigatorsSort',
  'sitesSort',
  'status',
  'site',
  'sitesFilter',
  'seriousSort',
  'otherSort',
  'aeSystem',
  'aeTerm',
  'near',
  'units',
];

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const read = <K extends UrlKey>(key: K): UrlState[K] => URL_PARAMETERS[key](params.get(key));
  return {
    trial: read('trial'),
    source: read('source'),
    groupsSort: read('groupsSort'),
    investigatorsSort: read('investigatorsSort'),
    sitesSort: read('sitesSort'),
    status: read('status'),
    site: read('site'),
    sitesFilter: read('sitesFilter'),
    seriousSort: read('seriousSort'),
    otherSort: read('otherSort'),
    aeSystem: read('aeSystem'),
    aeTerm: read('aeTerm'),
    near: read('near'),
    units: read('units'),
    embed: read('embed'),
    view: read('view'),
    parentOrigin: read('parentOrigin'),
  };
}

function serializeValue(value: ViewState[ViewKey]): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  return sortToParam(value);
}

/** Applies a patch to a search string, leaving unknown params (e.g. embed options) untouched. */
export function patchSearch(search: string, patch: Partial<ViewState>): string {
  const params = new URLSearchParams(search);
  for (const key of VIEW_KEYS) {
    if (!(key in patch)) continue;
    const value = serializeValue(patch[key] ?? null);
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The same view as a full page, for the trial's own address (`trialPath`): every parameter kept
 * except the embed options and the trial (which the address names).
 */
export function fullPageSearch(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of ['trial', 'embed', 'view', 'parentOrigin']) params.delete(key);
  const text = params.toString();
  return text ? `?${text}` : '';
}
