// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordFactsProvider } from '@/components/record-facts';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import type { RecordProblem } from '@/trial/trial-schema';
import { makeOutcome, measurement, oneRow } from './outcome-fixtures.test-support';
import { OutcomeMeasuresPart } from './outcome-measures-part';

afterEach(cleanup);

const LIST = 'resultsSection.outcomeMeasuresModule.outcomeMeasures';

function renderOutcomes(outcomes: OutcomeMeasure[], recordProblems: RecordProblem[] = []) {
  return render(
    <RecordFactsProvider trial={{ nctId: 'NCT00000000', recordProblems, missingModules: [] }}>
      <OutcomeMeasuresPart outcomes={{ outcomeMeasures: outcomes }} renderAnalyses={() => null} />
    </RecordFactsProvider>,
  );
}

function rowsOf(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
}

/** The <dd> text of a term in an outcome's facts. */
function factOf(scope: HTMLElement, term: string): string | null | undefined {
  return within(scope).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('OutcomeMeasuresPart quirks', () => {
  it('says when a NOT_POSTED outcome is expected, as a partial date, and draws no table', () => {
    renderOutcomes([
      makeOutcome({
        id: 'outcome-1',
        type: 'OTHER_PRE_SPECIFIED',
        title: 'Overall survival',
        reportingStatus: 'NOT_POSTED',
        anticipatedPostingDate: '2026-06',
        classes: [],
      }),
      makeOutcome({
        id: 'outcome-2',
        type: 'OTHER_PRE_SPECIFIED',
        title: 'Quality of life',
        reportingStatus: 'NOT_POSTED',
        anticipatedPostingDate: null,
        classes: [],
      }),
    ]);
    const [survival, life] = screen.getAllByRole('article');
    if (survival === undefined || life === undefined) throw new Error('two outcomes expected');
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(
      'Other pre-specified outcome measures (2)',
    );
    expect(within(survival).getByText(/not posted yet/).textContent).toBe(
      'Results for this outcome measure are not posted yet. Posting is expected June 2026.',
    );
    expect(within(life).getByText(/not posted yet/).textContent).toBe(
      'Results for this outcome measure are not posted yet. The record does not say when they are expected.',
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(factOf(survival, 'Time frame')).toBe('Week 12');
  });

  it('puts outcomes of no stated type last, said plainly', () => {
    renderOutcomes([
      makeOutcome({ id: 'outcome-1', type: null, title: 'Untyped' }),
      makeOutcome({ id: 'outcome-2', type: 'POST_HOC', title: 'Exploratory' }),
    ]);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Post-hoc outcome measures (1)',
      'Outcome measures whose type the record does not state (1)',
    ]);
    expect(screen.getByText('2 outcome measures: 1 post-hoc, 1 of no stated type.')).toBeTruthy();
  });

  it("takes a class's own numbers analyzed over the measure's, in other units too", () => {
    renderOutcomes([
      makeOutcome({
        typeUnitsAnalyzed: 'Eyes',
        denoms: [
          {
            units: 'Participants',
            counts: [
              { groupId: 'OG000', value: '40' },
              { groupId: 'OG001', value: '41' },
            ],
          },
          {
            units: 'Eyes',
            counts: [
              { groupId: 'OG000', value: '80' },
              { groupId: 'OG001', value: '82' },
            ],
          },
        ],
        classes: [
          {
            title: 'Right eye',
            denoms: [{ units: 'Eyes', counts: [{ groupId: 'OG000', value: '38' }] }],
            categories: [
              {
                title: null,
                measurements: [
                  measurement('OG000', { value: '0.4', spread: '0.1' }),
                  measurement('OG001', { value: '0.5', spread: '0.2' }),
                ],
              },
            ],
          },
          {
            title: 'Visual acuity',
            denoms: [],
            categories: [
              { title: 'Improved', measurements: [measurement('OG000', { value: '12' })] },
              { title: 'Worse', measurements: [measurement('OG001', { value: '3' })] },
            ],
          },
        ],
      }),
    ]);
    const table = screen.getByRole('table', {
      name: 'Change in pain score: Mean (Standard Deviation), points',
    });
    expect(rowsOf(table)).toEqual([
      ['Row', 'Placebo', 'Drug 10 mg'],
      ['Number analyzed (Participants)', '40', '41'],
      ['Number analyzed (Eyes)', '80', '82'],
      // The class states 38 eyes for Placebo; for Drug 10 mg it states none, so the measure's 82 applies.
      ['Number analyzed in this row (Eyes)', '38', '82'],
      ['Right eye', '0.4 (0.1)', '0.5 (0.2)'],
      ['Visual acuity'],
      ['Improved', '12', 'No value given'],
      ['Worse', 'No value given', '3'],
    ]);
    const classHeader = within(table).getByRole('rowheader', { name: 'Visual acuity' });
    expect(classHeader.getAttribute('scope')).toBe('rowgroup');
    expect(factOf(document.body, 'Units analyzed')).toBe('Eyes');
  });

  it('renders hostile text inert and whole', () => {
    const long = `${'Ω'.repeat(3000)} end`;
    const hostile = '<script>alert(1)</script>\u202Egnp.exe';
    const { container } = renderOutcomes([
      makeOutcome({
        title: hostile,
        description: long,
        groups: [
          { id: 'OG000', title: '<img src=x onerror=alert(1)>', description: hostile },
          { id: 'OG001', title: long, description: null },
        ],
        classes: oneRow([
          measurement('OG000', { value: '<b>1</b>', comment: hostile }),
          measurement('OG001', { value: '2', spread: '1' }),
        ]),
      }),
    ]);
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(screen.getByRole('heading', { level: 5 }).textContent).toBe(hostile);
    const table = screen.getByRole('table');
    expect(rowsOf(table)[0]).toEqual(['Row', '<img src=x onerror=alert(1)>', long]);
    expect(rowsOf(table)[2]?.[1]).toBe(`<b>1</b>${hostile}`);
    // Only one value is a number: no chart, and the one left out says why, as text.
    expect(
      screen.getByText(`<img src=x onerror=alert(1)>: not a number ("<b>1</b>"): ${hostile}`),
    ).toBeTruthy();
  });

  it('shows an invalid value in its place, other problems of the outcome above it, and an outcome left out whole', () => {
    const problems = [
      { path: `${LIST}[0].timeFrame`, message: 'expected string, got number' },
      {
        path: `${LIST}[0].classes[0].categories[0].measurements[1]`,
        message: 'expected object, got string',
      },
      { path: `${LIST}[1]`, message: 'expected object, got null' },
    ];
    renderOutcomes(
      [
        makeOutcome({
          timeFrame: null,
          classes: oneRow([measurement('OG000', { value: '2.1', spread: '1.2' })]),
        }),
      ],
      problems,
    );
    const outcome = screen.getByRole('article');
    expect(factOf(outcome, 'Time frame')).toBe(
      `Invalid in the record${LIST}[0].timeFrame: expected string, got number`,
    );
    const above = within(outcome).getByText(/^Some values of this outcome measure/).parentElement;
    expect(above?.textContent).toBe(
      `Some values of this outcome measure are invalid in the record and left out:Invalid in the record${LIST}[0].classes[0].categories[0].measurements[1]: expected object, got string`,
    );
    expect(screen.getByText('2 outcome measures: 1 primary, 1 left out as invalid.')).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 4, name: 'Outcome measures left out as invalid (1)' }),
    ).toBeTruthy();
    expect(screen.getByText(/outcome measure 2:/).textContent).toBe(
      `The record's outcome measure 2: Invalid in the record${LIST}[1]: expected object, got null`,
    );
  });

  it('says plainly when a posted outcome lists no groups, with no table or chart', () => {
    renderOutcomes([makeOutcome({ groups: [] })]);
    expect(screen.getByText('The record lists no groups for this outcome measure.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/No chart/)).toBeNull();
  });

  it('says plainly when the record lists no outcome measures', () => {
    renderOutcomes([]);
    expect(screen.getByText('The record lists no outcome measures.')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 4 })).toBeNull();
  });
});
