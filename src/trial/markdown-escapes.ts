/**
 * ClinicalTrials.gov stores entered text as markdown, so punctuation comes backslash-escaped
 * ("Placebo-\>OL CZP", "\>= 4"). Shown as text, the escapes go. Pure, browser-safe.
 */

/** A backslash before any ASCII punctuation is a markdown escape. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** Removes markdown backslash escapes: "\>= 4" -> ">= 4"; a backslash before a letter stays. */
export function unescapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_ESCAPE, '$1');
}
