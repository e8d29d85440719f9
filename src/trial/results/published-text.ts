import { unescapeMarkdown } from '../markdown-escapes';

/** Record text as shown: markdown escapes removed; missing stays null (never ""). */
export function publishedText(text: string | undefined): string | null {
  return text === undefined ? null : unescapeMarkdown(text);
}
