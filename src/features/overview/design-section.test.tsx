// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { DesignSection } from './design-section';

afterEach(cleanup);

const terms = () => screen.queryAllByRole('term').map((dt) => dt.textContent);
const valueOf = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('DesignSection', () => {
  it('labels NCT01573923 design codes readably', () => {
    render(<DesignSection trial={makeTrial()} />);
    expect(screen.getByRole('region', { name: 'Study design' })).toBeTruthy();
    expect(terms()).toEqual(['Allocation', 'Intervention model', 'Primary purpose', 'Masking']);
    expect(screen.getByText('Non-randomized')).toBeTruthy();
    expect(screen.getByText('Parallel assignment')).toBeTruthy();
    expect(screen.getByText('Treatment')).toBeTruthy();
    expect(screen.getByText('None (open label)')).toBeTruthy();
  });

  it('says who is masked and shows the intervention model description', () => {
    const { design } = makeTrial();
    render(
      <DesignSection
        trial={makeTrial({
          design: {
            ...design,
            masking: 'DOUBLE',
            whoMasked: ['PARTICIPANT', 'INVESTIGATOR'],
            interventionModelDescription: 'Two parallel groups.',
          },
        })}
      />,
    );
    expect(valueOf('Masking')).toBe('Double (code DOUBLE) (Participant, Investigator)');
    expect(valueOf('Intervention model')).toContain('Two parallel groups.');
  });

  it('shows the observational model and time perspective for observational studies', () => {
    const { design } = makeTrial();
    render(
      <DesignSection
        trial={makeTrial({
          studyType: 'OBSERVATIONAL',
          design: { ...design, observationalModel: 'COHORT', timePerspective: null },
        })}
      />,
    );
    expect(terms()).toEqual(['Observational model', 'Time perspective']);
    expect(screen.getByText('Cohort')).toBeTruthy();
    expect(valueOf('Time perspective')).toBe('Not provided');
  });
});
