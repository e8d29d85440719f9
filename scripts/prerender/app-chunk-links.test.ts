import { describe, expect, it } from 'vitest';
import { appChunkLinks, withAppChunk, type BuildManifest } from './app-chunk-links';

const manifest: BuildManifest = {
  'index.html': {
    file: 'assets/index-1.js',
    imports: ['_shared-2.js'],
    css: ['assets/index-1.css'],
  },
  'src/app/start-app.tsx': {
    file: 'assets/start-app-3.js',
    imports: ['_shared-2.js', '_table-4.js'],
    css: ['assets/start-app-3.css'],
  },
  '_shared-2.js': { file: 'assets/shared-2.js' },
  '_table-4.js': {
    file: 'assets/table-4.js',
    imports: ['_shared-2.js'],
    css: ['assets/table-4.css'],
  },
  'src/features/sites/sites-map.tsx': {
    file: 'assets/sites-map-5.js',
    css: ['assets/sites-map-5.css'],
  },
};

describe('appChunkLinks', () => {
  it('preloads the app chunk and what it imports, once each, and links their styles', () => {
    expect(appChunkLinks(manifest, '/')).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/start-app-3.css">',
      '<link rel="stylesheet" crossorigin href="/assets/table-4.css">',
      '<link rel="modulepreload" crossorigin href="/assets/start-app-3.js">',
      '<link rel="modulepreload" crossorigin href="/assets/shared-2.js">',
      '<link rel="modulepreload" crossorigin href="/assets/table-4.js">',
    ]);
  });

  it('says so when the build has no app chunk', () => {
    expect(() => appChunkLinks({}, '/')).toThrow(/has no src\/app\/start-app\.tsx/);
  });

  it('adds only the links the template lacks, in its head', () => {
    const template =
      '<head><link rel="modulepreload" crossorigin href="/assets/shared-2.js"></head><body></body>';
    const html = withAppChunk(template, appChunkLinks(manifest, '/'));
    expect(html.match(/shared-2\.js/g)).toHaveLength(1);
    expect(html.indexOf('start-app-3.js')).toBeLessThan(html.indexOf('</head>'));
  });
});
