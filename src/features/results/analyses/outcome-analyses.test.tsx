// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubBoxWidth } from '@/test-support/fixed-width-resize-observer';
import { RecordFactsProvider } from '@/components/record-facts';
import {
  outcomeById,
  readOutcomeMeasures,
  recordOutcomeModule,
} from '@/trial/results/outcome-measures.test-support';
import {
  definitionsOf,
  makeAnalysis,
  makeOutcome,
  noEffectLine,
  tickX,
} from './analyses.test-support';
import { OutcomeAnalyses } from './outcome-analyses';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// Read relative to the working directory: sampleModule's import.meta.url path fails under jsdom.
const sample = readOutcomeMeasures(recordOutcomeModule('NCT02552212')).measures;

function describedBy(element: Element): (string | null | undefined)[] {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.getAttribute('id'));
}

describe('OutcomeAnalyses on NCT02552212', () => {
  it('shows the p-value of every one of the 12 analyses exactly as published', () => {
    const { container } = render(
      <>
        {sample.outcomeMeasures.map((outcome) => (
          <OutcomeAnalyses key={outcome.id} outcome={outcome} />
        ))}
      </>,
    );
    expect(definitionsOf(container, 'P-value')).toEqual([
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.0001',
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.001',
      '<0.001',
      '=0.247',
    ]);
  });

  it('shows an analysis with its groups, estimate, interval, method and test type', () => {
    const { container } = render(<OutcomeAnalyses outcome={outcomeById(sample, 'outcome-1')} />);
    expect(screen.getByText('Statistical analyses (1)').tagName).toBe('P');
    expect(screen.queryByRole('heading', { level: 5 })).toBeNull();
    expect(screen.getByRole('heading', { level: 6 }).textContent).toBe(
      'Analysis 1: Placebo (FAS) vs CZP 200 mg Q2W (FAS)',
    );
    expect(definitionsOf(container, 'Estimate')).toEqual(['Odds Ratio (OR) 15.231']);
    expect(definitionsOf(container, 'Confidence interval')).toEqual([
      '95% CI 7.336 to 31.623, two-sided',
    ]);
    expect(definitionsOf(container, 'Method')).toEqual(['Regression, Logistic']);
    expect(definitionsOf(container, 'Type of statistical test')).toEqual(['Other']);
    expect(definitionsOf(container, 'About the comparison')[0]).toMatch(
      /^Odds ratio: CZP\/Placebo and p-value were calculated using logistic regression/,
    );
  });

  it('draws a forest plot named by the outcome, summarised and described by the analyses', () => {
    render(<OutcomeAnalyses outcome={outcomeById(sample, 'outcome-1')} />);
    const plot = screen.getByRole('img', {
      name: 'Estimates and 95% confidence intervals: Percentage of Subjects With Ankylosing Spondylitis Disease Activity Score Major Improvement (ASDAS-MI) Response Criteria Response at Week 52',
    });
    const [summaryId, listId] = describedBy(plot);
    expect(document.getElementById(summaryId ?? '')?.textContent).toBe(
      'Placebo (FAS) vs CZP 200 mg Q2W (FAS): Odds Ratio (OR) 15.231 (95% CI 7.336 to 31.623, two-sided), p-value <0.001.',
    );
    expect(listId).toBe('analyses-outcome-1-list');
    expect(document.getElementById('analyses-outcome-1-list')?.textContent).toContain('15.231');
    expect(plot.querySelector('.chart-axis')?.textContent).toContain('Odds Ratio (OR), log scale');
    expect(noEffectLine(plot)).toEqual({ x: tickX(plot, '1'), value: '1' });
  });

  it('draws a difference on a linear axis with its line of no effect at 0', () => {
    render(<OutcomeAnalyses outcome={outcomeById(sample, 'outcome-13')} />);
    const plot = screen.getByRole('img', {
      name: /^Estimates and 95% confidence intervals: Change From Baseline to Week 12 in the Bath/,
    });
    expect(plot.querySelector('.chart-axis')?.textContent).toContain('Difference');
    expect(noEffectLine(plot)).toEqual({ x: tickX(plot, '0'), value: '0' });
    expect(plot.querySelector('.analyses-forest__value')?.textContent).toBe(
      '-1.696 (-2.110 to -1.282)',
    );
  });

  it('renders nothing for an outcome without analyses', () => {
    const { container } = render(<OutcomeAnalyses outcome={outcomeById(sample, 'outcome-3')} />);
    expect(outcomeById(sample, 'outcome-3').analyses).toEqual([]);
    expect(container.innerHTML).toBe('');
  });
});

describe('OutcomeAnalyses on quirks', () => {
  it('puts a ratio on a log scale with the line of no effect at 1', () => {
    render(<OutcomeAnalyses outcome={makeOutcome([makeAnalysis({ ciLowerLimit: '0.4' })])} />);
    const plot = screen.getByRole('img');
    const line = noEffectLine(plot);
    expect(line.value).toBe('1');
    expect(line.x).not.toBeNull();
    expect(line.x).toBe(tickX(plot, '1'));
    // Log scale: 1 sits at the middle of 0.5 and 2 (equal ratios are equal distances).
    const [half, two] = [tickX(plot, '0.5'), tickX(plot, '2')].map(Number);
    expect(Number(line.x)).toBeCloseTo(((half ?? 0) + (two ?? 0)) / 2, 6);
  });

  it('leaves an analysis whose interval is not a number out of the plot, with a note naming it', () => {
    const { container } = render(
      <OutcomeAnalyses
        outcome={makeOutcome([
          makeAnalysis(),
          makeAnalysis({
            id: 'outcome-1-analysis-2',
            ciUpperLimit: 'NA',
            ciUpperLimitComment: 'Not estimable',
          }),
        ])}
      />,
    );
    expect(screen.getByRole('img').querySelectorAll('.analyses-forest__row')).toHaveLength(1);
    expect(screen.getByRole('listitem').textContent).toBe(
      'Analysis 2: Placebo vs Drug A: the upper limit of the confidence interval "NA" is not a number.',
    );
    expect(definitionsOf(container, 'Confidence interval')).toEqual([
      '95% CI 1.2 to 3.4, two-sided',
      '95% CI 1.2 to NA, two-sidedUpper limit: Not estimable',
    ]);
  });

  it('says there is no plot when no analysis can be drawn', () => {
    render(<OutcomeAnalyses outcome={makeOutcome([makeAnalysis({ paramType: 'Slope' })])} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/^No forest plot:/)).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(
      'Placebo vs Drug A: "Slope" says neither ratio nor difference, so its line of no effect is unknown.',
    );
  });

  it('names an unknown group id plainly instead of dropping it', () => {
    render(
      <OutcomeAnalyses outcome={makeOutcome([makeAnalysis({ groupIds: ['OG000', 'OG009'] })])} />,
    );
    expect(screen.getByRole('heading', { level: 6 }).textContent).toBe(
      'Analysis 1: Placebo vs OG009 (not a group of this outcome)',
    );
  });

  it('gives a one-sided interval its level and sides', () => {
    const { container } = render(
      <OutcomeAnalyses
        outcome={makeOutcome([
          makeAnalysis({
            ciPctValue: '97.5',
            ciNumSides: 'ONE_SIDED',
            ciLowerLimit: '-0.5',
            ciUpperLimit: null,
            paramType: 'Mean Difference (Final Values)',
            paramValue: '0.8',
          }),
        ])}
      />,
    );
    expect(definitionsOf(container, 'Confidence interval')).toEqual([
      '97.5% CI -0.5 to not given, one-sided',
    ]);
    expect(screen.getByRole('listitem').textContent).toContain(
      'no upper limit of the confidence interval is given',
    );
  });

  it('shows a non-inferiority analysis with its type, answer and comment', () => {
    const { container } = render(
      <OutcomeAnalyses
        outcome={makeOutcome([
          makeAnalysis({
            testedNonInferiority: true,
            nonInferiorityType: 'NON_INFERIORITY',
            nonInferiorityComment: 'Margin of 10 percentage points.',
            dispersionType: 'STANDARD_ERROR_OF_MEAN',
            dispersionValue: '0.21',
          }),
        ])}
      />,
    );
    expect(definitionsOf(container, 'Type of statistical test')).toEqual(['Non-inferiority']);
    expect(definitionsOf(container, 'Non-inferiority or equivalence analysis')).toEqual(['Yes']);
    expect(definitionsOf(container, 'About non-inferiority')).toEqual([
      'Margin of 10 percentage points.',
    ]);
    expect(definitionsOf(container, 'Dispersion of the estimate')).toEqual([
      'Standard error of the mean: 0.21',
    ]);
  });

  it('says a missing p-value and method plainly, and shows the comment a p-value has', () => {
    const { container } = render(
      <OutcomeAnalyses
        outcome={makeOutcome([
          makeAnalysis({ pValue: null, statisticalMethod: null }),
          makeAnalysis({
            id: 'outcome-1-analysis-2',
            pValue: 'NA',
            pValueComment: 'Too few events.',
          }),
        ])}
      />,
    );
    expect(definitionsOf(container, 'P-value')).toEqual([
      'Not provided',
      'NAComment: Too few events.',
    ]);
    expect(definitionsOf(container, 'Method')).toEqual(['Not provided', 'Regression, Logistic']);
  });

  it('shows a value the record had but that was invalid as invalid, where it belongs', () => {
    const path =
      'resultsSection.outcomeMeasuresModule.outcomeMeasures[0].analyses[0].nonInferiorityType';
    const { container } = render(
      <RecordFactsProvider
        trial={{
          nctId: 'NCT00000000',
          recordProblems: [{ path, message: 'Invalid option' }],
          missingModules: [],
        }}
      >
        <OutcomeAnalyses outcome={makeOutcome([makeAnalysis()])} />
      </RecordFactsProvider>,
    );
    expect(definitionsOf(container, 'Type of statistical test')).toEqual([
      `Invalid in the record${path}: Invalid option`,
    ]);
  });

  it('draws ratios and differences of one outcome in separate plots', () => {
    render(
      <OutcomeAnalyses
        outcome={makeOutcome([
          makeAnalysis(),
          makeAnalysis({
            id: 'outcome-1-analysis-2',
            paramType: 'Risk Difference (RD)',
            paramValue: '0.12',
            ciLowerLimit: '0.02',
            ciUpperLimit: '0.22',
          }),
        ])}
      />,
    );
    const names = screen.getAllByRole('img').map((plot) => plot.getAttribute('aria-labelledby'));
    expect(names.map((id) => document.getElementById(id ?? '')?.textContent)).toEqual([
      'Estimates and 95% confidence intervals: Response at Week 12 (ratios)',
      'Estimates and 95% confidence intervals: Response at Week 12 (differences)',
    ]);
  });

  it('keeps hostile text inert, and wraps a very long label inside the plot', () => {
    const hostile = `<script>alert(1)</script>\u202E${'W'.repeat(400)}`;
    const { container } = render(
      <OutcomeAnalyses
        outcome={makeOutcome(
          [makeAnalysis({ groupDescription: hostile, statisticalMethod: hostile })],
          {
            groups: [
              { id: 'OG000', title: hostile, description: null },
              { id: 'OG001', title: 'Drug A', description: null },
            ],
          },
        )}
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(definitionsOf(container, 'Method')).toEqual([hostile]);
    const lines = [...screen.getByRole('img').querySelectorAll('.analyses-forest__label')];
    expect(lines).toHaveLength(6);
    expect(lines.every((line) => line.textContent.length <= 32)).toBe(true);
    // The override mark cannot reorder the words around the title: it is removed, the title isolated.
    expect(lines[0]?.textContent).toBe('\u2068<script>alert(1)</script>WWWWWW');
    expect(screen.getByRole('heading', { level: 6 }).textContent).toBe(
      `Analysis 1: \u2068${hostile.replace('\u202E', '')}\u2069 vs Drug A`,
    );
  });

  it('draws at the width of a 360 px phone, the label whole above the marks', () => {
    stubBoxWidth(332);
    render(<OutcomeAnalyses outcome={outcomeById(sample, 'outcome-1')} />);
    const plot = screen.getByRole('img');
    expect(plot.getAttribute('width')).toBe('332');
    const labels = [...plot.querySelectorAll('.analyses-forest__label')].map(
      (line) => line.textContent,
    );
    expect(labels).toEqual(['Placebo (FAS) vs CZP 200 mg Q2W (FAS)']);
    const value = plot.querySelector('.analyses-forest__value');
    expect(value?.getAttribute('x')).toBe('14');
    expect(Number(value?.getAttribute('y'))).toBeLessThan(
      Number(plot.querySelector('.analyses-forest__estimate')?.getAttribute('y')),
    );
  });
});
