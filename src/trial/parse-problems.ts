import type { z } from 'zod';
import { formatCount, pluralWord } from './count-text';

/**
 * Turns zod issues into the messages a user reads:
 * "data/studies/NCT01573923.json: protocolSection.contactsLocationsModule.locations[3].geoPoint.lat:
 *  expected a number from -90 to 90, got 912". Pure, browser-safe.
 */

const MAX_VALUE_LENGTH = 60;

const EXPECTED_TYPES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** "protocolSection.locations[3].geoPoint.lat"; keys that are not identifiers are quoted. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, readable rendering of a received value (long strings truncated). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown =
        value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** What was wrong with one value, without the path: "expected one of A, B; got \"C\"". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const received = 'input' in issue ? issue.input : undefined;
  const got = received === undefined ? null : describeValue(received);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_TYPES[issue.expected] ?? issue.expected;
      return got === null
        ? `required, but missing (expected ${expected})`
        : `expected ${expected}, got ${got}`;
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => String(value)).join(', ');
      const expected =
        issue.values.length === 1 ? `expected ${options}` : `expected one of ${options}`;
      return got === null ? expected : `${expected}; got ${got}`;
    }
    case 'unrecognized_keys':
      return `unexpected ${pluralWord(issue.keys.length, 'key')} ${issue.keys.join(', ')}`;
    case 'too_big':
    case 'too_small':
      // A long string is measured, not quoted: "got 1,048,576 characters".
      return typeof received === 'string'
        ? `${issue.message}, got ${formatCount(received.length)} characters`
        : got === null
          ? issue.message
          : `${issue.message}, got ${got}`;
    default:
      return got === null ? issue.message : `${issue.message}, got ${got}`;
  }
}

/** One line per issue: "<source>: <path>: <problem>" (the path is left out for the root). */
export function formatIssues(issues: readonly z.core.$ZodIssue[], source: string): string[] {
  return issues.map((issue) => {
    const path = formatIssuePath(issue.path);
    return path
      ? `${source}: ${path}: ${describeIssue(issue)}`
      : `${source}: ${describeIssue(issue)}`;
  });
}

/** One line of a command's report: "<source>: <path>: <problem>" (no path for the record itself). */
export function problemLine(source: string, path: string, message: string): string {
  return path === '' ? `${source}: ${message}` : `${source}: ${path}: ${message}`;
}
