import type { Page } from '@playwright/test';
import { resultsFileSchema, type ResultsFile } from '../src/trial/results/results-file-schema';
import { mapStrings, TEXT_PAYLOADS, URL_PAYLOAD } from './hostile-record';

/** A word of 5,000 letters without a space: it must wrap (or scroll in its table's box), never widen the page. */
export const LONG_WORD = 'W'.repeat(5_000);

/** Strings that are structure, not text: the ids results refer to each other by. */
const STRUCTURAL_KEYS = new Set(['id', 'groupId', 'groupIds']);
const LINK_KEYS = new Set(['email', 'phone']);
/** Numbers as published: on the outcome measures of even index they stay numbers, so charts are drawn (with hostile labels). */
const NUMBER_KEYS = new Set([
  'value',
  'spread',
  'lowerLimit',
  'upperLimit',
  'numSubjects',
  'numUnits',
  'paramValue',
  'ciPctValue',
  'ciLowerLimit',
  'ciUpperLimit',
]);

/** Where the long word goes: a heading and captions, a table's column header, a flow group, an event term. */
const LONG_WORD_PATHS = new Set([
  'results.outcomeMeasures.outcomeMeasures.0.title',
  'results.baseline.groups.0.title',
  'results.participantFlow.groups.0.title',
  'results.adverseEvents.seriousEvents.0.term',
  'results.moreInfo.pointOfContact.organization',
]);

/** Free-text fields a record may leave empty: each gets text (then a payload) too. */
const FREE_TEXT_KEYS = new Set([
  'title',
  'description',
  'comment',
  'recruitmentDetails',
  'preAssignmentDetails',
  'populationDescription',
  'timeFrame',
  'groupDescription',
  'pValueComment',
  'estimateComment',
  'statisticalComment',
  'nonInferiorityComment',
  'otherAnalysisDescription',
  'allCauseMortalityComment',
  'notes',
  'limitationsAndCaveats',
  'otherDetails',
]);

/** The value with every empty free-text field given a text. */
function withEveryField(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withEveryField);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        item === null && FREE_TEXT_KEYS.has(key) ? 'text' : withEveryField(item),
      ]),
    );
  }
  return value;
}

const keptNumber = (path: readonly (string | number)[], key: string) =>
  NUMBER_KEYS.has(key) &&
  path[1] === 'outcomeMeasures' &&
  typeof path[3] === 'number' &&
  path[3] % 2 === 0;

/**
 * A results file with a payload in every string its schema leaves free (free-text fields the
 * record leaves empty get one too): text fields get the
 * TEXT_PAYLOADS in turn (appended to the published text), the results contact's e-mail and phone
 * become URL_PAYLOAD, a few places get LONG_WORD. Ids keep their values, and so do the numbers of
 * every other outcome measure. A value the schema refuses (codes, dates) is put back, so the file
 * stays one the page reads.
 */
export function withHostileResults(file: ResultsFile): ResultsFile {
  const source = withEveryField(file);
  const refused = new Set<string>();
  for (let attempt = 0; attempt < 10; attempt += 1) {
    let next = 0;
    const candidate = mapStrings(source, [], (text, path) => {
      const key = String(path.at(-1));
      const parentKey = String(path.at(-2));
      const where = path.join('.');
      if (refused.has(where) || where === 'nctId') return text;
      if (STRUCTURAL_KEYS.has(key) || STRUCTURAL_KEYS.has(parentKey)) return text;
      if (keptNumber(path, key)) return text;
      if (LONG_WORD_PATHS.has(where)) return `${text} ${LONG_WORD}`;
      if (LINK_KEYS.has(key)) return URL_PAYLOAD;
      const payload = TEXT_PAYLOADS[next % TEXT_PAYLOADS.length] ?? '';
      next += 1;
      return `${text} ${payload}`;
    });
    const parsed = resultsFileSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) refused.add(issue.path.map(String).join('.'));
  }
  throw new Error('withHostileResults: no valid file after putting back every refused value');
}

/**
 * Serves a changed copy of a bundled trial's results file (public/data/results/<id>.json),
 * parsed by the app's own schema on the way in and out. Resolves to the file served, once served.
 */
export async function serveModifiedResults(
  page: Page,
  nctId: string,
  change: (file: ResultsFile) => ResultsFile,
): Promise<{ served: Promise<ResultsFile> }> {
  let resolve: (file: ResultsFile) => void = () => undefined;
  const served = new Promise<ResultsFile>((done) => (resolve = done));
  await page.route(`**/data/results/${nctId}.json`, async (route) => {
    const response = await route.fetch();
    const file = resultsFileSchema.parse(await response.json());
    const changed = resultsFileSchema.parse(change(file));
    await route.fulfill({ response, json: changed });
    resolve(changed);
  });
  return { served };
}
