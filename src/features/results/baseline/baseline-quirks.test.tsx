// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BaselinePart } from './baseline-part';
import {
  baselineOf,
  category,
  cell,
  cellsOf,
  columnHeaders,
  group,
  headersOfCell,
  measure,
  measureClass,
  participants,
} from './baseline-table.test-support';

afterEach(cleanup);

const note = () => document.getElementById('results-baseline-note')?.textContent ?? '';

const age = measure('measure-1', {
  title: 'Age',
  paramType: 'MEAN',
  dispersionType: 'STANDARD_DEVIATION',
  unitOfMeasure: 'years',
  classes: [
    measureClass(null, [
      category(null, [
        cell('BG000', '70.1', { spread: '9.0' }),
        cell('BG001', '41.0', { spread: '2.5' }),
        cell('BG002', '55.3', { spread: '8.8' }),
      ]),
    ]),
  ],
});

describe('BaselinePart: which column is the Total', () => {
  it('puts a Total the record lists first last, its values with it', () => {
    render(
      <BaselinePart
        baseline={baselineOf({
          groups: [
            group('BG000', 'Total', true),
            group('BG001', 'Drug'),
            group('BG002', 'Placebo'),
          ],
          denoms: [participants({ BG000: '30', BG001: '10', BG002: '20' })],
          measures: [age],
        })}
      />,
    );
    expect(columnHeaders()).toEqual(['Characteristic', 'Drug', 'Placebo', 'Total']);
    expect(cellsOf('Overall number of baseline participants')).toEqual(['10', '20', '30']);
    expect(cellsOf('Age Mean (Standard Deviation); unit: years')).toEqual([
      '41.0 (2.5)',
      '55.3 (8.8)',
      '70.1 (9.0)',
    ]);
  });

  it('keeps the record order and makes no Total when the record has none', () => {
    render(
      <BaselinePart
        baseline={baselineOf({
          groups: [group('BG001', 'Drug'), group('BG000', 'Placebo'), group('BG002', 'Open label')],
          denoms: [participants({ BG000: '20', BG001: '10', BG002: '5' })],
          measures: [age],
        })}
      />,
    );
    expect(columnHeaders()).toEqual(['Characteristic', 'Drug', 'Placebo', 'Open label']);
    expect(cellsOf('Overall number of baseline participants')).toEqual(['10', '20', '5']);
    expect(note()).not.toContain('Total');
    expect(screen.queryByText(/Total column/)).toBeNull();
  });
});

describe('BaselinePart: numbers analyzed', () => {
  const weight = measure('measure-1', {
    title: 'Smokers',
    paramType: 'COUNT_OF_PARTICIPANTS',
    unitOfMeasure: 'Participants',
    denoms: [participants({ BG000: '50', BG001: '45' })],
    classes: [
      measureClass(
        'Adults',
        [category('Yes', [cell('BG000', '10'), cell('BG001', '9')])],
        [participants({ BG000: '40' })],
      ),
      measureClass('Children', [category('Yes', [cell('BG000', '5'), cell('BG001', '9')])]),
    ],
  });
  const baseline = baselineOf({
    groups: [group('BG000', 'Drug'), group('BG001', 'Placebo')],
    denoms: [participants({ BG000: '60', BG001: '60' })],
    measures: [weight],
  });

  it("shows a class's own numbers analyzed over the measure's, and computes its percents from them", () => {
    render(<BaselinePart baseline={baseline} />);
    const measureCounts = document.getElementById('results-baseline-measure-1-analyzed-1');
    expect(measureCounts?.textContent).toBe('Number analyzed (Participants)');
    expect(
      [...(measureCounts?.closest('tr')?.querySelectorAll('td') ?? [])].map((td) => td.textContent),
    ).toEqual(['50', '45']);
    const classCounts = document.getElementById('results-baseline-measure-1-class-1-analyzed-1');
    const classCells = [...(classCounts?.closest('tr')?.querySelectorAll('td') ?? [])];
    // Drug: the class's 40 overrides the measure's 50; Placebo: the class states none, the measure's 45 applies.
    expect(classCells.map((td) => td.textContent)).toEqual(['40', '45']);
    const [drug] = classCells;
    if (!drug) throw new Error('a cell expected');
    expect(headersOfCell(drug)).toEqual([
      'Drug',
      'Smokers Count of Participants; unit: Participants',
      'Adults',
      'Number analyzed (Participants)',
    ]);
    const [adults, children] = [...document.querySelectorAll('tr')].filter(
      (row) => row.querySelector('th')?.textContent === 'Yes',
    );
    expect([...(adults?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '10 (25.0%)',
      '9 (20.0%)',
    ]);
    expect([...(children?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '5 (10.0%)',
      '9 (20.0%)',
    ]);
  });

  it('shows no percent where it could mislead: other parameters, calculatePct false, other units', () => {
    const counts = (id: string, more: Parameters<typeof measure>[1]) =>
      measure(id, {
        title: id,
        unitOfMeasure: 'Participants',
        classes: [
          measureClass(null, [category(`${id} yes`, [cell('BG000', '10'), cell('BG001', '9')])]),
        ],
        ...more,
      });
    render(
      <BaselinePart
        baseline={baselineOf({
          groups: [group('BG000', 'Drug'), group('BG001', 'Placebo')],
          denoms: [
            participants({ BG000: '60', BG001: '60' }),
            { units: 'Eyes', counts: [{ groupId: 'BG000', value: '120' }] },
          ],
          measures: [
            counts('measure-1', { paramType: 'NUMBER' }),
            counts('measure-2', { paramType: 'COUNT_OF_PARTICIPANTS', calculatePct: false }),
            counts('measure-3', { paramType: 'COUNT_OF_PARTICIPANTS', denomUnitsSelected: 'Eyes' }),
          ],
        })}
      />,
    );
    expect(cellsOf('measure-1 yes')).toEqual(['10', '9']);
    expect(cellsOf('measure-2 yes')).toEqual(['10', '9']);
    expect(cellsOf('measure-3 yes')).toEqual(['10', '9']);
    expect(cellsOf('Overall number of units analyzed (Eyes)')).toEqual(['120', 'Not provided']);
    expect(note()).not.toContain('Percentages');
  });
});
