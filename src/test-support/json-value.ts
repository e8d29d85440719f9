import { readFileSync } from 'node:fs';

/** A JSON value, typed: what a record file holds once decoded. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A decoded value checked to be plain JSON (throws on anything else: for tests and fixtures). */
export function toJson(value: unknown): Json {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'string'
  )
    return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
  throw new Error(`not JSON: ${typeof value}`);
}

/** The text of our own record, data/studies/NCT01573923.json (paths are from the repository root). */
export const OUR_RECORD_TEXT = readFileSync('data/studies/NCT01573923.json', 'utf8');

/** Our record as a fresh JSON object to change. */
export function ourRecord(): Record<string, Json> {
  const value = toJson(JSON.parse(OUR_RECORD_TEXT));
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error('not a record');
  return value;
}
