// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordFactsProvider } from '@/components/record-facts';
import { valueElementOf, valueOf } from '@/test-support/definition-value';
import { sampleModule } from '@/test-support/sample-results';
import { DocumentsPart } from './documents-part';
import { DOC } from './documents.test-support';

afterEach(cleanup);

const part = () => screen.getByRole('region', { name: 'Documents' });
/** The list item of the document whose h4 has this text. */
function item(heading: string): HTMLElement {
  const h4 = within(part()).getByRole('heading', { level: 4, name: heading });
  const li = h4.closest('li');
  if (li === null) throw new Error(`"${heading}" is not in a list item`);
  return li;
}

describe('DocumentsPart on NCT02552212', () => {
  it('lists the protocol and the statistical analysis plan, each linked to ClinicalTrials.gov', () => {
    render(
      <DocumentsPart documents={sampleModule('NCT02552212', 'documents')} nctId="NCT02552212" />,
    );
    expect(part().id).toBe('results-documents');
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Study Protocol (opens in a new tab)',
      'Statistical Analysis Plan (opens in a new tab)',
    ]);
    const links = within(part()).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/Prot_000.pdf',
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/SAP_002.pdf',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(screen.getByRole('link', { name: 'Study Protocol (opens in a new tab)' })).toBe(
      links[0],
    );
  });

  it("gives each document's file, date, upload time and size", () => {
    render(
      <DocumentsPart documents={sampleModule('NCT02552212', 'documents')} nctId="NCT02552212" />,
    );
    const protocol = item('Study Protocol (opens in a new tab)');
    expect(protocol.querySelector('h4')?.id).toBe('results-documents-document-1');
    expect(valueOf('File', protocol)).toBe('Prot_000.pdf');
    expect(valueOf('Document date', protocol)).toBe('December 17, 2018');
    expect(valueElementOf('Document date', protocol).querySelector('time')?.dateTime).toBe(
      '2018-12-17',
    );
    expect(valueOf('Uploaded', protocol)).toBe('April 27, 2019, 15:51');
    expect(valueOf('Size', protocol)).toBe('9.3 MB (9,785,526 bytes)');
    const sap = item('Statistical Analysis Plan (opens in a new tab)');
    expect(sap.querySelector('h4')?.id).toBe('results-documents-document-2');
    expect(valueOf('File', sap)).toBe('SAP_002.pdf');
    expect(valueOf('Document date', sap)).toBe('June 10, 2020');
    expect(valueOf('Uploaded', sap)).toBe('May 3, 2021, 03:55');
    expect(valueOf('Size', sap)).toBe('1.5 MB (1,523,475 bytes)');
    expect(screen.queryByText(/no statistical analysis plan/)).toBeNull();
  });
});

describe('DocumentsPart on NCT05594173', () => {
  it('names a combined document by its label and gives a size under a megabyte in kB', () => {
    render(
      <DocumentsPart documents={sampleModule('NCT05594173', 'documents')} nctId="NCT05594173" />,
    );
    const doc = item('Study Protocol and Statistical Analysis Plan (opens in a new tab)');
    expect(within(doc).getByRole('link').getAttribute('href')).toBe(
      'https://clinicaltrials.gov/ProvidedDocs/73/NCT05594173/Prot_SAP_000.pdf',
    );
    expect(valueOf('Size', doc)).toBe('581 kB (594,549 bytes)');
    expect(valueOf('Document date', doc)).toBe('January 7, 2020');
  });
});

describe('DocumentsPart with fixtures', () => {
  it('says there are no documents, and that the record states there is no SAP', () => {
    render(<DocumentsPart documents={{ noSap: true, documents: [] }} nctId="NCT02552212" />);
    expect(within(part()).queryByRole('list')).toBeNull();
    expect(part().textContent).toContain('No documents are provided with this record.');
    expect(part().textContent).toContain(
      'The record states that there is no statistical analysis plan for this study.',
    );
  });

  it('names a document from its flags without a label, keeps a partial date partial, says what is missing', () => {
    render(
      <DocumentsPart
        documents={{
          noSap: null,
          documents: [
            { ...DOC, hasProtocol: true, hasIcf: true, date: '2019-03', filename: 'ICF 2.pdf' },
            { ...DOC, id: 'document-3', typeAbbrev: 'Prot', date: '2020' },
          ],
        }}
        nctId="NCT02552212"
      />,
    );
    const first = item('Study Protocol and Informed Consent Form (opens in a new tab)');
    expect(within(first).getByRole('link').getAttribute('href')).toBe(
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/ICF%202.pdf',
    );
    expect(valueOf('Document date', first)).toBe('March 2019');
    expect(valueOf('Uploaded', first)).toBe('Not provided');
    expect(valueOf('Size', first)).toBe('Not provided');
    const second = item('Document of a type the record does not give');
    expect(second.querySelector('h4')?.id).toBe('results-documents-document-3');
    expect(within(second).queryByRole('link')).toBeNull();
    expect(valueOf('File', second)).toBe('Not provided');
    expect(valueOf('Document date', second)).toBe('2020');
    expect(second.textContent).toContain('The record does not say what this document is.');
  });

  it('links no file name that could leave its folder; shows it as text and says why', () => {
    const hostile = ['../../evil.pdf', 'Prot.pdf?download=1', '\u202efdp.exe', '..'];
    render(
      <DocumentsPart
        documents={{
          noSap: null,
          documents: hostile.map((filename, index) => ({
            ...DOC,
            id: `document-${index + 1}`,
            label: `Protocol ${index + 1}`,
            filename,
          })),
        }}
        nctId="NCT02552212"
      />,
    );
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    hostile.forEach((filename, index) => {
      const doc = item(`Protocol ${index + 1}`);
      expect(valueOf('File', doc)).toBe(
        `${filename} (not linked: this file name cannot be made a safe ClinicalTrials.gov address)`,
      );
    });
  });

  it('keeps hostile labels inert and isolated, and percent-encodes an odd but safe name', () => {
    const script = '<script>alert(1)</script>';
    const { container } = render(
      <DocumentsPart
        documents={{
          noSap: null,
          documents: [
            { ...DOC, label: script, filename: 'x&y=<b>1<b>.pdf' },
            { ...DOC, id: 'document-2', label: `\u202e${'L'.repeat(3000)}`, filename: 'a.pdf' },
          ],
        }}
        nctId="NCT02552212"
      />,
    );
    expect(container.querySelector('script, b')).toBeNull();
    const doc = item(`${script} (opens in a new tab)`);
    expect(within(doc).getByRole('link').getAttribute('href')).toBe(
      'https://clinicaltrials.gov/ProvidedDocs/12/NCT02552212/x%26y%3D%3Cb%3E1%3Cb%3E.pdf',
    );
    expect(valueOf('File', doc)).toBe('x&y=<b>1<b>.pdf');
    const rtl = item(`\u202e${'L'.repeat(3000)} (opens in a new tab)`);
    expect(within(rtl).getByText(`\u202e${'L'.repeat(3000)}`).tagName).toBe('BDI');
  });

  it('shows an invalid size as invalid, where it belongs', () => {
    render(
      <RecordFactsProvider
        trial={{
          nctId: 'NCT00000000',
          recordProblems: [
            {
              path: 'documentSection.largeDocumentModule.largeDocs[1].size',
              message: 'expected a count of 0 or more, got -3',
            },
          ],
          missingModules: [],
        }}
      >
        <DocumentsPart
          documents={{
            noSap: null,
            documents: [
              { ...DOC, label: 'Study Protocol' },
              { ...DOC, id: 'document-2', label: 'Statistical Analysis Plan' },
            ],
          }}
          nctId="NCT02552212"
        />
      </RecordFactsProvider>,
    );
    expect(valueOf('Size', item('Study Protocol'))).toBe('Not provided');
    expect(valueOf('Size', item('Statistical Analysis Plan'))).toBe(
      'Invalid in the recorddocumentSection.largeDocumentModule.largeDocs[1].size: expected a count of 0 or more, got -3',
    );
  });
});
