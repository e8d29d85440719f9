import { describe, expect, it } from 'vitest';
import { initialAssets } from './initial-assets';

describe('initialAssets', () => {
  it('lists the entry script, module preloads and style sheets, without the leading slash', () => {
    const html = `<head>
      <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
    </head>`;
    expect(initialAssets(html)).toEqual([
      'assets/index-abc.js',
      'assets/vendor-def.js',
      'assets/index-ghi.css',
    ]);
  });

  it('leaves out icons, inline scripts and links that are not loaded up front', () => {
    const html = `<link rel="icon" href="/favicon.svg"><link rel="prefetch" href="/assets/map.js">
      <script>console.log(1)</script><link rel="manifest" href="/app.webmanifest">`;
    expect(initialAssets(html)).toEqual([]);
  });

  it('leaves out what only loads with JavaScript off', () => {
    const html = `<noscript><link rel="stylesheet" href="/no-js.css" /></noscript>
      <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">`;
    expect(initialAssets(html)).toEqual(['assets/index-ghi.css']);
  });

  it('leaves out the print style sheet (it waits for paper, not for the screen)', () => {
    const html = `<link rel="stylesheet" href="/print.css" media="print" />
      <link rel="stylesheet" crossorigin href="/assets/index-ghi.css" media="screen">`;
    expect(initialAssets(html)).toEqual(['assets/index-ghi.css']);
  });
});
