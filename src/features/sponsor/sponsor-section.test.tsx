// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { valueOf } from '@/test-support/definition-value';
import { makeTrial } from '@/test-support/make-trial';
import type { Trial } from '@/trial/trial-schema';
import { SponsorSection } from './sponsor-section';

afterEach(cleanup);

const after = (heading: string) =>
  screen.getByRole('heading', { level: 3, name: heading }).nextElementSibling;
const terms = () => screen.queryAllByRole('term').map((dt) => dt.textContent);

function renderSponsor(sponsor: Partial<Trial['sponsor']>) {
  render(<SponsorSection trial={{ sponsor: { ...makeTrial().sponsor, ...sponsor } }} />);
}

describe('SponsorSection', () => {
  it('shows the NCT01573923 lead sponsor with its class, no collaborators, the sponsor as responsible', () => {
    render(<SponsorSection trial={makeTrial()} />);
    expect(screen.getByRole('region', { name: 'Sponsors' }).id).toBe('sponsors');
    expect(after('Lead sponsor')?.textContent).toBe(
      'Alliancells Bioscience Corporation Limited (Industry (code INDUSTRY))',
    );
    expect(after('Collaborators')?.textContent).toBe('None listed');
    expect(terms()).toEqual(['Type']);
    expect(valueOf('Type')).toBe('Sponsor (code SPONSOR)');
  });

  it('lists collaborators and the investigator who is the responsible party', () => {
    renderSponsor({
      collaborators: [
        { name: 'Tongji University', class: 'OTHER' },
        { name: 'Lanzhou University', class: null },
      ],
      responsibleParty: {
        type: 'PRINCIPAL_INVESTIGATOR',
        investigator: 'Moti Moskovitz',
        investigatorTitle: 'Clinical Senior Lecturer',
        investigatorAffiliation: null,
      },
    });
    const collaborators = after('Collaborators');
    expect(collaborators?.tagName).toBe('UL');
    expect([...(collaborators?.children ?? [])].map((li) => li.textContent)).toEqual([
      'Tongji University (Other (code OTHER))',
      'Lanzhou University',
    ]);
    expect(terms()).toEqual(['Type', 'Investigator', 'Title', 'Affiliation']);
    expect(valueOf('Type')).toBe('Principal investigator (code PRINCIPAL_INVESTIGATOR)');
    expect(valueOf('Investigator')).toBe('Moti Moskovitz');
    expect(valueOf('Title')).toBe('Clinical Senior Lecturer');
    expect(valueOf('Affiliation')).toBe('Not provided');
  });

  it('says plainly when there is no lead sponsor or responsible party', () => {
    renderSponsor({ lead: null, responsibleParty: null });
    expect(after('Lead sponsor')?.textContent).toBe('Not provided');
    expect(after('Responsible party')?.textContent).toBe('Not provided');
  });

  it("isolates an organization's name from its class, so a right-to-left override cannot reorder the class", () => {
    renderSponsor({ lead: { name: 'Evil\u202E Corp', class: 'INDUSTRY' } });
    const name = screen.getByText('Evil\u202E Corp');
    expect(name.tagName).toBe('BDI');
    expect(name.nextSibling?.textContent).toBe(' (');
  });
});
