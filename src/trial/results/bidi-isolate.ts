/**
 * Record text placed inside a line of our own words ("A vs B", "the estimate "x" is not a
 * number") is isolated for the Unicode bidirectional algorithm, so a right-to-left title or a
 * stray override mark (U+202E) cannot reorder the words around it. For plain strings (chart
 * labels, summaries, names), where a <bdi> element cannot go: First Strong Isolate (U+2068) ...
 * Pop Directional Isolate (U+2069), and only around text that has right-to-left letters or
 * direction controls, so left-to-right text stays exactly as published.
 */
const NEEDS_ISOLATION =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

export function isolateBidi(text: string): string {
  return NEEDS_ISOLATION.test(text)
    ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`
    : text;
}
