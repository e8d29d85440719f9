import { z } from 'zod';
import { overallStatusSchema } from '@/trial/vocabulary';

/**
 * Everything a shared link must reopen lives in the URL's search params.
 * Each parameter is parsed on its own with `.catch(default)`: garbage in one
 * never affects the others and never throws. Defaults are left out of the URL.
 */
export interface ColumnSort {
  id: string;
  desc: boolean;
}

/** "role" = ascending, "-role" = descending; the column id itself is checked by the table. */
const sortParam = z
  .string()
  .regex(/^-?[a-zA-Z][a-zA-Z0-9]{0,40}$/)
  .transform((raw): ColumnSort => ({ id: raw.replace(/^-/, ''), desc: raw.startsWith('-') }))
  .nullable()
  .catch(null);

export const urlStateSchema = z.object({
  /** Kept raw (trimmed, bounded) so a malformed id can be reported as such, not silently replaced. */
  trial: z.string().trim().max(64).nullable().catch(null),
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
});

export type UrlState = z.infer<typeof urlStateSchema>;
export type UrlKey = keyof UrlState;

const KEYS: readonly UrlKey[] = ['trial', 'groupsSort', 'investigatorsSort', 'sitesSort', 'status', 'site'];

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const raw: Record<string, string | null> = {};
  for (const key of KEYS) raw[key] = params.get(key);
  return urlStateSchema.parse(raw);
}

function serializeValue(value: UrlState[UrlKey]): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  return `${value.desc ? '-' : ''}${value.id}`;
}

/** Applies a patch to a search string, leaving unknown params (e.g. embed options) untouched. */
export function patchSearch(search: string, patch: Partial<UrlState>): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    if (!(key in patch)) continue;
    const value = serializeValue(patch[key] ?? null);
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
