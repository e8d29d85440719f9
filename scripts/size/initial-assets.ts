/**
 * The files a browser must fetch before the first view can run: the module scripts, module
 * preloads and style sheets (but the print style sheet) that the built index.html names. Everything
 * else is loaded on demand.
 */
export function initialAssets(indexHtml: string): string[] {
  const assets: string[] = [];
  // What a <noscript> holds loads only with JavaScript off (the prerendered pages' no-js.css).
  const withScripts = indexHtml.replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '');
  for (const [tag] of withScripts.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    // A print style sheet (public/print.css) is fetched without delaying the screen, and used on paper only.
    const printOnly = /\bmedia=["']?print\b/i.test(tag);
    const isInitialLink = (rel === 'stylesheet' && !printOnly) || rel === 'modulepreload';
    const url = (isScript ? /\bsrc=["']?([^"'\s>]+)/i : /\bhref=["']?([^"'\s>]+)/i).exec(tag)?.[1];
    if (url && (isScript || isInitialLink) && /\.(m?js|css)$/.test(url))
      assets.push(url.replace(/^\//, ''));
  }
  return assets;
}
