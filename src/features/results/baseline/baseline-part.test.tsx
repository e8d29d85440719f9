// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BaselinePart } from './baseline-part';
import { sampleModule } from '@/test-support/sample-results';
import {
  baselineTable,
  cellsOf,
  columnHeaders,
  headersOfCell,
  rowOf,
} from './baseline-table.test-support';

afterEach(cleanup);

const note = () => document.getElementById('results-baseline-note')?.textContent ?? '';

describe('BaselinePart on NCT02552212', () => {
  it('is the results part "Baseline characteristics", with the population and the groups described', () => {
    render(<BaselinePart baseline={sampleModule('NCT02552212', 'baseline')} />);
    const part = screen.getByRole('region', { name: 'Baseline characteristics' });
    expect(part.id).toBe('results-baseline');
    expect(part.textContent).toContain(
      'Population analyzedBaseline Characteristics refer to the Randomized Set witch consisted of all subjects randomized into the study.',
    );
    const groups = [...part.querySelectorAll('.baseline-groups dt')].map((dt) => dt.textContent);
    expect(groups).toEqual(['Placebo', 'CZP 200 mg Q2W', 'Total Title (Total column)']);
    expect(part.querySelector('.baseline-groups dd')?.textContent).toBe(
      'Matching placebo to certolizumab pegol (CZP) injections were administered every 2 weeks from Week 0 onwards.',
    );
  });

  it('has the groups as columns, the Total last, and the overall number of participants', () => {
    render(<BaselinePart baseline={sampleModule('NCT02552212', 'baseline')} />);
    expect(columnHeaders()).toEqual(['Characteristic', 'Placebo', 'CZP 200 mg Q2W', 'Total Title']);
    expect(cellsOf('Overall number of baseline participants')).toEqual(['158', '159', '317']);
  });

  it('says each measure’s statistic in words, its unit, and its values with their spread', () => {
    render(<BaselinePart baseline={sampleModule('NCT02552212', 'baseline')} />);
    expect(cellsOf('Age, Continuous Mean (Standard Deviation); unit: years')).toEqual([
      '37.4 (10.8)',
      '37.3 (10.5)',
      '37.3 (10.6)',
    ]);
    expect(rowOf('Sex: Female, Male Count of Participants; unit: Participants')).toBeTruthy();
  });

  it('shows categories as rows with the explorer’s percent of each count, and names every cell’s headers', () => {
    render(<BaselinePart baseline={sampleModule('NCT02552212', 'baseline')} />);
    expect(cellsOf('Female')).toEqual(['82 (51.9%)', '81 (50.9%)', '163 (51.4%)']);
    expect(cellsOf('Between 18 and 65 years')).toEqual([
      '154 (97.5%)',
      '156 (98.1%)',
      '310 (97.8%)',
    ]);
    expect(cellsOf('Other/mixed')).toEqual(['1 (0.6%)', '2 (1.3%)', '3 (0.9%)']);
    const female = rowOf('Female');
    expect(female.querySelector('th')?.getAttribute('scope')).toBe('row');
    const [placebo] = female.querySelectorAll('td');
    if (!placebo) throw new Error('a cell expected');
    expect(headersOfCell(placebo)).toEqual([
      'Placebo',
      'Sex: Female, Male Count of Participants; unit: Participants',
      'Female',
    ]);
  });

  it('scrolls in a labelled, focusable box and explains its cells, the percentages as computed', () => {
    render(<BaselinePart baseline={sampleModule('NCT02552212', 'baseline')} />);
    const box = screen.getByRole('group', { name: 'Baseline characteristics by group' });
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.contains(baselineTable())).toBe(true);
    expect(baselineTable().getAttribute('aria-describedby')).toBe('results-baseline-note');
    expect(note()).toContain('the Total column is the record’s own, placed last');
    expect(note()).toContain('follows the value in parentheses, as in 38.2 (11.6)');
    expect(note()).not.toContain('square brackets');
    expect(note()).toContain(
      'Percentages beside counts of participants, as in 82 (51.9%), are computed by this explorer, not published in the record',
    );
  });
});

describe('BaselinePart on NCT05594173 (observational, one group)', () => {
  it('has its one group, no Total, a median with its full range, and classes as rows', () => {
    render(<BaselinePart baseline={sampleModule('NCT05594173', 'baseline')} />);
    expect(columnHeaders()).toEqual(['Characteristic', 'Healthy Participants']);
    expect(cellsOf('Overall number of baseline participants')).toEqual(['17']);
    expect(cellsOf('Age, Continuous Median (Full Range); unit: years')).toEqual(['26 [22 to 54]']);
    expect(cellsOf('Not Hispanic or Latino')).toEqual(['17 (100.0%)']);
    expect(cellsOf('Native Hawaiian or Other Pacific Islander')).toEqual(['0 (0.0%)']);
    // A NUMBER measure: its count is shown as published, without a percent.
    expect(
      rowOf('Region of Enrollment Number; unit: participants').querySelector('th')?.colSpan,
    ).toBe(2);
    expect(cellsOf('Canada')).toEqual(['17']);
    expect(note()).toContain('from its lower to its upper limit, as in 41 [18 to 65]');
    expect(note()).not.toContain('Total column');
  });
});
