import type { z } from 'zod';
import { DataLoadError } from './data-load-error';
import { formatIssues } from '@/trial/parse-problems';
import { plural } from '@/trial/count-text';

/**
 * Fetches a JSON file and parses it with a schema. `url` is where it is fetched from (absolute);
 * `path` is how messages name it ("data/trials/NCT01573923.json"). Every failure becomes a
 * DataLoadError naming the file and the problem: the network, the HTTP status, or any that
 * parseJsonText finds.
 */
export async function fetchParsed<S extends z.ZodType>(
  url: string,
  path: string,
  schema: S,
  options: { signal?: AbortSignal; expectedVersion?: number } = {},
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(url, { signal: options.signal ?? null });
  } catch {
    throw new DataLoadError(`Could not reach ${path}: the network request failed.`);
  }
  if (!response.ok) {
    throw new DataLoadError(
      `Could not load ${path}: the server answered ${response.status} ${response.statusText}.`,
    );
  }
  return parseJsonText(await response.text(), path, schema, options);
}

/**
 * Parses JSON text with a schema (after checking its data format version when one is expected):
 * a DataLoadError for invalid JSON, an unknown version, or each schema issue with its path.
 */
export function parseJsonText<S extends z.ZodType>(
  text: string,
  path: string,
  schema: S,
  options: { expectedVersion?: number } = {},
): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DataLoadError(`${path} is not valid JSON.`);
  }
  if (options.expectedVersion !== undefined) checkVersion(path, data, options.expectedVersion);
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const problems = formatIssues(result.error.issues, path);
    throw new DataLoadError(
      `${path} does not match the trial format (${plural(problems.length, 'problem')}).`,
      problems,
    );
  }
  return result.data;
}

function checkVersion(path: string, data: unknown, expected: number): void {
  const version =
    typeof data === 'object' && data !== null && 'schemaVersion' in data
      ? data.schemaVersion
      : undefined;
  if (version !== expected) {
    throw new DataLoadError(
      `${path} uses data format version ${JSON.stringify(version ?? null)}; this app reads version ${expected}. Rebuild the data (npm run data) or reload for a newer app.`,
    );
  }
}
