// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { valueOf } from '@/test-support/definition-value';
import { makeTrial } from '@/test-support/make-trial';
import type { Eligibility } from '@/trial/trial-schema';
import { EligibilitySection } from './eligibility-section';

afterEach(cleanup);

const after = (heading: string) =>
  screen.getByRole('heading', { level: 3, name: heading }).nextElementSibling;

function renderWith(overrides: Partial<Eligibility>) {
  const { eligibility } = makeTrial();
  render(<EligibilitySection trial={{ eligibility: { ...eligibility, ...overrides } }} />);
}

describe('EligibilitySection', () => {
  it('lists NCT01573923 inclusion (5) and exclusion (9) criteria as real lists', () => {
    render(<EligibilitySection trial={makeTrial()} />);
    expect(screen.getByRole('region', { name: 'Eligibility' }).id).toBe('eligibility');
    const inclusion = after('Inclusion criteria');
    expect(inclusion?.tagName).toBe('UL');
    expect(inclusion?.querySelectorAll('li')).toHaveLength(5);
    expect(inclusion?.querySelector('li')?.textContent).toBe('written informed consent');
    expect(after('Exclusion criteria')?.querySelectorAll('li')).toHaveLength(9);
    expect(screen.queryByRole('heading', { name: 'Other criteria' })).toBeNull();
  });

  it('shows ages, sex and healthy volunteers as published', () => {
    render(<EligibilitySection trial={makeTrial()} />);
    expect(valueOf('Ages')).toBe('30 Years to 60 Years');
    expect(screen.getByText('All')).toBeTruthy();
    expect(valueOf('Accepts healthy volunteers')).toBe('No');
    expect(valueOf('Age groups')).toBe('Not provided');
    expect(screen.queryByRole('heading', { name: 'Study population' })).toBeNull();
  });

  it('lists the standard age groups with their ages', () => {
    renderWith({ standardAges: ['ADULT', 'OLDER_ADULT'] });
    const groups = screen.getByText('Age groups', { selector: 'dt' }).nextElementSibling;
    expect([...(groups?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Adult (18 to 64 years)',
      'Older adult (65 years and older)',
    ]);
  });

  it('nests deeper criteria in nested lists', () => {
    renderWith({
      inclusion: [
        { text: 'Active disease at Screening as defined by', level: 0 },
        { text: 'BASDAI score >= 4', level: 1 },
        { text: 'Spinal pain >= 4', level: 1 },
      ],
      exclusion: [],
      other: [{ text: 'Preamble', level: 0 }],
    });
    const inclusion = after('Inclusion criteria');
    expect(inclusion?.children).toHaveLength(1);
    expect(inclusion?.querySelectorAll('ul ul > li')).toHaveLength(2);
    expect(after('Exclusion criteria')?.textContent).toBe('None listed');
    expect(after('Other criteria')?.textContent).toBe('Preamble');
  });

  it('falls back to the criteria text when there are no lists', () => {
    renderWith({ inclusion: [], exclusion: [], other: [], criteriaText: 'Adults with cirrhosis.' });
    expect(screen.queryByRole('heading', { name: 'Inclusion criteria' })).toBeNull();
    expect(after('Criteria')?.textContent).toBe('Adults with cirrhosis.');
  });

  it('says plainly what is missing or open-ended', () => {
    renderWith({
      inclusion: [],
      exclusion: [],
      criteriaText: null,
      minimumAge: '18 Years',
      maximumAge: null,
      sex: null,
      healthyVolunteers: null,
      standardAges: [],
      studyPopulation: 'Patients referred for surgery.',
    });
    expect(after('Criteria')?.textContent).toBe('No eligibility criteria published');
    expect(valueOf('Ages')).toBe('18 Years and older (no maximum age)');
    expect(valueOf('Sex')).toBe('Not provided');
    expect(valueOf('Accepts healthy volunteers')).toBe('Not provided');
    expect(valueOf('Age groups')).toBe('Not provided');
    expect(after('Study population')?.textContent).toBe('Patients referred for surgery.');
  });

  it('says Yes for healthy volunteers when accepted', () => {
    renderWith({ healthyVolunteers: true });
    expect(valueOf('Accepts healthy volunteers')).toBe('Yes');
  });
});
