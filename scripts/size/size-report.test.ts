import { describe, expect, it } from 'vitest';
import {
  formatReport,
  gzipBytes,
  judge,
  kindOf,
  summarizeGazetteer,
  type AssetSize,
} from './size-report';

const initial = new Set(['assets/index-a.js', 'assets/index-b.css']);

describe('kindOf', () => {
  it('tells initial code, lazy chunks, the print style sheet, data and the example host page apart', () => {
    expect(kindOf('assets/index-a.js', initial)).toBe('initial');
    expect(kindOf('assets/sites-map-c.js', initial)).toBe('lazy');
    expect(kindOf('assets/countries-50m-d.json', initial)).toBe('data');
    expect(kindOf('data/trials/NCT01573923.json', initial)).toBe('data');
    expect(kindOf('embed-example.js', initial)).toBe('host example');
    expect(kindOf('print.css', initial)).toBe('print');
  });
});

describe('judge', () => {
  const sizes: AssetSize[] = [
    { path: 'assets/index-a.js', kind: 'initial', raw: 400_000, gzip: 120_000 },
    { path: 'assets/index-b.css', kind: 'initial', raw: 9_000, gzip: 2_500 },
    { path: 'assets/sites-map-c.js', kind: 'lazy', raw: 150_000, gzip: 46_000 },
  ];

  it('adds up the initial files only', () => {
    expect(judge(sizes, 150_000)).toEqual({
      initialGzip: 122_500,
      budget: 150_000,
      withinBudget: true,
    });
  });

  it('fails one byte over the budget', () => {
    expect(judge(sizes, 122_499).withinBudget).toBe(false);
  });

  it('prints every file and a verdict naming the total and the budget', () => {
    const lines = formatReport(sizes, judge(sizes, 100_000));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^initial\s+assets\/index-a\.js\s+120\.0 kB gzip\s+400\.0 kB raw$/);
    expect(lines[2]).toMatch(/^lazy\s+assets\/sites-map-c\.js/);
    expect(lines[3]).toBe('initial JS+CSS: 122.5 kB gzip of a 100.0 kB budget: OVER BUDGET');
  });
});

describe('gzipBytes', () => {
  it('compresses repetitive content far below its raw size', () => {
    const content = Buffer.from('trial '.repeat(1000));
    expect(gzipBytes(content)).toBeLessThan(content.length / 20);
  });
});

describe('summarizeGazetteer', () => {
  const chunk = (code: string, gzip: number): AssetSize => ({
    path: `data/gazetteer/${code}.json`,
    kind: 'data',
    raw: gzip * 3,
    gzip,
  });
  const sizes = [
    chunk('US', 219_500),
    chunk('CN', 33_000),
    chunk('AD', 200),
    chunk('IT', 120_000),
    chunk('FR', 110_000),
    { path: 'data/gazetteer/world.json', kind: 'data' as const, raw: 214_000, gzip: 90_000 },
  ];

  it('lists the three largest country chunks and world.json, and sums up every chunk in one line', () => {
    const { listed, summary } = summarizeGazetteer(sizes);
    expect(listed.map((size) => size.path)).toEqual([
      'data/gazetteer/US.json',
      'data/gazetteer/IT.json',
      'data/gazetteer/FR.json',
      'data/gazetteer/world.json',
    ]);
    expect(summary).toBe(
      "data         gazetteer: 5 country chunks, 482.7 kB gzip in all, median 110.0 kB (a page loads only its trial's countries)",
    );
  });

  it('says nothing of a build without a gazetteer', () => {
    expect(summarizeGazetteer([chunk('US', 1)].slice(1))).toEqual({ listed: [], summary: null });
  });
});
