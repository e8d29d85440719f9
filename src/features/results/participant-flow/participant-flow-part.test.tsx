// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleModule } from '@/test-support/sample-results';
import { descriptionsOf, tableRows } from './flow.test-support';
import { ParticipantFlowPart } from './participant-flow-part';

afterEach(cleanup);

const DOUBLE_BLIND = 'Double-Blind Period (Week 0 - 52)';
const EXTENSION = 'SFE Period (Week 52 - 156)';

function valueOf(term: string) {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('ParticipantFlowPart on NCT02552212', () => {
  const flow = sampleModule('NCT02552212', 'participantFlow');

  it('is the "Participant flow" part, with the details and the groups as published', () => {
    render(<ParticipantFlowPart flow={flow} />);
    const part = screen.getByRole('region', { name: 'Participant flow' });
    expect(part.id).toBe('results-participant-flow');
    expect(valueOf('Pre-assignment details')).toBe(
      'The Participant Flow refers to the Randomized Set (RS).',
    );
    expect(valueOf('Recruitment details')).toMatch(
      /^This study started to enroll participants in September 2015\./,
    );
    // The record counts participants only: no units to speak of.
    expect(screen.queryByText('Units analyzed')).toBeNull();
    const groups = within(part).getAllByRole('listitem');
    expect(groups.map((item) => item.querySelector('.flow-groups__title')?.textContent)).toEqual([
      'Placebo',
      'CZP 200 mg Q2W',
      'SFE OL CZP 200 mg Q2W',
    ]);
    expect(groups[0]?.textContent).toContain('Matching placebo to certolizumab pegol (CZP)');
    expect(
      within(part)
        .getAllByRole('heading', { level: 4 })
        .map((heading) => heading.textContent),
    ).toEqual(['Groups', DOUBLE_BLIND, EXTENSION]);
  });

  it('tables each period: milestones in record order, then the reasons under their row header', () => {
    render(<ParticipantFlowPart flow={flow} />);
    const table = screen.getByRole('table', {
      name: `Participant flow, ${DOUBLE_BLIND}: numbers by milestone and group`,
    });
    const rows = tableRows(table);
    expect(rows.slice(0, 7)).toEqual([
      ['Milestone', 'Placebo', 'CZP 200 mg Q2W', 'SFE OL CZP 200 mg Q2W'],
      ['Started', '158', '159', '0'],
      ['Received OL CZP', '96', '20', '0'],
      ['Completed Week 52 Without Starting SFE', '20', '22', '0'],
      ['Completed', '143', '142', '0'],
      ['Not completed', '15', '17', '0'],
      ['Not completed, by reason'],
    ]);
    expect(rows).toContainEqual(['Withdrawal by Subject', '3', '7', '0']);
    expect(rows).toHaveLength(17);
    expect(within(table).getByRole('rowheader', { name: 'Adverse Event' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Placebo' }).getAttribute('scope')).toBe(
      'col',
    );
    const extension = screen.getByRole('table', {
      name: `Participant flow, ${EXTENSION}: numbers by milestone and group`,
    });
    expect(tableRows(extension)[1]).toEqual([
      'Started',
      '0',
      '0',
      '243123 subjects from Placebo arm and 120 subjects from CZP 200 mg Q2W arm',
    ]);
  });

  it('draws a diagram per group and period, named, summarized and described by its table', () => {
    render(<ParticipantFlowPart flow={flow} />);
    expect(screen.getAllByRole('img')).toHaveLength(6);
    const placebo = screen.getByRole('img', { name: `Participant flow, ${DOUBLE_BLIND}: Placebo` });
    expect(descriptionsOf(placebo)[0]).toBe(
      '158 started, 96 Received OL CZP, 20 Completed Week 52 Without Starting SFE, 143 completed, ' +
        '15 did not complete: 6 Adverse Event, 2 Lack of Efficacy, 1 Protocol Violation, ' +
        '1 Lost to Follow-up, 3 Withdrawal by Subject, 1 Study non-compliance, 1 Missing/Unspecified.',
    );
    expect(descriptionsOf(placebo)[1]).toMatch(
      new RegExp(`^Participant flow, ${DOUBLE_BLIND.replace(/[()]/g, '\\$&')}: numbers by`),
    );
    const texts = [...placebo.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts.slice(0, 4)).toEqual(['Started', '158', 'Received OL CZP', '96']);
    expect(texts).toContain('Not completed');
    expect(texts).toContain('Lost to Follow-up');
    expect(placebo.querySelectorAll('rect')).toHaveLength(5);
    const extension = screen.getByRole('img', {
      name: `Participant flow, ${EXTENSION}: SFE OL CZP 200 mg Q2W`,
    });
    expect(descriptionsOf(extension)[0]).toMatch(
      /^243 started, 206 completed, 37 did not complete: 5 Adverse Event, 4 Lack of Efficacy/,
    );
    // Both periods add up as published: nothing to say.
    expect(screen.queryByText(/do not add up/)).toBeNull();
  });
});
