import { NCT_ID_PATTERN } from '../trial-format';

/**
 * The ClinicalTrials.gov address of a provided document:
 * https://clinicaltrials.gov/ProvidedDocs/<last two digits>/<NCT id>/<file name>. Built only from
 * a valid NCT id and a file name that cannot leave that folder or change the address (no slash,
 * backslash, "." or "..", query, fragment, control or invisible formatting character); the name is
 * percent-encoded. Null for anything else: the page then shows the name as text. Pure.
 */

const MAX_FILENAME_LENGTH = 255;

/** Controls (C0, DEL, C1), format characters (bidi, zero-width), line separators, lone surrogates. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

function isSafeFilename(filename: string): boolean {
  if (filename.length === 0 || filename.length > MAX_FILENAME_LENGTH) return false;
  if (filename.trim() !== filename) return false;
  if (filename === '.' || filename.includes('..') || /[/\\?#]/.test(filename)) return false;
  return !INVISIBLE.test(filename);
}

export function providedDocumentUrl(nctId: string, filename: string): string | null {
  if (!NCT_ID_PATTERN.test(nctId) || !isSafeFilename(filename)) return null;
  return `https://clinicaltrials.gov/ProvidedDocs/${nctId.slice(-2)}/${nctId}/${encodeURIComponent(filename)}`;
}
