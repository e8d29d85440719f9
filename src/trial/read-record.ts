import { findJsonSyntaxFault } from './json-syntax';
import { megabytes } from './megabytes';
import type { NormalizeOptions } from './normalize-trial';
import { classifyRecord, notAStudyItem } from './record-kind';
import { studyToTrial } from './study-to-trial';
import type { Results } from './results/results-schema';
import type { RecordProblem, Trial } from './trial-schema';
import { plural } from './count-text';

/**
 * One file a user (or `npm run data`) brings, read the same way in the build and the browser:
 * decoded, recognised, and each study in it checked and normalized. Never throws: every
 * outcome is a value with messages a reader can act on.
 */

/** Records up to this size are read (ClinicalTrials.gov's largest records are a few MB). */
export const MAX_RECORD_BYTES = 50 * 1024 * 1024;

export type StudyReading =
  /** `pathInFile`: where the study sits in the file ("studies[2]"; "" when the file is the study). */
  | { ok: true; pathInFile: string; trial: Trial; results: Results | null }
  | { ok: false; pathInFile: string; problems: RecordProblem[] };

export type RecordReading =
  | { ok: true; studies: StudyReading[] }
  /** Nothing in the file could be read as a study: why. */
  | { ok: false; message: string };

/** Refuses a file before it is read when it is larger than MAX_RECORD_BYTES. */
export function sizeRefusal(bytes: number): string | null {
  if (bytes <= MAX_RECORD_BYTES) return null;
  return `the file is ${megabytes(bytes)}; records up to ${megabytes(MAX_RECORD_BYTES)} are read`;
}

const V2_JSON = 'https://clinicaltrials.gov/api/v2/studies/<NCT id>';

/** A name for text that is plainly some other format, or null. */
function otherFormat(text: string): string | null {
  const start = text.slice(0, 512).trimStart();
  if (start.startsWith('%PDF-')) return 'this is a PDF document, not JSON';
  if (start.startsWith('PK\u0003\u0004'))
    return 'this is a ZIP archive, not JSON: unpack it and open the .json files inside';
  if (/^<!doctype html|^<html/i.test(start))
    return `this is an HTML page, not JSON: save the study's JSON from ${V2_JSON}, not the web page`;
  if (start.startsWith('<'))
    return `this is XML, not JSON (the retired classic API served XML): download the study's JSON from ${V2_JSON}`;
  const firstLine = start.split('\n', 1)[0] ?? '';
  if (/NCT Number/i.test(firstLine) && /[,\t]/.test(firstLine))
    return `this is a CSV or TSV table (a ClinicalTrials.gov search export), not JSON: download the studies as JSON from ${V2_JSON}`;
  return null;
}

function decode(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === '')
    return { ok: false, message: 'the file is empty: expected a ClinicalTrials.gov study in JSON' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const format = otherFormat(text);
    if (format !== null) return { ok: false, message: format };
    const fault = findJsonSyntaxFault(text);
    if (fault === null) return { ok: false, message: 'not valid JSON' };
    const where = `line ${fault.line}, column ${fault.column}`;
    return {
      ok: false,
      message: fault.truncated
        ? `the JSON stops at ${where} before it is complete (${plural(fault.openValues, 'object or list is', 'objects or lists are')} still open): the file looks cut short; download it again`
        : `not valid JSON: ${where}: ${fault.reason}`,
    };
  }
}

function readStudy(pathInFile: string, value: unknown, options: NormalizeOptions): StudyReading {
  const why = pathInFile === '' ? null : notAStudyItem(value);
  if (why !== null) return { ok: false, pathInFile, problems: [{ path: '', message: why }] };
  const result = studyToTrial(value, options);
  return result.ok
    ? { ok: true, pathInFile, trial: result.trial, results: result.results }
    : { ok: false, pathInFile, problems: result.problems };
}

/** A decoded JSON value -> its studies, each a Trial or its problems. */
export function readRecordValue(value: unknown, options: NormalizeOptions): RecordReading {
  const kind = classifyRecord(value);
  if (kind.kind === 'refused') return { ok: false, message: kind.message };
  return {
    ok: true,
    studies: kind.studies.map((study) => readStudy(study.pathInFile, study.value, options)),
  };
}

/** The text of a file -> its studies, or why none can be read. A leading byte-order mark is ignored. */
export function readRecordText(text: string, options: NormalizeOptions): RecordReading {
  const decoded = decode(text.startsWith('\uFEFF') ? text.slice(1) : text);
  return decoded.ok ? readRecordValue(decoded.value, options) : decoded;
}
