const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Record text for a plain-string place beside the app's own words (a tooltip, an accessible
 * description), where no <bdi> element can go: its bidi controls removed (an unmatched U+2069
 * would close the isolate early) and the rest wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL
 * ISOLATE, so a right-to-left override in it cannot reorder the words around it.
 */
export function isolateText(text: string): string {
  return `\u2068${text.replace(BIDI_CONTROLS, '')}\u2069`;
}
