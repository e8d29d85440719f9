import { describe, expect, it } from 'vitest';
import { salvageParse } from '../salvage-parse';
import { ctgovLargeDocumentModuleSchema } from './ctgov-documents-schema';
import { providedDocumentsSchema, type ProvidedDocuments } from './documents-schema';
import { normalizeDocuments } from './normalize-documents';
import {
  normalizeCleanly,
  sampleDocumentModule,
  type SampleResultsRecord,
} from './sample-records.test-support';

const normalized = (raw: unknown): ProvidedDocuments =>
  normalizeCleanly(
    ctgovLargeDocumentModuleSchema,
    normalizeDocuments,
    providedDocumentsSchema,
    raw,
  );

const sample = (nctId: SampleResultsRecord) =>
  normalized(sampleDocumentModule(nctId, 'largeDocumentModule'));

describe('normalizeDocuments on the sample records', () => {
  it('NCT02552212: the protocol and the statistical analysis plan', () => {
    expect(sample('NCT02552212')).toEqual({
      noSap: null,
      documents: [
        {
          id: 'document-1',
          typeAbbrev: 'Prot',
          hasProtocol: true,
          hasSap: false,
          hasIcf: false,
          label: 'Study Protocol',
          date: '2018-12-17',
          uploadDate: '2019-04-27T15:51',
          filename: 'Prot_000.pdf',
          size: 9785526,
        },
        {
          id: 'document-2',
          typeAbbrev: 'SAP',
          hasProtocol: false,
          hasSap: true,
          hasIcf: false,
          label: 'Statistical Analysis Plan',
          date: '2020-06-10',
          uploadDate: '2021-05-03T03:55',
          filename: 'SAP_002.pdf',
          size: 1523475,
        },
      ],
    });
  });

  it('NCT05594173: one document that is both protocol and analysis plan', () => {
    expect(sample('NCT05594173').documents).toEqual([
      expect.objectContaining({
        typeAbbrev: 'Prot_SAP',
        hasProtocol: true,
        hasSap: true,
        hasIcf: false,
        label: 'Study Protocol and Statistical Analysis Plan',
        filename: 'Prot_SAP_000.pdf',
        size: 594549,
      }),
    ]);
  });
});

describe('normalizeDocuments quirks', () => {
  it('keeps a partial date partial and missing values null', () => {
    expect(
      normalized({ noSap: true, largeDocs: [{ typeAbbrev: 'ICF', date: '2019-04' }] }),
    ).toEqual({
      noSap: true,
      documents: [
        {
          id: 'document-1',
          typeAbbrev: 'ICF',
          hasProtocol: null,
          hasSap: null,
          hasIcf: null,
          label: null,
          date: '2019-04',
          uploadDate: null,
          filename: null,
          size: null,
        },
      ],
    });
  });

  it('removes markdown escapes from the label but never from the file name', () => {
    const [doc] = normalized({
      largeDocs: [{ label: 'Protocol \\(v2\\)', filename: 'Prot\\_000.pdf' }],
    }).documents;
    expect(doc?.label).toBe('Protocol (v2)');
    expect(doc?.filename).toBe('Prot\\_000.pdf');
  });

  it('reports invalid values with their paths, leaves them out and keeps the rest', () => {
    const parsed = salvageParse(ctgovLargeDocumentModuleSchema, {
      largeDocs: [
        {
          filename: 'Prot_000.pdf',
          size: -5,
          date: '2018-02-30',
          uploadDate: '2019-04-27T15:51<b>',
        },
        { filename: 'SAP_001.pdf', uploadDate: '<b>2021-05-03T03:55' },
      ],
    });
    if (!parsed.ok) throw new Error('unreadable');
    expect(parsed.problems).toEqual([
      {
        path: 'largeDocs[0].date',
        message: 'expected a day that exists in that month, got "2018-02-30"',
      },
      {
        path: 'largeDocs[0].uploadDate',
        message: 'expected a date and time as YYYY-MM-DDThh:mm, got "2019-04-27T15:51<b>"',
      },
      { path: 'largeDocs[0].size', message: 'expected a count of 0 or more, got -5' },
      {
        path: 'largeDocs[1].uploadDate',
        message: 'expected a date and time as YYYY-MM-DDThh:mm, got "<b>2021-05-03T03:55"',
      },
    ]);
    const { documents } = normalizeDocuments(parsed.data);
    expect(documents.map((doc) => [doc.filename, doc.size, doc.date, doc.uploadDate])).toEqual([
      ['Prot_000.pdf', null, null, null],
      ['SAP_001.pdf', null, null, null],
    ]);
  });
});
