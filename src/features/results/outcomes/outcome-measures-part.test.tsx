// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unescapeMarkdown } from '@/trial/markdown-escapes';
import type { OutcomeMeasures } from '@/trial/results/outcome-measures-schema';
import {
  readOutcomeMeasures,
  recordOutcomeModule,
} from '@/trial/results/outcome-measures.test-support';
import { OutcomeMeasuresPart } from './outcome-measures-part';

afterAll(cleanup);

/**
 * The samples' outcome measures as the page gets them. (sampleModule() of
 * src/test-support/sample-results.ts cannot run under jsdom: Vite rewrites its
 * `new URL(..., import.meta.url)` to a root path; this reads the same record from data/studies.)
 */
function sample(nctId: string): OutcomeMeasures {
  const { measures, problems } = readOutcomeMeasures(recordOutcomeModule(nctId));
  expect(problems).toEqual([]);
  return measures;
}

/** The record's own titles, in record order, read straight from the JSON. */
function recordTitles(nctId: string): string[] {
  const schema = z.object({
    resultsSection: z.object({
      outcomeMeasuresModule: z.object({
        outcomeMeasures: z.array(z.object({ title: z.string() })),
      }),
    }),
  });
  const record = schema.parse(JSON.parse(readFileSync(`data/studies/${nctId}.json`, 'utf8')));
  return record.resultsSection.outcomeMeasuresModule.outcomeMeasures.map((o) =>
    unescapeMarkdown(o.title),
  );
}

function renderPart(nctId: string) {
  return render(
    <OutcomeMeasuresPart
      outcomes={sample(nctId)}
      renderAnalyses={(outcome) => <p data-testid="analyses-slot">analyses of {outcome.id}</p>}
    />,
  );
}

/**
 * One outcome's article, by its model id, checked to be named by its title (queries by role
 * inside one article stay fast; across the whole 31-outcome part, jsdom takes seconds each).
 */
function outcomeArticle(id: string, title: string): HTMLElement {
  const article = document.getElementById(`results-outcome-measures-${id}`);
  if (article === null) throw new Error(`no ${id}`);
  expect(within(article).getByRole('heading', { level: 5 }).textContent).toBe(title);
  expect(article.getAttribute('aria-labelledby')).toBe(`results-outcome-measures-${id}-heading`);
  return article;
}

/** A table's rows as arrays of cell texts. */
function rowsOf(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
}

/** The texts an image's aria-describedby points to. */
function descriptionsOf(image: HTMLElement): (string | null | undefined)[] {
  return (image.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent);
}

describe('OutcomeMeasuresPart on NCT02552212', () => {
  beforeAll(() => {
    renderPart('NCT02552212');
  });

  it('shows every one of the 31 outcome titles, 11 under Primary and 20 under Secondary', () => {
    // The part is a section named by its h3 (found by id: a role query over 31 outcomes is slow in jsdom).
    const part = document.getElementById('results-outcome-measures');
    if (part === null) throw new Error('no part');
    expect(part.tagName).toBe('SECTION');
    const labelledBy = document.getElementById(part.getAttribute('aria-labelledby') ?? '');
    expect([labelledBy?.tagName, labelledBy?.textContent]).toEqual(['H3', 'Outcome measures']);
    expect(part.querySelector('h3 + div > p')?.textContent).toBe(
      '31 outcome measures: 11 primary, 20 secondary.',
    );
    const types = [...part.querySelectorAll('h4')];
    expect(types.map((heading) => heading.textContent)).toEqual([
      'Primary outcome measures (11)',
      'Secondary outcome measures (20)',
    ]);
    expect(part.querySelectorAll('h3, h4, h5, h6')).toHaveLength(1 + 2 + 31);
    const [primary, secondary] = types.map((heading) =>
      [...(heading.parentElement?.querySelectorAll('h5') ?? [])].map((title) => title.textContent),
    );
    expect(primary).toHaveLength(11);
    expect(secondary).toHaveLength(20);
    const titles = recordTitles('NCT02552212');
    expect(titles).toHaveLength(31);
    // The record happens to list its primary outcomes first: record order within each type.
    expect([...(primary ?? []), ...(secondary ?? [])]).toEqual(titles);
    expect(primary?.[0]).toBe(
      'Percentage of Subjects With Ankylosing Spondylitis Disease Activity Score Major Improvement (ASDAS-MI) Response Criteria Response at Week 52',
    );
    expect(secondary?.[19]).toBe(
      'Percentage of Subjects With Adverse Events Leading to Withdrawal From Investigational Medicinal Product (IMP) During the Study',
    );
    // Each outcome hands its analyses slot to the caller, under its own table.
    expect(screen.getAllByTestId('analyses-slot')).toHaveLength(31);
    const first = outcomeArticle('outcome-1', primary?.[0] ?? '');
    expect(within(first).getByText('1 statistical analysis')).toBeTruthy();
    expect(within(first).getByTestId('analyses-slot').textContent).toBe('analyses of outcome-1');
  });

  it('tables each outcome as published: groups as columns, numbers analyzed, value and limits', () => {
    const outcome = outcomeArticle(
      'outcome-4',
      'Certolizumab Pegol Plasma Concentration at Week 1',
    );
    const table = within(outcome).getByRole('table', {
      name: 'Certolizumab Pegol Plasma Concentration at Week 1: Geometric Mean (95% Confidence Interval), µg/mL',
    });
    expect(rowsOf(table)).toEqual([
      ['Row', 'CZP 200 mg Q2W (SS)', 'Placebo->OL CZP (SS)'],
      ['Number analyzed (Participants)', '148', '0'],
      ['Geometric Mean (95% Confidence Interval)', '50.5 [48.0, 53.0]', 'No value given'],
    ]);
    const basfi = outcomeArticle(
      'outcome-13',
      'Change From Baseline to Week 12 in the Bath Ankylosing Spondylitis Functional Index (BASFI)',
    );
    const week12 = within(basfi).getByRole('table', {
      name: 'Change From Baseline to Week 12 in the Bath Ankylosing Spondylitis Functional Index (BASFI): Least Squares Mean (Standard Error), scores on a scale',
    });
    expect(rowsOf(week12)[2]).toEqual([
      'Least Squares Mean (Standard Error)',
      '-0.38 (0.21)',
      '-2.07 (0.20)',
    ]);
  });

  it('shows NA with its comment, and leaves it out of the chart with the reason', () => {
    const title = 'Certolizumab Pegol Plasma Concentration at Follow-Up (FU) Visit';
    const outcome = outcomeArticle('outcome-11', title);
    const table = within(outcome).getByRole('table');
    expect(rowsOf(table)[2]).toEqual([
      'Geometric Mean (95% Confidence Interval)',
      '0.2 [0.1, 0.7]',
      'NA [NA, NA]Values were below the level of quantification.',
    ]);
    expect(within(outcome).queryByRole('img')).toBeNull();
    expect(
      within(outcome).getByText(
        'No chart: only one value is a number that can be drawn; the table has them all.',
      ),
    ).toBeTruthy();
    expect(
      within(outcome).getByText(
        'Placebo->OL CZP (SS): not available ("NA"): Values were below the level of quantification.',
      ),
    ).toBeTruthy();
  });

  it('charts a least squares mean with ± standard error whiskers, summed up in published numbers', () => {
    const outcome = outcomeArticle(
      'outcome-13',
      'Change From Baseline to Week 12 in the Bath Ankylosing Spondylitis Functional Index (BASFI)',
    );
    const chart = within(outcome).getByRole('img', {
      name: 'Change From Baseline to Week 12 in the Bath Ankylosing Spondylitis Functional Index (BASFI): Least Squares Mean (Standard Error) by group',
    });
    const [summary, table] = descriptionsOf(chart);
    expect(summary).toBe('Placebo (FAS): -0.38 (SE 0.21); CZP 200 mg Q2W (FAS): -2.07 (SE 0.20).');
    expect(table).toContain('Number analyzed (Participants)158159');
    const figure = chart.closest('figure');
    expect(figure?.textContent).toContain('Whiskers: ± standard error.');
    expect(chart.querySelectorAll('.chart-whisker')).toHaveLength(2);
    expect(chart.querySelectorAll('.chart-marker')).toHaveLength(2);
  });

  it('charts a geometric mean with its 95% confidence interval, and percentages as bars', () => {
    const week4Outcome = outcomeArticle(
      'outcome-6',
      'Certolizumab Pegol Plasma Concentration at Week 4',
    );
    const week4 = within(week4Outcome).getByRole('img', {
      name: 'Certolizumab Pegol Plasma Concentration at Week 4: Geometric Mean (95% Confidence Interval) by group',
    });
    expect(descriptionsOf(week4)[0]).toBe(
      'CZP 200 mg Q2W (SS): 54.6 (95% CI 51.4 to 58.0); Placebo->OL CZP (SS): 48.8 (95% CI 42.2 to 56.4).',
    );
    expect(week4.closest('figure')?.textContent).toContain('Whiskers: 95% confidence interval.');
    const teaeOutcome = outcomeArticle(
      'outcome-29',
      'Percentage of Subjects With Treatment-Emergent Adverse Events (TEAEs) During the Study',
    );
    const teae = within(teaeOutcome).getByRole('img', {
      name: 'Percentage of Subjects With Treatment-Emergent Adverse Events (TEAEs) During the Study: Number by group',
    });
    expect(teae.querySelectorAll('rect.outcome-chart__bar')).toHaveLength(5);
    expect(descriptionsOf(teae)[0]).toBe(
      'Placebo (SS): 63.9; CZP 200 mg Q2W (SS): 75.5; Placebo->OL CZP (SS): 59.4; CZP->OL CZP (SS): 65.0; SFE OL CZP 200 mg Q2W (SS): 61.3.',
    );
    expect(teae.closest('figure')?.textContent).toContain('Bars from 0.');
  });

  it('says plainly what a posted outcome without parameter type and values lacks', () => {
    const outcome = outcomeArticle(
      'outcome-3',
      'Certolizumab Pegol Plasma Concentration at Baseline',
    );
    expect(
      within(outcome).getByText(
        'The record gives no parameter type and no values for this outcome measure.',
      ),
    ).toBeTruthy();
    expect(rowsOf(within(outcome).getByRole('table'))).toEqual([
      ['Row', 'Placebo (SS)', 'CZP 200 mg Q2W (SS)'],
      ['Number analyzed (Participants)', '0', '0'],
    ]);
    expect(within(outcome).queryByRole('img')).toBeNull();
  });
});

describe('OutcomeMeasuresPart on NCT05594173', () => {
  it('shows its 2 primary outcomes, each charted with ± standard deviation for 6 groups', () => {
    cleanup();
    renderPart('NCT05594173');
    expect(screen.getByText('2 outcome measures: 2 primary.')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 5 }).map((h) => h.textContent)).toEqual(
      recordTitles('NCT05594173'),
    );
    const chart = screen.getByRole('img', {
      name: 'Total Chewing Duration Per Bolus: Mean (Standard Deviation) by group',
    });
    expect(descriptionsOf(chart)[0]).toMatch(
      /^Healthy Participants: Carrot: 14\.7 \(SD 5\.4\); Healthy Participants: Cracker: 13 \(SD 4\.3\); /,
    );
    expect(chart.querySelectorAll('.chart-marker')).toHaveLength(6);
  });
});
