// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { valueElementOf } from '@/test-support/definition-value';
import { makeTrial } from '@/test-support/make-trial';
import { IdentifiersSection } from './identifiers-section';

afterEach(cleanup);

const after = (heading: string) =>
  screen.getByRole('heading', { level: 3, name: heading }).nextElementSibling;
/** The text of each item of the list after a heading: an identifier with its type, a link … */
const itemsAfter = (heading: string) =>
  [...(after(heading)?.children ?? [])].map((item) => item.textContent);

function expectNewTab(link: HTMLElement, href: string) {
  expect(link.getAttribute('href')).toBe(href);
  expect(link.getAttribute('target')).toBe('_blank');
  expect(link.getAttribute('rel')).toBe('noopener noreferrer');
}

describe('IdentifiersSection', () => {
  it('shows NCT01573923 identifiers and its related study', () => {
    render(<IdentifiersSection trial={makeTrial()} />);
    expect(screen.getByRole('region', { name: 'Identifiers and links' }).id).toBe('identifiers');
    const nctId = valueElementOf('NCT ID');
    expect(nctId.textContent).toBe('NCT01573923 (opens in a new tab)');
    expectNewTab(within(nctId).getByRole('link'), 'https://clinicaltrials.gov/study/NCT01573923');
    expect(itemsAfter('Other identifiers')).toEqual([
      "Alliancells-2012-1 — Organization's study ID (code ORG_STUDY_ID)",
    ]);
    expect(after('References')?.textContent).toBe('None listed');
    expect(after('Links')?.textContent).toBe('None listed');
    const relatedList = after('Related studies');
    if (!(relatedList instanceof HTMLElement))
      throw new Error('a list of related studies expected');
    const related = within(relatedList).getByRole('link');
    expect(related.textContent).toBe(
      'Mesenchymal Stem Cell Therapy for Liver Cirrhosis (NCT03626090: status unknown, Phase 1/Phase 2) (opens in a new tab)',
    );
    expectNewTab(related, 'https://clinicaltrials.gov/study/NCT03626090');
  });

  it('shows identifier types, domains and links; references with PubMed links; web links', () => {
    render(
      <IdentifiersSection
        trial={makeTrial({
          identifiers: [
            { id: 'APHP230528', kind: 'ORG_STUDY_ID', domain: null, link: null },
            { id: '2023-A00386-39', kind: 'OTHER', domain: 'IDRCB', link: null },
            {
              id: 'R01DC011020',
              kind: 'NIH',
              domain: null,
              link: 'https://reporter.nih.gov/quickSearch/R01DC011020',
            },
            { id: 'X-1', kind: null, domain: null, link: null },
          ],
          references: [
            { citation: 'Gil RJ, et al. Can J Cardiol. 2015.', pmid: '25828372', type: 'RESULT' },
            { citation: 'A background paper.', pmid: null, type: null },
          ],
          links: [{ label: null, url: 'https://example.org/study' }],
          relatedTrials: [
            {
              nctId: 'NCT03626090',
              label: null,
              url: 'https://clinicaltrials.gov/study/NCT03626090',
            },
          ],
        })}
      />,
    );
    // Each identifier with its own type (and domain); hidden texts included, as a screen reader hears them.
    expect(itemsAfter('Other identifiers')).toEqual([
      "APHP230528 — Organization's study ID (code ORG_STUDY_ID)",
      '2023-A00386-39 — Other identifier (code OTHER), IDRCB',
      'R01DC011020 (reporter.nih.gov) (opens in a new tab) — U.S. NIH grant/contract (code NIH)',
      'X-1 — Type not given',
    ]);
    expectNewTab(
      screen.getByRole('link', { name: /^R01DC011020/ }),
      'https://reporter.nih.gov/quickSearch/R01DC011020',
    );
    // Each reference: its citation, then its own type and PubMed link.
    const references = [...(after('References')?.children ?? [])].map((item) =>
      [...item.children].map((part) => part.textContent),
    );
    expect(references).toEqual([
      [
        'Gil RJ, et al. Can J Cardiol. 2015.',
        'Result (code RESULT) · PubMed 25828372 (opens in a new tab)',
      ],
      ['A background paper.', ''],
    ]);
    expectNewTab(
      screen.getByRole('link', { name: /PubMed 25828372/ }),
      'https://pubmed.ncbi.nlm.nih.gov/25828372/',
    );
    expect(itemsAfter('Links')).toEqual(['https://example.org/study (opens in a new tab)']);
    expectNewTab(screen.getByRole('link', { name: /example\.org/ }), 'https://example.org/study');
    expect(itemsAfter('Related studies')).toEqual(['NCT03626090 (opens in a new tab)']);
    expectNewTab(
      screen.getByRole('link', { name: /^NCT03626090/ }),
      'https://clinicaltrials.gov/study/NCT03626090',
    );
  });

  it('links record-supplied addresses only when they are plain http(s), showing their host', () => {
    render(
      <IdentifiersSection
        trial={makeTrial({
          identifiers: [
            { id: 'EVIL-1', kind: 'OTHER', domain: '\u202Edomain', link: 'javascript:alert(1)' },
            { id: 'GRANT-2', kind: 'NIH', domain: null, link: 'https://user:pass@evil.example/' },
          ],
          references: [{ citation: 'A paper.', pmid: '123/../../evil', type: null }],
          links: [
            { label: 'Sponsor site', url: 'https://sponsor.example.com/trial' },
            {
              label: '<img src=x onerror=alert(1)>',
              url: 'data:text/html,<script>alert(1)</script>',
            },
            { label: null, url: ' JAVASCRIPT:alert(1)' },
          ],
        })}
      />,
    );
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://clinicaltrials.gov/study/NCT01573923',
      'https://sponsor.example.com/trial',
      'https://clinicaltrials.gov/study/NCT03626090',
    ]);
    expect(
      screen.getByRole('link', { name: /^Sponsor site \(sponsor\.example\.com\)/ }),
    ).toBeTruthy();
    for (const text of [
      'EVIL-1',
      'GRANT-2',
      'PubMed 123/../../evil',
      '<img src=x onerror=alert(1)>',
      ' JAVASCRIPT:alert(1)',
    ]) {
      expect(screen.getByText(text, { normalizer: (value) => value }).closest('a')).toBeNull();
    }
    expect(document.querySelector('img')).toBeNull();
    // The domain is isolated: its right-to-left override stops before anything after it.
    expect(screen.getByText('\u202Edomain').tagName).toBe('BDI');
  });
});
