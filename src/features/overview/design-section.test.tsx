// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { valueElementOf, valueOf } from '@/test-support/definition-value';
import { makeTrial } from '@/test-support/make-trial';
import { DesignSection } from './design-section';

afterEach(cleanup);

const terms = () => screen.queryAllByRole('term').map((dt) => dt.textContent);

describe('DesignSection', () => {
  it('labels NCT01573923 design codes readably', () => {
    render(<DesignSection trial={makeTrial()} />);
    expect(screen.getByRole('region', { name: 'Study design' })).toBeTruthy();
    expect(terms()).toEqual(['Allocation', 'Intervention model', 'Primary purpose', 'Masking']);
    // Each code label with its field; the hidden " (code …)" is what screen readers and a copy get.
    expect(valueOf('Allocation')).toBe('Non-randomized (code NON_RANDOMIZED)');
    expect(valueOf('Intervention model')).toBe('Parallel assignment (code PARALLEL)');
    expect(valueOf('Primary purpose')).toBe('Treatment (code TREATMENT)');
    expect(valueOf('Masking')).toBe('None (open label) (code NONE)');
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
    const model = valueElementOf('Intervention model');
    expect(model.textContent).toBe('Parallel assignment (code PARALLEL)Two parallel groups.');
    expect(model.querySelector('p')?.textContent).toBe('Two parallel groups.');
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
    expect(valueOf('Observational model')).toBe('Cohort (code COHORT)');
    expect(valueOf('Time perspective')).toBe('Not provided');
  });
});
