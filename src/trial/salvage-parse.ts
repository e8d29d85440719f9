import { z } from 'zod';
import { describeIssue, formatIssuePath } from './parse-problems';
import type { RecordProblem } from './trial-schema';

/**
 * Parses a record keeping everything that is valid: an invalid value is dropped (as if the
 * record lacked it) and reported with its JSON path, and the rest of the record still parses.
 *
 * What is dropped is the smallest part the schema can do without: the value itself when its key
 * is optional, else the nearest optional object around it (a geoPoint whose lat is 912 goes
 * as a whole), else the list item holding it. A dropped list item leaves a hole (`undefined`),
 * which JSON itself cannot contain, so item positions (site-4 = locations[3]) stay those of
 * the record; the schema's lists accept holes for this. A fault that nothing optional encloses
 * (a missing NCT id) makes the record unreadable: every such fault is returned, none kept.
 */
export type SalvageResult<T> =
  { ok: true; data: T; problems: RecordProblem[] } | { ok: false; problems: RecordProblem[] };

type Path = readonly PropertyKey[];

/** Passes after the first; each drops every value the previous one found invalid. */
const MAX_PASSES = 8;

type AnySchema = z.core.$ZodType;

function unwrapped(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.core.$ZodOptional ||
      current instanceof z.core.$ZodNullable ||
      current instanceof z.core.$ZodDefault
    )
      current = current._zod.def.innerType;
    else if (current instanceof z.core.$ZodPipe) current = current._zod.def.in;
    else return current;
  }
}

function childSchema(schema: AnySchema, key: PropertyKey): AnySchema | null {
  const inner = unwrapped(schema);
  if (inner instanceof z.core.$ZodObject && typeof key === 'string')
    return Object.hasOwn(inner._zod.def.shape, key) ? (inner._zod.def.shape[key] ?? null) : null;
  if (inner instanceof z.core.$ZodArray && typeof key === 'number') return inner._zod.def.element;
  return null;
}

/** The path to drop for a fault at `path`, or null when only the whole record encloses it. */
export function dropPathFor(schema: AnySchema, path: Path): Path | null {
  const optionalAt: boolean[] = [];
  let current: AnySchema = schema;
  for (const key of path) {
    const child = childSchema(current, key);
    if (child === null) break;
    optionalAt.push(z.safeParse(child, undefined).success);
    current = child;
  }
  for (let depth = optionalAt.length; depth > 0; depth--) {
    if (optionalAt[depth - 1]) return path.slice(0, depth);
  }
  return null;
}

function isContainer(value: unknown): value is Record<PropertyKey, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function drop(root: unknown, path: Path): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(parent)) return;
    parent = Reflect.get(parent, key);
  }
  const last = path.at(-1);
  if (last === undefined || !isContainer(parent)) return;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = undefined;
  else Reflect.deleteProperty(parent, last);
}

function isUnder(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

function toProblem(issue: z.core.$ZodIssue): RecordProblem {
  return { path: formatIssuePath(issue.path), message: describeIssue(issue) };
}

export function salvageParse<S extends z.ZodType>(
  schema: S,
  input: unknown,
): SalvageResult<z.output<S>> {
  let result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, data: result.data, problems: [] };
  // Only a record with faults is copied: the caller's value is never changed.
  const working: unknown = structuredClone(input);
  const problems: RecordProblem[] = [];
  const dropped: Path[] = [];
  for (let pass = 0; pass <= MAX_PASSES && !result.success; pass++) {
    const fresh = result.error.issues.filter(
      (issue) => !dropped.some((path) => isUnder(issue.path, path)),
    );
    const fatal = fresh.filter((issue) => dropPathFor(schema, issue.path) === null);
    if (fatal.length > 0) return { ok: false, problems: fatal.map(toProblem) };
    if (fresh.length === 0) break;
    for (const issue of fresh) {
      problems.push(toProblem(issue));
      const path = dropPathFor(schema, issue.path);
      if (path === null) continue;
      drop(working, path);
      dropped.push(path);
    }
    result = schema.safeParse(working, { reportInput: true });
  }
  if (!result.success) {
    // Dropping what was reported did not converge; say so rather than guess.
    return { ok: false, problems: [...problems, ...result.error.issues.map(toProblem)] };
  }
  return { ok: true, data: result.data, problems };
}
