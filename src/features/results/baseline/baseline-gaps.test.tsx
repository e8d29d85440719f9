// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordFactsProvider } from '@/components/record-facts';
import type { RecordProblem } from '@/trial/trial-schema';
import { BaselinePart } from './baseline-part';
import {
  baselineOf,
  category,
  cell,
  cellsOf,
  columnHeaders,
  group,
  measure,
  measureClass,
  rowOf,
} from './baseline-table.test-support';

afterEach(cleanup);

const MODULE = 'resultsSection.baselineCharacteristicsModule';

function withProblems(problems: RecordProblem[], children: ReactNode) {
  return (
    <RecordFactsProvider
      trial={{ nctId: 'NCT00000000', recordProblems: problems, missingModules: [] }}
    >
      {children}
    </RecordFactsProvider>
  );
}

describe('BaselinePart: NA, missing values and comments', () => {
  it('shows "NA" with its comment, says what is not given, never fills a gap', () => {
    render(
      <BaselinePart
        baseline={baselineOf({
          groups: [group('BG000', 'Drug'), group('BG001', null), group('BG002', 'Placebo')],
          measures: [
            measure('measure-1', {
              title: 'Weight',
              paramType: 'MEAN',
              dispersionType: 'STANDARD_DEVIATION',
              description: 'Weighed at screening.',
              populationDescription: 'Participants with a weight on record.',
              classes: [
                measureClass(null, [
                  category(null, [
                    cell('BG000', 'NA', {
                      spread: 'NA',
                      comment: 'Not weighed: the scale was broken.',
                    }),
                    cell('BG001', '80.2'),
                  ]),
                ]),
              ],
            }),
            measure('measure-2', { title: 'Height' }),
            measure('measure-3', {
              paramType: 'MEDIAN',
              dispersionType: 'INTER_QUARTILE_RANGE',
              unitOfMeasure: 'mmHg',
              classes: [
                measureClass(null, [
                  category(null, [
                    cell('BG000', '120', { upperLimit: '135' }),
                    cell('BG001', null),
                  ]),
                ]),
              ],
            }),
          ],
        })}
      />,
    );
    expect(columnHeaders()).toEqual(['Characteristic', 'Drug', 'Untitled group BG001', 'Placebo']);
    expect(cellsOf('Overall number of baseline participants')).toEqual([
      'Not provided',
      'Not provided',
      'Not provided',
    ]);
    const weightRow = 'Weight Mean (Standard Deviation); unit: not given';
    expect(cellsOf(weightRow)).toEqual([
      'NA (NA)Comment: Not weighed: the scale was broken.',
      '80.2 (not given)',
      'Not provided',
    ]);
    const details = rowOf(weightRow).nextElementSibling;
    expect(details?.textContent).toBe(
      'Description: Weighed at screening.Population analyzed: Participants with a weight on record.',
    );
    expect(details?.querySelector('td')?.getAttribute('headers')).toBe(
      'results-baseline-measure-1',
    );
    expect(
      rowOf('Height Statistic not given; unit: not given').nextElementSibling?.textContent,
    ).toBe('No values given');
    expect(cellsOf('No title given Median (Inter-Quartile Range); unit: mmHg')).toEqual([
      '120 [not given to 135]',
      'Not provided',
      'Not provided',
    ]);
  });

  it('says when the record lists no groups or no measures', () => {
    render(<BaselinePart baseline={baselineOf({ groups: [group('BG000', 'Drug')] })} />);
    expect(screen.getByText('The record lists no baseline measures.')).toBeTruthy();
    cleanup();
    render(<BaselinePart baseline={baselineOf({})} />);
    expect(
      screen.getByText('The record lists no baseline groups, so there is no table to show.'),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('BaselinePart: invalid values of the record', () => {
  it('shows a measure that was invalid as a whole in its place, and each other problem where it belongs', () => {
    const problems = [
      { path: `${MODULE}.measures[1]`, message: 'expected an object' },
      { path: `${MODULE}.measures[0].title`, message: 'expected at most 255 characters' },
      { path: `${MODULE}.measures[2].unitOfMeasure`, message: 'expected a string' },
      { path: `${MODULE}.groups[2].id`, message: 'expected a group id like BG000' },
      { path: `${MODULE}.populationDescription`, message: 'expected a string' },
    ];
    const sex = (id: string) =>
      measure(id, {
        title: id === 'measure-3' ? 'Sex' : null,
        classes: [measureClass(null, [category(null, [cell('BG000', '1')])])],
      });
    render(
      withProblems(
        problems,
        <BaselinePart
          baseline={baselineOf({
            groups: [group('BG000', 'Drug')],
            measures: [sex('measure-1'), sex('measure-3')],
          })}
        />,
      ),
    );
    const measureHeaders = [...document.querySelectorAll('.baseline-table__measure')].map(
      (th) => th.textContent,
    );
    expect(measureHeaders).toEqual([
      `Invalid in the record${MODULE}.measures[0].title: expected at most 255 characters Statistic not given; unit: not given`,
      `Measure 2 of the record Invalid in the record${MODULE}.measures[1]: expected an object`,
      'Sex Statistic not given; unit: not given',
    ]);
    expect(rowOf('Sex Statistic not given; unit: not given').nextElementSibling?.textContent).toBe(
      `Left out as invalid: Invalid in the record${MODULE}.measures[2].unitOfMeasure: expected a string`,
    );
    const part = screen.getByRole('region', { name: 'Baseline characteristics' });
    expect(part.querySelector('dd')?.textContent).toBe(
      `Invalid in the record${MODULE}.populationDescription: expected a string`,
    );
    expect(part.querySelector('.baseline-part__problems')?.textContent).toBe(
      `Left out of the baseline characteristics as invalid: Invalid in the record${MODULE}.groups[2].id: expected a group id like BG000`,
    );
  });
});

describe('BaselinePart: hostile text', () => {
  it('renders markup, direction marks and very long words as inert text', () => {
    const script = '<script>alert("x")</script>';
    const long = 'A'.repeat(5000);
    const rtl = '\u202Egnp.exe';
    render(
      <BaselinePart
        baseline={baselineOf({
          populationDescription: script,
          groups: [{ id: 'BG000', title: rtl, description: long, isTotal: false }],
          measures: [
            measure('measure-1', {
              title: script,
              description: long,
              classes: [
                measureClass(long, [category(null, [cell('BG000', script, { comment: long })])]),
              ],
            }),
          ],
        })}
      />,
    );
    const part = screen.getByRole('region', { name: 'Baseline characteristics' });
    expect(part.querySelector('script')).toBeNull();
    expect(columnHeaders()).toEqual(['Characteristic', rtl]);
    expect(cellsOf(long)).toEqual([`${script}Comment: ${long}`]);
    expect(part.textContent).toContain(`${script} Statistic not given`);
    expect(part.querySelector('.baseline-part__prose')?.textContent).toBe(script);
  });
});
