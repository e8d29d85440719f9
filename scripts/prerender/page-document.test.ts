import { describe, expect, it } from 'vitest';
import { pageDocument, withoutScripts, type PageParts } from './page-document';
import { pageProblems } from './page-checks';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39;">
    <meta name="description" content="Trial Explorer: generic." />
    <title>Trial Explorer</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const parts: PageParts = {
  rootHtml: '<main><h1>Stem cells &amp; cirrhosis</h1></main>',
  nctId: 'NCT01573923',
  title: 'Stem cells & cirrhosis (NCT01573923) · Trial Explorer',
  description: 'A "quoted" summary',
  base: '/',
  canonical: '/trials/NCT01573923/',
  catalog: { trials: ['</script>'] },
  trial: { nctId: 'NCT01573923' },
};

describe('pageDocument', () => {
  it('puts the markup in #root, the trial in the head, and the data after the markup', () => {
    const html = pageDocument(TEMPLATE, parts);
    expect(html).toContain(
      '<div id="root" data-prerendered="NCT01573923"><main><h1>Stem cells &amp; cirrhosis</h1></main></div>',
    );
    expect(html).toContain(
      '<title>Stem cells &amp; cirrhosis (NCT01573923) · Trial Explorer</title>',
    );
    expect(html).toContain('<meta name="description" content="A &quot;quoted&quot; summary" />');
    expect(html).not.toContain('Trial Explorer: generic.');
    expect(html).toContain('<link rel="canonical" href="/trials/NCT01573923/" />');
    expect(html).toContain('<noscript><link rel="stylesheet" href="/no-js.css" /></noscript>');
    expect(html.indexOf('id="catalog-data"')).toBeGreaterThan(html.indexOf('</main>'));
    expect(html).toContain('{"trials":["\\u003c/script\\u003e"]}');
    expect(html).toContain(
      '<script type="application/json" id="trial-data">{"nctId":"NCT01573923"}</script>',
    );
    expect(pageProblems('page', html)).toEqual([]);
  });

  it('leaves the trial out when it is too big to carry, and adds blocking scripts by address', () => {
    const html = pageDocument(TEMPLATE, { ...parts, trial: null, blockingScripts: ['/boot.js'] });
    expect(html).not.toContain('id="trial-data"');
    expect(html).toContain('<script src="/boot.js"></script>');
  });

  it('names on #root the embed view and the day the markup was drawn for', () => {
    const html = pageDocument(TEMPLATE, { ...parts, view: 'map', day: '2026-12-01' });
    expect(html).toContain(
      '<div id="root" data-prerendered="NCT01573923" data-prerendered-view="map" data-prerendered-on="2026-12-01">',
    );
  });

  it('refuses a template that was already rendered into', () => {
    const once = pageDocument(TEMPLATE, parts);
    expect(() => pageDocument(once, parts)).toThrow(/the page template has no/);
  });

  it('writes a page without the app: no scripts, no data', () => {
    const html = pageDocument(withoutScripts(TEMPLATE), { ...parts, catalog: null, trial: null });
    expect(html).not.toContain('<script');
    expect(html).toContain('<h1>Stem cells &amp; cirrhosis</h1>');
  });
});
