/**
 * Text folding shared by the normalizer and the gazetteer: comparisons that
 * ignore case, diacritics and punctuation. Pure, browser-safe.
 */

const DIACRITICS = /[\u0300-\u036f]/g;
const NOT_PRINTABLE_ASCII = /[^ -~]/;
const APOSTROPHES = /[’‘'`´ʼ]/g;

/** Lowercase, strip diacritics ("Zürich" -> "zurich"). */
export function stripDiacritics(text: string): string {
  const lower = text.toLowerCase();
  return NOT_PRINTABLE_ASCII.test(lower) ? lower.normalize('NFD').replace(DIACRITICS, '') : lower;
}

/**
 * A compact key for place names: diacritics, case, apostrophes, hyphens, dots and
 * spaces folded away, so "Xi’an", "Xi'an", "Xian" and "XI AN" all give "xian".
 */
export function foldPlaceName(text: string): string {
  return stripDiacritics(text).replace(/[’‘'`´ʼ\-.\s]/g, '');
}

/**
 * The words of a name for whole-word comparison: diacritics and case folded,
 * apostrophes dropped ("People's" -> "peoples"), other punctuation splits words.
 */
export function foldWords(text: string): string[] {
  return stripDiacritics(text)
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** True when `needle` occurs in `haystack` as a contiguous run of whole words. */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}
