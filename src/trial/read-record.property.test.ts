import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUR_RECORD_TEXT, ourRecord, toJson, type Json } from '@/test-support/json-value';
import { rawLocation, rawStudy } from './raw-study-builders';
import { readRecordText, readRecordValue, type RecordReading } from './read-record';
import { createUnavailableLocator } from './site-locator';
import { trialSchema, type RecordProblem } from './trial-schema';

/**
 * Property tests: thousands of mutations of real-shaped records (fields removed, retyped,
 * nulled, made huge or hostile; texts cut or garbled) are read without throwing, and every
 * problem found in a study names a JSON path that leads into the mutated record.
 */
const options = { locate: createUnavailableLocator('no gazetteer in tests') };

const VALUE_RUNS = 2_000;
const TEXT_RUNS = 1_000;

const BASES: Json[] = [
  ourRecord(),
  toJson(
    rawStudy({
      designModule: { phases: ['PHASE2'], enrollmentInfo: { count: 12, type: 'ACTUAL' } },
      contactsLocationsModule: {
        locations: [
          rawLocation({
            geoPoint: { lat: 48.85, lon: 2.35 },
            status: 'RECRUITING',
            contacts: [{ name: 'A B', phone: '1' }],
          }),
          rawLocation({ city: 'Lyon' }),
        ],
        overallOfficials: [
          { name: 'Ann Lee, MD', role: 'PRINCIPAL_INVESTIGATOR', affiliation: 'Test Hospital' },
        ],
      },
      referencesModule: {
        seeAlsoLinks: [{ label: 'x', url: 'https://clinicaltrials.gov/study/NCT00000002' }],
      },
    }),
  ),
];

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '</style><style>*{display:none}</style>',
  '\u202Egnp.exe',
  '\u0000\u0007',
  '{"protocolSection":',
  '__proto__',
  'constructor',
];

type Path = (string | number)[];

/** Every path in a JSON value (the root included). */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value))
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined), // removed
  fc.constant(null),
  fc.boolean(),
  fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(912, -3, 1e308, -0),
  ),
  fc.string(),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('2014-13-45', '2015-02-30', 'NCT123', 'PHASE9', 'RECRUITING', ''),
  fc.integer({ min: 2_001, max: 1_100_000 }).map((length) => 'x'.repeat(length)),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 }),
);

/** A copy of `value` with the value at `path` replaced (undefined: removed). */
function withReplaced(value: Json, path: Path, next: Json | undefined): Json | undefined {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = [...value];
    const item = withReplaced(copy[key] ?? null, rest, next);
    if (item === undefined) copy.splice(key, 1);
    else copy[key] = item;
    return copy;
  }
  if (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof key === 'string'
  ) {
    const copy = { ...value };
    const item = withReplaced(copy[key] ?? null, rest, next);
    if (item === undefined) Reflect.deleteProperty(copy, key);
    else
      Object.defineProperty(copy, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  }
  return value;
}

/** A base record with one to five values replaced, removed or retyped. */
const mutatedRecord: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...BASES),
    fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 5 }),
  )
  .map(([base, mutations]) => {
    let value: Json | undefined = base;
    for (const [pick, next] of mutations) {
      if (value === undefined) break;
      const paths = pathsOf(value);
      const path = paths[pick % paths.length] ?? [];
      value = withReplaced(value, path, next);
    }
    return value;
  });

/** "a.b[3]['x y']" -> ['a', 'b', 3, 'x y'] (the format of formatIssuePath). */
function parsePath(path: string): Path {
  const keys: Path = [];
  const pattern = /(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[3] !== undefined) keys.push(String(JSON.parse(match[3])));
  }
  return keys;
}

/** Whether every key but the last leads somewhere in `value` (the last may be the missing one). */
function parentExists(value: unknown, path: Path): boolean {
  let current: unknown = value;
  for (const key of path.slice(0, -1)) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key))
      return false;
    current = Reflect.get(current, key);
  }
  return typeof current === 'object' && current !== null;
}

/** Messages only a defect in our own code would produce. */
const INTERNAL = /could not normalize|normalized trial is invalid/;

function checkReading(input: unknown, reading: RecordReading): void {
  if (!reading.ok) {
    expect(reading.message).not.toBe('');
    return;
  }
  for (const study of reading.studies) {
    const target: unknown =
      study.pathInFile === '' ? input : resolve(input, parsePath(study.pathInFile));
    const problems: readonly RecordProblem[] = study.ok
      ? study.trial.recordProblems
      : study.problems;
    if (study.ok) {
      expect(trialSchema.safeParse(study.trial).success).toBe(true);
      expect(problems.every((problem) => problem.path !== '')).toBe(true);
    }
    for (const problem of problems) {
      expect(problem.message).not.toMatch(INTERNAL);
      if (problem.path === '') continue; // the study itself is not a study: said, without a path
      expect(parentExists(target, parsePath(problem.path)), problem.path).toBe(true);
    }
  }
}

function resolve(value: unknown, path: Path): unknown {
  let current: unknown = value;
  for (const key of path)
    current =
      typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined;
  return current;
}

describe('reading mutated records (property-based)', () => {
  it('the unmutated bases read without a single problem', () => {
    for (const base of BASES) {
      const reading = readRecordValue(base, options);
      expect(
        reading.ok && reading.studies.map((study) => study.ok && study.trial.recordProblems),
      ).toEqual([[]]);
    }
  });

  it(`never throws, and every problem names a path into the record (${VALUE_RUNS} records)`, () => {
    let withProblems = 0;
    fc.assert(
      fc.property(mutatedRecord, (record) => {
        const reading = readRecordValue(record, options);
        checkReading(record, reading);
        const problems =
          !reading.ok ||
          reading.studies.some((study) => !study.ok || study.trial.recordProblems.length > 0);
        if (problems) withProblems++;
      }),
      { numRuns: VALUE_RUNS, seed: 20261130 },
    );
    // The mutations do break records (the property is not about clean ones only).
    expect(withProblems).toBeGreaterThan(VALUE_RUNS / 4);
  }, 120_000);

  it(`a search response of mutated records reads each on its own (${TEXT_RUNS / 2} responses)`, () => {
    fc.assert(
      fc.property(fc.array(mutatedRecord, { minLength: 1, maxLength: 4 }), (studies) => {
        const reading = readRecordValue({ studies }, options);
        expect(reading.ok && reading.studies.length).toBe(studies.length);
        checkReading({ studies }, reading);
      }),
      { numRuns: TEXT_RUNS / 2, seed: 11302026 },
    );
  }, 120_000);

  it(`texts cut short or garbled are refused with a line and column, never a throw (${TEXT_RUNS} texts)`, () => {
    const text = OUR_RECORD_TEXT;
    fc.assert(
      fc.property(
        fc.nat({ max: text.length - 2 }),
        fc.oneof(fc.constant(''), fc.constantFrom('}', ']', ',', '"', ':', 'x', '\u0000', '{')),
        (at, insert) => {
          const garbled =
            insert === '' ? text.slice(0, at) : `${text.slice(0, at)}${insert}${text.slice(at)}`;
          const reading = readRecordText(garbled, options);
          let decoded: unknown;
          try {
            decoded = JSON.parse(garbled);
          } catch {
            // Not JSON: refused, saying where.
            expect(reading.ok ? 'read' : reading.message).toMatch(
              /line \d+, column \d+|the file is empty/,
            );
            return;
          }
          checkReading(decoded, reading);
        },
      ),
      { numRuns: TEXT_RUNS, seed: 42 },
    );
  }, 120_000);
});
