// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  readOutcomeMeasures,
  recordOutcomeModule,
} from '@/trial/results/outcome-measures.test-support';
import { makeAnalysis, makeOutcome, noEffectLine, tickX } from './analyses.test-support';
import { PrimaryAnalysesOverview } from './primary-analyses-overview';

afterEach(cleanup);

const sample = readOutcomeMeasures(recordOutcomeModule('NCT02552212')).measures;

const ASDAS =
  'Percentage of Subjects With Ankylosing Spondylitis Disease Activity Score Major Improvement (ASDAS-MI) Response Criteria Response at Week 52';
const ASAS40 =
  'Percentage of Subjects With Axial SpondyloArthritis International Society 40% Response Criteria (ASAS40) Response at Week 12';

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent));
}

describe('PrimaryAnalysesOverview', () => {
  it("plots NCT02552212's primary analyses, and only those, described by their table", () => {
    render(<PrimaryAnalysesOverview outcomes={sample.outcomeMeasures} />);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(
      'Primary outcomes at a glance',
    );
    const plot = screen.getByRole('img', {
      name: 'Primary outcomes: estimates and 95% confidence intervals',
    });
    expect(plot.querySelectorAll('.analyses-forest__row')).toHaveLength(2);
    expect(noEffectLine(plot)).toEqual({ x: tickX(plot, '1'), value: '1' });
    const [summaryId, tableId] = (plot.getAttribute('aria-describedby') ?? '').split(' ');
    expect(document.getElementById(summaryId ?? '')?.textContent).toBe(
      `2 analyses: ${ASDAS}: Placebo (FAS) vs CZP 200 mg Q2W (FAS): Odds Ratio (OR) 15.231 (95% CI 7.336 to 31.623, two-sided), p-value <0.001; ${ASAS40}: Placebo (FAS) vs CZP 200 mg Q2W (FAS): Odds Ratio (OR) 7.436 (95% CI 4.127 to 13.401, two-sided), p-value <0.001.`,
    );
    const table = screen.getByRole('table', {
      name: 'Statistical analyses of the primary outcomes, as published',
    });
    expect(table.id).toBe(tableId);
    expect(rowsOf(table)).toEqual([
      ['Outcome', 'Groups compared', 'Estimate', 'Confidence interval', 'P-value'],
      [
        ASDAS,
        'Placebo (FAS) vs CZP 200 mg Q2W (FAS)',
        'Odds Ratio (OR) 15.231',
        '95% CI 7.336 to 31.623, two-sided',
        '<0.001',
      ],
      [
        ASAS40,
        'Placebo (FAS) vs CZP 200 mg Q2W (FAS)',
        'Odds Ratio (OR) 7.436',
        '95% CI 4.127 to 13.401, two-sided',
        '<0.001',
      ],
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([ASDAS, ASAS40]);
  });

  it('renders nothing when no primary analysis can be drawn', () => {
    const secondary = makeOutcome([makeAnalysis()], { type: 'SECONDARY' });
    const undrawable = makeOutcome([makeAnalysis({ paramValue: 'NA' })], { id: 'outcome-2' });
    const { container } = render(<PrimaryAnalysesOverview outcomes={[secondary, undrawable]} />);
    expect(container.innerHTML).toBe('');
  });

  it('never puts ratios and differences on one axis, and notes what it left out', () => {
    const ratio = makeOutcome([makeAnalysis()]);
    const difference = makeOutcome(
      [
        makeAnalysis({
          id: 'outcome-2-analysis-1',
          paramType: 'Mean Difference (Final Values)',
          paramValue: '-1.2',
          ciLowerLimit: '-2.0',
          ciUpperLimit: '-0.4',
        }),
        makeAnalysis({
          id: 'outcome-2-analysis-2',
          paramType: 'Mean Difference (Final Values)',
          paramValue: '-0.9',
          ciLowerLimit: '<-2',
          ciUpperLimit: '0.1',
        }),
      ],
      { id: 'outcome-2', title: 'Pain at Week 12' },
    );
    render(<PrimaryAnalysesOverview outcomes={[ratio, difference]} />);
    const [ratios, differences] = screen.getAllByRole('img');
    expect(ratios?.getAttribute('aria-labelledby')).toBe(
      'analyses-primary-overview-forest-ratio-title',
    );
    expect(
      screen.getByRole('img', {
        name: 'Primary outcomes: estimates and 95% confidence intervals (ratios)',
      }),
    ).toBe(ratios);
    expect(
      screen.getByRole('img', {
        name: 'Primary outcomes: estimates and 95% confidence intervals (differences)',
      }),
    ).toBe(differences);
    expect(ratios && noEffectLine(ratios)).toEqual({ x: ratios && tickX(ratios, '1'), value: '1' });
    expect(differences && noEffectLine(differences)).toEqual({
      x: differences && tickX(differences, '0'),
      value: '0',
    });
    expect(differences?.querySelector('.chart-axis')?.textContent).toContain(
      'Mean Difference (Final Values)',
    );
    expect(screen.getByRole('listitem').textContent).toBe(
      'Pain at Week 12 (analysis 2): Placebo vs Drug A: the lower limit of the confidence interval "<-2" is a bound, not a value.',
    );
    // The table holds every primary analysis, the one left out of the plots too.
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
  });
});
