import { describe, expect, it } from 'vitest';
import type { BaselineGroup } from './baseline-schema';
import { baselineColumns } from './baseline-columns';

const group = (id: string, isTotal = false): BaselineGroup => ({
  id,
  title: `Group ${id}`,
  description: null,
  isTotal,
});

describe('baselineColumns', () => {
  it('moves a Total listed first to the end, the other groups in record order', () => {
    const columns = baselineColumns([group('BG000', true), group('BG001'), group('BG002')]);
    expect(columns.map(({ id }) => id)).toEqual(['BG001', 'BG002', 'BG000']);
  });

  it('keeps the record order when the Total is already last, or when there is none', () => {
    expect(
      baselineColumns([group('BG000'), group('BG001'), group('BG002', true)]).map(({ id }) => id),
    ).toEqual(['BG000', 'BG001', 'BG002']);
    expect(baselineColumns([group('BG001'), group('BG000')]).map(({ id }) => id)).toEqual([
      'BG001',
      'BG000',
    ]);
    expect(baselineColumns([])).toEqual([]);
  });
});
