import { z } from 'zod';
import { overallStatusSchema } from '@/trial/vocabulary';
import { EMBED_VIEWS } from './embed-views';

/**
 * Everything a shared link must reopen lives in the URL's search params.
 * Each parameter is parsed on its own with `.catch(default)`: garbage in one
 * never affects the others and never throws. Defaults are left out of the URL.
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

/** A sort parameter; the column id itself is checked by the table. */
const sortParam = z
  .string()
  .regex(/^-?[a-zA-Z][a-zA-Z0-9]{0,40}$/)
  .transform(sortFromParam)
  .nullable()
  .catch(null);

/** Text as typed, up to `max` characters; blank or longer = null (no filter). */
function filterText(max: number) {
  return z
    .string()
    .max(max)
    .refine((text) => text.trim() !== '')
    .nullable()
    .catch(null);
}

export const urlStateSchema = z.object({
  /** Kept raw (trimmed, bounded) so a malformed id can be reported as such, not silently replaced. */
  trial: z.string().trim().max(64).nullable().catch(null),
  /** "file": the trial was opened from the reader's own file and lives in this tab's memory only. */
  source: z.enum(['file']).nullable().catch(null),
  groupsSort: sortParam,
  investigatorsSort: sortParam,
  sitesSort: sortParam,
  /** Site status filter; null = all statuses. */
  status: overallStatusSchema.nullable().catch(null),
  site: z
    .string()
    .regex(/^site-\d{1,6}$/)
    .nullable()
    .catch(null),
  /** Text filter on the sites (table and map), kept as typed; blank or over-long = no filter. */
  sitesFilter: filterText(SITES_FILTER_MAX_LENGTH),
  /** Sorts of the adverse-event tables (serious and other events); column ids are checked by the table. */
  seriousSort: sortParam,
  otherSort: sortParam,
  /** Adverse events of one organ system, spelt as in the record; blank or over-long = every system. */
  aeSystem: filterText(AE_SYSTEM_FILTER_MAX_LENGTH),
  /** Text filter on the adverse-event terms, kept as typed; blank or over-long = no filter. */
  aeTerm: filterText(AE_TERM_FILTER_MAX_LENGTH),
  /** Embed options: set by whoever writes the iframe's src, read-only for the app. */
  embed: z
    .string()
    .nullable()
    .transform((raw) => raw === '1')
    .catch(false),
  view: z.enum(EMBED_VIEWS).catch('all'),
  /** The host page's origin ("https://example.org"): where messages go and the only origin accepted. */
  parentOrigin: z.string().max(200).refine(isWebOrigin).nullable().catch(null),
});

/** An http(s) origin exactly as URL#origin spells it: scheme, host, optional port; no path. */
export function isWebOrigin(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === raw;
  } catch {
    return false;
  }
}

export type UrlState = z.infer<typeof urlStateSchema>;
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
];
const KEYS: readonly UrlKey[] = [...VIEW_KEYS, 'embed', 'view', 'parentOrigin'];

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const raw: Record<string, string | null> = {};
  for (const key of KEYS) raw[key] = params.get(key);
  return urlStateSchema.parse(raw);
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
