// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecordFactsProvider } from '@/components/record-facts';
import type { ParticipantFlow } from '@/trial/results/participant-flow-schema';
import type { RecordProblem } from '@/trial/trial-schema';
import { descriptionsOf, milestone, period, reason, tableRows } from './flow.test-support';
import { ParticipantFlowPart } from './participant-flow-part';

afterEach(cleanup);

function flowWith(overrides: Partial<ParticipantFlow>): ParticipantFlow {
  return {
    recruitmentDetails: null,
    preAssignmentDetails: null,
    typeUnitsAnalyzed: null,
    groups: [
      { id: 'FG000', title: 'Placebo', description: null },
      { id: 'FG001', title: 'Drug', description: 'Drug 10 mg daily' },
      { id: 'FG002', title: 'Open-label drug', description: null },
    ],
    periods: [],
    ...overrides,
  };
}

function renderFlow(flow: ParticipantFlow, recordProblems: RecordProblem[] = []) {
  return render(
    <RecordFactsProvider trial={{ nctId: 'NCT00000000', recordProblems, missingModules: [] }}>
      <ParticipantFlowPart flow={flow} />
    </RecordFactsProvider>,
  );
}

function table(periodTitle: string) {
  return screen.getByRole('table', {
    name: `Participant flow, ${periodTitle}: numbers by milestone and group`,
  });
}

describe('ParticipantFlowPart quirks', () => {
  it('says plainly what the record does not give', () => {
    renderFlow(flowWith({ groups: [] }));
    const details = screen.getAllByText('Not provided');
    expect(details.map((node) => node.closest('dd')?.previousElementSibling?.textContent)).toEqual([
      'Recruitment details',
      'Pre-assignment details',
    ]);
    expect(screen.getByText('No groups listed')).toBeTruthy();
    expect(screen.getByText('No periods published')).toBeTruthy();
  });

  it('shows only the groups each period counts, as groups re-form between periods', () => {
    renderFlow(
      flowWith({
        periods: [
          period('period-1', 'Blinded', [
            milestone('STARTED', [
              ['FG000', '10'],
              ['FG001', '12'],
            ]),
            milestone('COMPLETED', [
              ['FG000', '10'],
              ['FG001', '12'],
            ]),
          ]),
          period('period-2', 'Open label', [
            milestone('STARTED', [['FG002', '22']]),
            milestone('COMPLETED', [['FG002', '20']]),
          ]),
        ],
      }),
    );
    expect(tableRows(table('Blinded'))[0]).toEqual(['Milestone', 'Placebo', 'Drug']);
    expect(tableRows(table('Open label'))).toEqual([
      ['Milestone', 'Open-label drug'],
      ['Started', '22'],
      ['Completed', '20'],
    ]);
    expect(
      screen.getAllByRole('img').map((image) => image.getAttribute('aria-labelledby')),
    ).toEqual([
      'results-participant-flow-period-1-FG000-title',
      'results-participant-flow-period-1-FG001-title',
      'results-participant-flow-period-2-FG002-title',
    ]);
    expect(
      screen.getByRole('img', { name: 'Participant flow, Open label: Open-label drug' }),
    ).toBeTruthy();
  });

  it('says where the counts do not add up, for that group, with the published numbers', () => {
    renderFlow(
      flowWith({
        periods: [
          period(
            'period-1',
            'Overall Study',
            [
              milestone('STARTED', [
                ['FG000', '42'],
                ['FG001', '40'],
              ]),
              milestone('COMPLETED', [
                ['FG000', '40'],
                ['FG001', '38'],
              ]),
              milestone('NOT COMPLETED', [
                ['FG000', '2'],
                ['FG001', '2'],
              ]),
            ],
            [
              reason('Adverse Event', [
                ['FG000', '2'],
                ['FG001', '1'],
              ]),
              reason('Lost to Follow-up', [
                ['FG000', '1'],
                ['FG001', '1'],
              ]),
            ],
          ),
        ],
      }),
    );
    const placebo = screen.getByRole('img', { name: 'Participant flow, Overall Study: Placebo' });
    const figure = placebo.closest('figure');
    expect(figure?.querySelector('.flow-note--mismatch')?.textContent).toBe(
      'The published counts do not add up. Started 42 − completed 40 = 2, but the reasons for not completing add up to 3.',
    );
    expect(descriptionsOf(placebo)[0]).toBe(
      '42 started, 40 completed, 2 did not complete: 2 Adverse Event, 1 Lost to Follow-up; the published counts do not add up.',
    );
    // The other group adds up: nothing said under its diagram.
    const drug = screen.getByRole('img', { name: 'Participant flow, Overall Study: Drug' });
    expect(drug.closest('figure')?.querySelector('.flow-note')).toBeNull();
    expect(document.querySelectorAll('.flow-note--mismatch')).toHaveLength(1);
    // Never corrected: the table has the numbers as published.
    expect(tableRows(table('Overall Study')).slice(1)).toEqual([
      ['Started', '42', '40'],
      ['Completed', '40', '38'],
      ['Not completed', '2', '2'],
      ['Not completed, by reason'],
      ['Adverse Event', '2', '1'],
      ['Lost to Follow-up', '1', '1'],
    ]);
  });

  it('shows a missing count as "Not provided" and does not check what it cannot', () => {
    renderFlow(
      flowWith({
        periods: [
          period(
            'period-1',
            'Overall Study',
            [milestone('STARTED', [['FG000', null]]), milestone('COMPLETED', [['FG000', '8']])],
            [reason('Adverse Event', [['FG000', 'NA']])],
          ),
        ],
      }),
    );
    expect(tableRows(table('Overall Study'))[1]).toEqual(['Started', 'Not provided']);
    const figure = screen
      .getByRole('img', { name: 'Participant flow, Overall Study: Placebo' })
      .closest('figure');
    expect(
      [...(figure?.querySelectorAll('.flow-note') ?? [])].map((note) => note.textContent),
    ).toEqual([
      'The reasons for not completing cannot be added up: the count for “Adverse Event” is published as “NA”, not as a whole number.',
      'Whether the counts add up cannot be checked: the number started is not provided.',
    ]);
    expect(screen.queryByText(/do not add up/)).toBeNull();
  });

  it('shows the units the record counts besides participants', () => {
    const eyes = period('period-1', 'Overall Study', [
      {
        ...milestone('STARTED', []),
        achievements: [
          { groupId: 'FG000', numSubjects: '12', numUnits: '24', comment: 'Both eyes' },
        ],
      },
    ]);
    renderFlow(flowWith({ typeUnitsAnalyzed: 'Eyes', periods: [eyes] }));
    expect(
      screen.getByText('Units analyzed', { selector: 'dt' }).nextElementSibling?.textContent,
    ).toBe('Eyes');
    expect(tableRows(table('Overall Study'))[1]).toEqual([
      'Started',
      'Participants: 12Eyes: 24Both eyes',
    ]);
    const image = screen.getByRole('img', { name: 'Participant flow, Overall Study: Placebo' });
    expect([...image.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      'Started',
      '12 (24 Eyes)',
    ]);
    expect(descriptionsOf(image)[0]).toBe('12 started (24 Eyes).');
  });

  it('renders hostile long text inert, wrapped in the table and shortened in the diagram', () => {
    const hostile = `<script>alert(1)</script>\u202E${'Ward '.repeat(400)}${'x'.repeat(3000)}`;
    const { container } = renderFlow(
      flowWith({
        recruitmentDetails: hostile,
        groups: [{ id: 'FG000', title: hostile, description: hostile }],
        periods: [
          period(
            'period-1',
            hostile,
            [milestone(hostile, [['FG000', '1']])],
            [reason(hostile, [['FG000', '1']])],
          ),
        ],
      }),
    );
    expect(container.querySelector('script')).toBeNull();
    const [headerRow, milestoneRow] = tableRows(table(hostile));
    expect(headerRow).toEqual(['Milestone', hostile]);
    expect(milestoneRow).toEqual([hostile, '1']);
    const image = screen.getByRole('img', { name: `Participant flow, ${hostile}: ${hostile}` });
    const lines = [...image.querySelectorAll('text')].map((text) => text.textContent);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(60);
    expect(lines[0]?.startsWith('<script>alert(1)')).toBe(true);
    expect(image.closest('figure')?.textContent).toContain(
      'Long labels are shortened in the diagram; the table has them in full.',
    );
  });

  it('shows the invalid values of the record with the period or milestone they belong to', () => {
    const base = 'resultsSection.participantFlowModule.periods';
    renderFlow(
      flowWith({
        periods: [
          {
            ...period('period-2', 'Extension', [
              milestone('STARTED', [['FG000', null]]),
              milestone('COMPLETED', [['FG000', '4']]),
            ]),
            title: null,
          },
        ],
      }),
      [
        { path: `${base}[0]`, message: 'expected an object, got "not a period"' },
        { path: `${base}[1].title`, message: 'expected a string, got 7' },
        { path: `${base}[1].milestones[0]`, message: 'expected an object, got 3' },
        {
          path: `${base}[1].milestones[1].achievements[0].numSubjects`,
          message: 'expected a string, got 12',
        },
      ],
    );
    const headings = screen
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Groups',
      'Period 1 of the record',
      'Untitled period (period 2 of the record)',
    ]);
    const dropped = screen.getByRole('heading', { name: 'Period 1 of the record' }).parentElement;
    expect(dropped?.textContent).toBe(
      `Period 1 of the recordInvalid in the record${base}[0]: expected an object, got "not a period"`,
    );
    // The kept milestones are the record's milestones[1] and [2]: the problem of [1] is STARTED's.
    const rows = within(table('Untitled period (period 2 of the record)')).getAllByRole('row');
    expect(rows[1]?.querySelector('th')?.textContent).toBe(
      `StartedInvalid in the record${base}[1].milestones[1].achievements[0].numSubjects: expected a string, got 12`,
    );
    expect(rows[2]?.querySelector('th')?.textContent).toBe('Completed');
    // The period's own problems (its title, the dropped milestone) are said under its heading.
    const periodNote = screen.getByRole('heading', { name: /^Untitled period/ }).nextElementSibling;
    expect(periodNote?.textContent).toBe(
      `Invalid in the record${base}[1].title: expected a string, got 7${base}[1].milestones[0]: expected an object, got 3`,
    );
  });
});
