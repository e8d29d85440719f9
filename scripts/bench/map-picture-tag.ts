/** The explorer's map picture: an `<img>` with the class `map-picture` (src/features/sites/map-picture/). */
const PICTURE_TAG = /<img\b[^>]*\bclass="(?:[^"]*\s)?map-picture(?:\s[^"]*)?"[^>]*>/i;
const SRC = /\bsrc="([^"]*)"/i;
/** A src that does not depend on the page's address: with a scheme (data:, http:) or from the root. */
const ADDRESS_FREE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;
const ORIGIN = 'http://page.invalid';

/**
 * The map picture's tag from a prerendered page at `pagePath` (e.g. "/trials/NCT01573923/"), with
 * a relative src made root-relative, so the static page (at another address) shows the very same
 * picture; null when the page has none.
 */
export function mapPictureTag(html: string, pagePath: string): string | null {
  const tag = PICTURE_TAG.exec(html)?.[0];
  if (tag === undefined) return null;
  return tag.replace(SRC, (whole, src: string) =>
    ADDRESS_FREE.test(src)
      ? whole
      : `src="${new URL(src, new URL(pagePath, ORIGIN)).href.slice(ORIGIN.length)}"`,
  );
}
