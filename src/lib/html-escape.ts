/**
 * The one HTML escaper: text (or an attribute value in quotes) as HTML, and back. Used by the
 * embed snippet, the bench's static pages, the CSP plugin (reading the policy Vite wrote) and the
 * e2e specs. Pure: runs in Node and in the browser.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const UNESCAPES: Record<string, string> = Object.fromEntries(
  Object.entries(ESCAPES).map(([character, entity]) => [entity, character]),
);

/** The five characters that can break out of text or a quoted attribute, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** The inverse of `escapeHtml`: its five entities back to their characters (other entities stay). */
export function unescapeHtml(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity] ?? entity);
}

/**
 * A URL as a quoted attribute value that stays readable: escaped, except the `&` that separate
 * query parameters (`&name=`), which an attribute never reads as a character reference.
 */
export function escapeUrlAttribute(url: string): string {
  return escapeHtml(url).replace(/&amp;(?=[a-z]+=)/gi, '&');
}
