// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordFactsProvider } from '@/components/record-facts';
import { valueElementOf, valueOf } from '@/test-support/definition-value';
import { sampleModule } from '@/test-support/sample-results';
import type { MoreInfo } from '@/trial/results/more-info-schema';
import { MoreInfoPart } from './more-info-part';

afterEach(cleanup);

const part = () => screen.getByRole('region', { name: 'More information' });
/** The element right after an h4 of the part: its paragraph or definition list. */
const after = (heading: string) => {
  const next = within(part()).getByRole('heading', { level: 4, name: heading }).nextElementSibling;
  if (!(next instanceof HTMLElement)) throw new Error(`nothing after "${heading}"`);
  return next;
};

const EMPTY: MoreInfo = {
  limitationsAndCaveats: null,
  certainAgreement: null,
  pointOfContact: null,
};

describe('MoreInfoPart on NCT02552212', () => {
  it('is the part "More information" with its three h4 headings', () => {
    render(<MoreInfoPart moreInfo={sampleModule('NCT02552212', 'moreInfo')} />);
    expect(part().id).toBe('results-more-info');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('More information');
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Limitations and caveats',
      'Agreement on publication rights',
      'Results point of contact',
    ]);
  });

  it('says the record gives no limitations, and the agreement in plain words', () => {
    render(<MoreInfoPart moreInfo={sampleModule('NCT02552212', 'moreInfo')} />);
    expect(after('Limitations and caveats').textContent).toBe('None given');
    const agreement = after('Agreement on publication rights');
    expect(valueOf('Principal investigators employed by the sponsor', agreement)).toBe(
      'No: the principal investigators are not employees of the sponsor.',
    );
    expect(valueOf('Agreement restricting publication', agreement)).toBe(
      "Yes: an agreement with the sponsor restricts the principal investigators' right to discuss or publish the results after the trial.",
    );
    expect(valueOf('Kind of restriction', agreement)).toBe(
      'The sponsor can review results communications before they are made public and can embargo them for more than 60 days (up to 180 days); it cannot require changes or extend the embargo. (code GT60)',
    );
    expect(valueOf('Other details', agreement)).toBe('None given');
  });

  it("links the point of contact's phone (with its extension) and e-mail", () => {
    render(<MoreInfoPart moreInfo={sampleModule('NCT02552212', 'moreInfo')} />);
    const contact = after('Results point of contact');
    expect(valueOf('Name or title', contact)).toBe('UCB');
    expect(valueOf('Organization', contact)).toBe('Cares');
    const phone = valueElementOf('Phone', contact);
    expect(phone.textContent).toBe('+1844 599, ext. 2273');
    expect(within(phone).getByRole('link', { name: '+1844 599' }).getAttribute('href')).toBe(
      'tel:+1844599;ext=2273',
    );
    const email = valueElementOf('E-mail', contact);
    expect(email.textContent).toBe('UCBCares@ucb.com');
    expect(within(email).getByRole('link').getAttribute('href')).toBe('mailto:UCBCares@ucb.com');
  });
});

describe('MoreInfoPart on NCT05594173', () => {
  it('asks for no kind of restriction when the record states only the employment', () => {
    render(<MoreInfoPart moreInfo={sampleModule('NCT05594173', 'moreInfo')} />);
    const agreement = after('Agreement on publication rights');
    expect(valueOf('Principal investigators employed by the sponsor', agreement)).toBe(
      'Yes: the principal investigators are employees of the sponsor.',
    );
    expect(valueOf('Agreement restricting publication', agreement)).toBe('Not provided');
    // Whether there is a restriction is not stated, so its kind is asked for (and not given).
    expect(valueOf('Kind of restriction', agreement)).toBe('Not provided');
    expect(
      within(valueElementOf('Phone', after('Results point of contact')))
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('tel:4165973422;ext=7802');
  });
});

describe('MoreInfoPart with fixtures', () => {
  it('says plainly what the record lacks', () => {
    render(<MoreInfoPart moreInfo={EMPTY} />);
    expect(after('Limitations and caveats').textContent).toBe('None given');
    expect(after('Agreement on publication rights').textContent).toBe(
      'The record says nothing about such an agreement.',
    );
    expect(after('Results point of contact').textContent).toBe('No point of contact given');
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('leaves out the kind of restriction when there is no restrictive agreement', () => {
    render(
      <MoreInfoPart
        moreInfo={{
          ...EMPTY,
          certainAgreement: {
            piSponsorEmployee: null,
            restrictiveAgreement: false,
            restrictionType: null,
            otherDetails: 'Line one\nLine two',
          },
          pointOfContact: {
            title: null,
            organization: null,
            email: null,
            phone: '555 0100',
            phoneExt: null,
          },
        }}
      />,
    );
    const agreement = after('Agreement on publication rights');
    expect(valueOf('Principal investigators employed by the sponsor', agreement)).toBe(
      'Not provided',
    );
    expect(valueOf('Agreement restricting publication', agreement)).toBe(
      "No: no agreement with the sponsor restricts the principal investigators' right to discuss or publish the results.",
    );
    expect(within(agreement).queryByText('Kind of restriction')).toBeNull();
    expect(valueOf('Other details', agreement)).toBe('Line one\nLine two');
    const contact = after('Results point of contact');
    expect(valueOf('Name or title', contact)).toBe('Not provided');
    expect(valueOf('Organization', contact)).toBe('Not provided');
    expect(valueOf('Phone', contact)).toBe('555 0100');
    expect(within(contact).getByRole('link').getAttribute('href')).toBe('tel:5550100');
    expect(valueOf('E-mail', contact)).toBe('No e-mail given');
  });

  it('shows an invalid restriction type as invalid, where it belongs', () => {
    render(
      <RecordFactsProvider
        trial={{
          nctId: 'NCT00000000',
          recordProblems: [
            {
              path: 'resultsSection.moreInfoModule.certainAgreement.restrictionType',
              message: 'expected one of LTE60, GT60, OTHER; got "LT30"',
            },
          ],
          missingModules: [],
        }}
      >
        <MoreInfoPart
          moreInfo={{
            ...EMPTY,
            certainAgreement: {
              piSponsorEmployee: false,
              restrictiveAgreement: true,
              restrictionType: null,
              otherDetails: null,
            },
          }}
        />
      </RecordFactsProvider>,
    );
    expect(valueOf('Kind of restriction')).toBe(
      'Invalid in the recordresultsSection.moreInfoModule.certainAgreement.restrictionType: expected one of LTE60, GT60, OTHER; got "LT30"',
    );
    expect(valueOf('Other details')).toBe('None given');
  });

  it('keeps hostile text inert, links no e-mail that would add recipients, and only tel: phones', () => {
    const script = '<script>alert(1)</script>';
    const { container } = render(
      <MoreInfoPart
        moreInfo={{
          limitationsAndCaveats: `${script}\n\u202eevil`,
          certainAgreement: {
            piSponsorEmployee: true,
            restrictiveAgreement: true,
            restrictionType: 'OTHER',
            otherDetails: `<img src=x onerror=alert(1)>${'x'.repeat(2000)}`,
          },
          pointOfContact: {
            title: script,
            organization: '\u202eSponsor',
            email: 'a@b.c?bcc=x@y.z',
            phone: 'javascript:alert(1)',
            phoneExt: '<b>9</b>',
          },
        }}
      />,
    );
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(after('Limitations and caveats').textContent).toBe(`${script}\n\u202eevil`);
    expect(valueOf('Name or title')).toBe(script);
    expect(valueOf('Phone')).toBe('javascript:alert(1), ext. <b>9</b>');
    expect(valueOf('E-mail')).toBe('a@b.c?bcc=x@y.z');
    // The one link is the phone's, reduced to its digits: never a javascript: address, and no
    // extension that is not a number.
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['tel:1']);
    // Record text sits in <bdi>: an override cannot reorder the app's words around it.
    expect(within(valueElementOf('Organization')).getByText('\u202eSponsor').tagName).toBe('BDI');
    expect(valueOf('Kind of restriction')).toBe(
      "Another kind of agreement restricts the principal investigators' right to discuss or publish the results after the trial. (code OTHER)",
    );
  });
});
