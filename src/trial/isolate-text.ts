const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Hebrew, Arabic, Syriac, Thaana, N'Ko …, their presentation forms, and the RTL astral blocks. */
const RIGHT_TO_LEFT =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

/**
 * Record text for a plain-string place beside the app's own words (a tooltip, an accessible
 * name, a chart label or summary: "A vs B"), where no <bdi> element can go. Text that has
 * right-to-left letters or bidi controls is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL
 * ISOLATE with its controls removed (an unmatched U+2069 would close the isolate early), so it
 * cannot reorder the words around it; left-to-right text is returned exactly as published.
 */
export function isolateText(text: string): string {
  const clean = text.replace(BIDI_CONTROLS, '');
  if (clean === text && !RIGHT_TO_LEFT.test(text)) return text;
  return `\u2068${clean}\u2069`;
}
