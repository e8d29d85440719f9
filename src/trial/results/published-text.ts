import { unescapeMarkdown } from '../markdown-escapes';

/**
 * A results text as the page shows it: markdown escapes removed ("Placebo-\>OL CZP" ->
 * "Placebo->OL CZP"), null when the record has none. A blank text counts as none (nothing to
 * show); any other text, numbers included ("12.3", "NA", "<0.001"), is kept exactly.
 */
export function publishedText(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  return unescapeMarkdown(value);
}
