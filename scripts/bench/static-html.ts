import { escapeHtml } from '../../src/lib/html-escape';

/** A term list; a missing value says so in words, like the explorer. */
export function factsHtml(facts: readonly [string, string | null][]): string {
  const items = facts.map(
    ([term, value]) =>
      `<dt>${escapeHtml(term)}</dt><dd${value === null ? ' class="missing"' : ''}>${escapeHtml(value ?? 'Not provided')}</dd>`,
  );
  return `<dl>\n${items.join('\n')}\n</dl>`;
}

/** A bulleted list of the items (escaped); `empty` in words when there are none. */
export function listHtml(items: readonly string[], empty: string): string {
  if (items.length === 0) return `<p class="missing">${escapeHtml(empty)}</p>`;
  return `<ul>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
}

/** A paragraph per paragraph of the text (blank lines); `empty` in words without text. */
export function proseHtml(text: string | null, empty: string): string {
  if (text === null || text.trim() === '') return `<p class="missing">${escapeHtml(empty)}</p>`;
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join('\n');
}

/** A section under its h2 heading (the heading's text is what "painted" looks for). */
export const sectionHtml = (id: string, title: string, body: string) =>
  `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>\n${body}\n</section>`;
