import { describe, expect, it } from 'vitest';
import { documentTypeInWords, formatDocumentSize, formatUploadDate } from './document-facts';
import { DOC } from './documents.test-support';

describe('documentTypeInWords', () => {
  it("is the record's label when it has one, as published", () => {
    expect(documentTypeInWords({ ...DOC, label: 'Study Protocol', hasSap: true })).toBe(
      'Study Protocol',
    );
  });

  it('says what the flags say the document holds, when there is no label', () => {
    expect(documentTypeInWords({ ...DOC, hasSap: true })).toBe('Statistical Analysis Plan');
    expect(documentTypeInWords({ ...DOC, hasProtocol: true, hasSap: true, hasIcf: false })).toBe(
      'Study Protocol and Statistical Analysis Plan',
    );
    expect(documentTypeInWords({ ...DOC, hasProtocol: true, hasSap: true, hasIcf: true })).toBe(
      'Study Protocol, Statistical Analysis Plan, and Informed Consent Form',
    );
  });

  it('is null when the record says neither', () => {
    expect(documentTypeInWords({ ...DOC, typeAbbrev: 'Prot', hasProtocol: false })).toBeNull();
  });
});

describe('formatUploadDate', () => {
  it('says the day in words and keeps the time as published', () => {
    expect(formatUploadDate('2019-04-27T15:51')).toBe('April 27, 2019, 15:51');
    expect(formatUploadDate('2021-05-03T03:55:09')).toBe('May 3, 2021, 03:55:09');
    expect(formatUploadDate('2021-05-03')).toBe('May 3, 2021');
  });
});

describe('formatDocumentSize', () => {
  it('rounds to kB or MB and keeps the exact byte count', () => {
    expect(formatDocumentSize(9785526)).toBe('9.3 MB (9,785,526 bytes)');
    expect(formatDocumentSize(1523475)).toBe('1.5 MB (1,523,475 bytes)');
    expect(formatDocumentSize(594549)).toBe('581 kB (594,549 bytes)');
    expect(formatDocumentSize(1023 * 1024)).toBe('1.0 MB (1,047,552 bytes)');
    expect(formatDocumentSize(1024)).toBe('1 kB (1,024 bytes)');
  });

  it('says small sizes in bytes only', () => {
    expect(formatDocumentSize(1023)).toBe('1,023 bytes');
    expect(formatDocumentSize(1)).toBe('1 byte');
    expect(formatDocumentSize(0)).toBe('0 bytes');
  });
});
