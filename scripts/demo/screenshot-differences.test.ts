import { describe, expect, it } from 'vitest';
import { differences } from './screenshot-differences';

describe('differences', () => {
  const first = new Map([
    ['01-open.png', 'aaa'],
    ['02-sort.png', 'bbb'],
  ]);

  it('is empty when every screenshot has the same hash', () => {
    expect(differences(first, new Map(first))).toEqual([]);
  });

  it('names each screenshot that changed or went missing, with both hashes', () => {
    expect(differences(first, new Map([['01-open.png', 'ccc']]))).toEqual([
      '01-open.png: aaa then ccc',
      '02-sort.png: bbb then missing',
    ]);
  });
});
