import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './csv';

describe('csvCell', () => {
  it('writes plain text and numbers as they are, and nothing for a missing value', () => {
    expect(csvCell('Lanzhou')).toBe('Lanzhou');
    expect(csvCell(504)).toBe('504');
    expect(csvCell(8.5)).toBe('8.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes a cell holding a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    expect(csvCell('Beijing, China')).toBe('"Beijing, China"');
    expect(csvCell('The "302" hospital')).toBe('"The ""302"" hospital"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('neutralises a cell a spreadsheet would run as a formula (OWASP): = + - @ tab CR', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","Click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    );
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
  });

  it('leaves a signed decimal number as it is: read as a number, never a formula', () => {
    expect(csvCell('-2.50')).toBe('-2.50');
    expect(csvCell('+3')).toBe('+3');
    expect(csvCell(-4)).toBe('-4');
  });
});

describe('csvText', () => {
  it('starts with the byte-order mark and ends every record with CRLF', () => {
    const text = csvText([
      ['Facility', 'City'],
      ['Tongji Hospital', '上海'],
      ['Beijing 302 Hospital', null],
    ]);
    expect(text).toBe('\uFEFFFacility,City\r\nTongji Hospital,上海\r\nBeijing 302 Hospital,\r\n');
  });
});
