import { describe, expect, it } from 'vitest';
import { staticCopy } from './static-copy';

const PAGE = `<!doctype html><html><head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'">
    <title>T</title>
    <noscript><link rel="stylesheet" href="/no-js.css" /></noscript>
    <script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index.css">
    <link rel="modulepreload" crossorigin href="/assets/start-app.js">
  </head><body>
    <div id="root" data-prerendered="NCT01573923"><main><h1>T</h1><img class="map-picture" src="/data/maps/NCT01573923.svg" alt="map"></main></div>
    <script type="application/json" id="catalog-data">{"a":"\\u003c/script\\u003e"}</script>
    <script type="application/json" id="trial-data">{}</script>
  </body></html>`;

describe('staticCopy', () => {
  it('keeps the markup, the style sheets and the picture, and takes out every script', () => {
    const copy = staticCopy(PAGE);
    expect(copy).not.toMatch(/<script|modulepreload|no-js\.css/);
    expect(copy).toContain('<link rel="stylesheet" crossorigin href="/assets/index.css">');
    expect(copy).toContain('<img class="map-picture" src="/data/maps/NCT01573923.svg" alt="map">');
    expect(copy).toContain('<h1>T</h1>');
  });

  it('refuses a page that is not a prerendered trial page', () => {
    expect(() => staticCopy('<html><div id="root"></div></html>')).toThrow(/not a prerendered/);
  });
});
