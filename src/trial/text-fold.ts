/**
 * The one text-folding rule, for search, matching and slugs: case, accents and other combining
 * marks, letters that carry their stroke in themselves (Ł, ø, đ, ß …) and typographic apostrophes
 * all fold away, so "Łódź" finds "Lodz" and "Xi’an" finds "Xi'an". Shared by the normalizer, the
 * gazetteer, the site search, the synthetic generator and the e2e specs. Pure, browser-safe.
 */

const COMBINING_MARKS = /\p{M}/gu;
const NOT_PRINTABLE_ASCII = /[^ -~]/;
const APOSTROPHE_LIKE = /[’‘`´ʼ]/g;
/** Letters NFD leaves whole (their stroke or ligature is part of the letter), already lower case. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  ŀ: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/**
 * Text for comparing: lower case, accents and other combining marks removed ("São" -> "sao"),
 * letters with a stroke spelt plainly ("Łódź" -> "lodz", "Straße" -> "strasse"), typographic
 * apostrophes as plain ones ("Xi’an" -> "xi'an"). Spaces and other punctuation are kept.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NOT_PRINTABLE_ASCII.test(lower)) return lower.replace(APOSTROPHE_LIKE, "'");
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(APOSTROPHE_LIKE, "'");
}

/**
 * A compact key for place names: folded, with apostrophes, hyphens, dots and spaces removed, so
 * "Xi’an", "Xi'an", "Xian" and "XI AN" all give "xian".
 */
export function foldPlaceName(text: string): string {
  return foldText(text).replace(/['\-.\s]/g, '');
}

/**
 * The words of a name for whole-word comparison: folded, apostrophes dropped
 * ("People's" -> "peoples"), other punctuation splits words.
 */
export function foldWords(text: string): string[] {
  return foldText(text)
    .replaceAll("'", '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * ASCII letters and digits joined by hyphens, for an address or a file name:
 * "St. Mary's Hospital São Paulo" -> "st-marys-hospital-sao-paulo".
 */
export function slug(text: string): string {
  return foldWords(text)
    .join('-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** True when `needle` occurs in `haystack` as a contiguous run of whole words. */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}
