// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { InterventionsSection } from './interventions-section';

afterEach(cleanup);

/** The <dd> of a term inside one intervention's list item. */
function valueIn(item: HTMLElement, term: string) {
  return within(item).getByText(term, { selector: 'dt' }).nextElementSibling;
}

describe('InterventionsSection', () => {
  it('lists both NCT01573923 interventions with type and the study group that receives each', () => {
    render(<InterventionsSection trial={makeTrial()} />);
    const region = screen.getByRole('region', { name: 'Interventions' });
    const items = within(region)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('h3'));
    expect(items).toHaveLength(2);
    const [msc, conventional] = items;
    if (msc === undefined || conventional === undefined) throw new Error('two items expected');
    expect(within(msc).getByRole('heading', { level: 3 }).textContent).toBe(
      'mesenchymal stem cells',
    );
    expect(valueIn(msc, 'Type')?.textContent).toContain('Biological');
    expect(valueIn(msc, 'Description')?.textContent).toContain('4x107/40ml');
    expect(valueIn(msc, 'Other names')?.textContent).toBe('None listed');
    expect(valueIn(msc, 'Study groups')?.textContent).toBe('mesenchymal stem cells');
    expect(valueIn(conventional, 'Study groups')?.textContent).toBe('Conventional therapy');
  });

  it('shows other names as a list, and says when an intervention has no study group', () => {
    const trial = makeTrial();
    const [first] = trial.interventions;
    if (first === undefined) throw new Error('an intervention expected');
    render(
      <InterventionsSection
        trial={{
          arms: [],
          interventions: [{ ...first, otherNames: ['UC-MSC', 'hUC-MSC'], armIds: [], type: null }],
        }}
      />,
    );
    const item = screen.getByRole('heading', { level: 3 }).closest('li');
    if (item === null) throw new Error('list item expected');
    expect(valueIn(item, 'Other names')?.querySelectorAll('li')).toHaveLength(2);
    expect(valueIn(item, 'Study groups')?.textContent).toBe('Not linked to any study group');
    expect(valueIn(item, 'Type')?.textContent).toBe('Not provided');
  });

  it('says plainly when there are no interventions', () => {
    render(<InterventionsSection trial={{ arms: [], interventions: [] }} />);
    expect(screen.getByText('No interventions listed')).toBeTruthy();
  });
});
