import { describe, expect, it } from 'vitest';
import { forestGeometry, wrapText } from './forest-layout';

describe('wrapText', () => {
  it('wraps words into lines that fit', () => {
    expect(wrapText('Placebo (FAS) vs CZP 200 mg Q2W (FAS)', 20, 4)).toEqual([
      'Placebo (FAS) vs CZP',
      '200 mg Q2W (FAS)',
    ]);
  });
  it('cuts a word longer than a line and ends an overlong label with an ellipsis', () => {
    expect(wrapText('x'.repeat(25), 10, 4)).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
    expect(wrapText('aaaa bbbb cccc dddd', 4, 2)).toEqual(['aaaa', 'bbb…']);
  });
});

describe('forestGeometry', () => {
  const rows = [
    { label: 'Placebo (FAS) vs CZP 200 mg Q2W (FAS)', valueText: '15.231 (7.336 to 31.623)' },
  ];
  it('puts label, marks and numbers side by side on a wide screen', () => {
    const geometry = forestGeometry(800, rows);
    expect(geometry.wide).toBe(true);
    expect(geometry.plotRange[0]).toBeGreaterThan(200);
    expect(geometry.plotRange[1]).toBeLessThan(800 - 24 * 7);
  });
  it('stacks the label and numbers above the marks on a 360 px phone, the label whole', () => {
    const geometry = forestGeometry(332, rows);
    expect(geometry.wide).toBe(false);
    expect(geometry.plotRange).toEqual([14, 318]);
    expect(geometry.rows[0]?.labelLines).toEqual(['Placebo (FAS) vs CZP 200 mg Q2W (FAS)']);
    const row = geometry.rows[0];
    expect(row && row.markY > row.valueY).toBe(true);
  });
});
