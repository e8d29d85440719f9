import { describe, expect, it } from 'vitest';
import { providedDocumentUrl } from './provided-document-url';

describe('providedDocumentUrl', () => {
  it("gives the document's ClinicalTrials.gov address, foldered by the last two digits", () => {
    expect(providedDocumentUrl('NCT02552212', 'Prot_000.pdf')).toBe(
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/Prot_000.pdf',
    );
    expect(providedDocumentUrl('NCT05594173', 'Prot_SAP_000.pdf')).toBe(
      'https://clinicaltrials.gov/ProvidedDocs/73/NCT05594173/Prot_SAP_000.pdf',
    );
  });

  it('percent-encodes what an address cannot hold as is', () => {
    expect(providedDocumentUrl('NCT02552212', 'ICF 2 (final)&v=3.pdf')).toBe(
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/ICF%202%20(final)%26v%3D3.pdf',
    );
    expect(providedDocumentUrl('NCT02552212', '%2e%2e.pdf')).toBe(
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/%252e%252e.pdf',
    );
    expect(providedDocumentUrl('NCT02552212', 'Protokoll_ü.pdf')).toBe(
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/Protokoll_%C3%BC.pdf',
    );
  });

  it('is null for anything but an NCT id', () => {
    for (const nctId of [
      '',
      'NCT0255221',
      'NCT025522120',
      'nct02552212',
      'NCT02552212/../x',
      ' NCT02552212',
    ])
      expect(providedDocumentUrl(nctId, 'Prot_000.pdf'), nctId).toBeNull();
  });

  it('is null for a file name that could leave its folder or change the address', () => {
    const hostile = [
      '',
      '.',
      '..',
      '../../evil.pdf',
      'a/b.pdf',
      'a\\b.pdf',
      '..pdf',
      'Prot.pdf?download=1',
      'Prot.pdf#page=2',
      'Prot\u0000.pdf',
      'Prot\n.pdf',
      'Prot\u007f.pdf',
      'Prot\u0085.pdf',
      'Prot\u202e.fdp',
      'Prot\u200b.pdf',
      'Prot\u2028.pdf',
      'Prot\u2029.pdf',
      '\ud800.pdf',
      ' Prot_000.pdf',
      'Prot_000.pdf ',
      `${'a'.repeat(252)}.pdf`,
    ];
    for (const filename of hostile)
      expect(providedDocumentUrl('NCT02552212', filename), JSON.stringify(filename)).toBeNull();
  });
});
