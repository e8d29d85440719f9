/**
 * The benchmark's baseline, the physical limit: the explorer's own prerendered page of a trial with
 * every script taken out (the app's module scripts and preloads, its data blocks, the no-JavaScript
 * style sheet), so the same HTML, the same style sheets and the same map picture, painted as the
 * browser parses it, with nothing to run. The explorer's figures against it are the cost of the
 * app's code alone. Asset addresses in the page are root-relative, so the copy works at any path.
 */
export function staticCopy(prerenderedHtml: string): string {
  const copy = prerenderedHtml
    .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/gi, '')
    .replace(/\s*<noscript\b[\s\S]*?<\/noscript>/gi, '');
  if (!copy.includes('<div id="root" data-prerendered="')) {
    throw new Error('the page to copy is not a prerendered trial page');
  }
  return copy;
}
