import { describe, expect, it } from 'vitest';
import { flowBalance } from '@/trial/results/flow-balance';
import type { FlowPeriod } from '@/trial/results/participant-flow-schema';
import { sampleModule } from '@/test-support/sample-results';
import { balanceNotes } from './balance-notes';
import { flowDiagramModel } from './flow-diagram-model';
import { periodGroups } from './flow-labels';
import { flowSummary } from './flow-summary';
import { milestone, period, reason } from './flow.test-support';

function notesOf(flowPeriod: FlowPeriod) {
  return flowBalance(flowPeriod).map((balance) => balanceNotes(flowPeriod, balance));
}

const overall = period(
  'period-1',
  'Overall Study',
  [
    milestone('STARTED', [
      ['FG000', '42'],
      ['FG001', '10'],
    ]),
    milestone('COMPLETED', [
      ['FG000', '40'],
      ['FG001', '7'],
    ]),
    milestone('NOT COMPLETED', [
      ['FG000', '2'],
      ['FG001', '2'],
    ]),
  ],
  [
    reason('Adverse Event', [
      ['FG000', '1'],
      ['FG001', '1'],
    ]),
    reason('Lost to Follow-up', [
      ['FG000', '2'],
      ['FG001', '2'],
    ]),
  ],
);

describe('flow summary', () => {
  it('says what NCT02552212 published for Placebo in the double-blind period, in record order', () => {
    const doubleBlind = sampleModule('NCT02552212', 'participantFlow').periods[0];
    if (!doubleBlind) throw new Error('a period expected');
    expect(flowSummary(doubleBlind, 'FG000', 'units', true)).toBe(
      '158 started, 96 Received OL CZP, 20 Completed Week 52 Without Starting SFE, 143 completed, ' +
        '15 did not complete: 6 Adverse Event, 2 Lack of Efficacy, 1 Protocol Violation, ' +
        '1 Lost to Follow-up, 3 Withdrawal by Subject, 1 Study non-compliance, 1 Missing/Unspecified.',
    );
  });

  it('says a missing count plainly, keeps "NA" as published, gives units, and says when counts do not add up', () => {
    const odd = period('period-1', 'Overall Study', [
      milestone('STARTED', [['FG000', null]]),
      milestone('COMPLETED', [['FG000', 'NA']]),
      {
        ...milestone('Eyes treated', [['FG000', '12']]),
        achievements: [{ groupId: 'FG000', numSubjects: '12', numUnits: '24', comment: null }],
      },
    ]);
    expect(flowSummary(odd, 'FG000', 'Eyes', false)).toBe(
      'Number started not provided, completed: NA, 12 Eyes treated (24 Eyes); the published counts do not add up.',
    );
  });
  it('quotes a count that is not a whole number after its label, and keeps the reasons apart from it', () => {
    const odd = period(
      'period-1',
      'Overall Study',
      [milestone('NOT COMPLETED', [['FG000', 'NA']])],
      [
        reason('Adverse Event', [['FG000', '1']]),
        reason('Lost to Follow-up', [['FG000', 'unknown']]),
        reason('Other', [['FG000', '0']]),
      ],
    );
    expect(flowSummary(odd, 'FG000', 'units', true)).toBe(
      'Did not complete: NA; reasons: 1 Adverse Event, Lost to Follow-up: unknown.',
    );
  });
});

describe('balance notes', () => {
  it('says nothing where the counts add up (NCT02552212, both periods)', () => {
    const flow = sampleModule('NCT02552212', 'participantFlow');
    expect(flow.periods.flatMap(notesOf)).toEqual(
      Array.from({ length: 6 }, () => ({ mismatches: [], unchecked: [] })),
    );
  });

  it('states each mismatch with the published numbers, never correcting them', () => {
    expect(notesOf(overall)).toEqual([
      {
        mismatches: [
          'Started 42 − completed 40 = 2, but the reasons for not completing add up to 3.',
        ],
        unchecked: [],
      },
      {
        mismatches: ['Started 10 − completed 7 = 3, but not completed is 2.'],
        unchecked: [],
      },
    ]);
  });

  it('says a check cannot be made where a count is missing or not a whole number', () => {
    const unreadable = period(
      'period-1',
      'Overall Study',
      [
        milestone('STARTED', [
          ['FG000', 'NA'],
          ['FG001', '10'],
        ]),
        milestone('COMPLETED', [['FG000', '5']]),
        milestone('NOT COMPLETED', [
          ['FG000', '4'],
          ['FG001', '2'],
        ]),
      ],
      [
        reason('Adverse Event', [
          ['FG000', '3'],
          ['FG001', null],
        ]),
      ],
    );
    expect(notesOf(unreadable)).toEqual([
      {
        mismatches: ['Not completed 4, but the reasons for not completing add up to 3.'],
        unchecked: [
          'Whether the counts add up cannot be checked: the number started is published as “NA”, not as a whole number.',
        ],
      },
      {
        mismatches: [],
        unchecked: [
          'The reasons for not completing cannot be added up: the count for “Adverse Event” is not provided.',
          'Whether the counts add up cannot be checked: the number completed is not provided.',
        ],
      },
    ]);
  });

  it('writes a negative difference with a minus sign', () => {
    const more = period('period-1', 'Overall Study', [
      milestone('STARTED', [['FG000', '5']]),
      milestone('COMPLETED', [['FG000', '7']]),
      milestone('NOT COMPLETED', [['FG000', '0']]),
    ]);
    expect(notesOf(more)[0]?.mismatches).toEqual([
      'Started 5 − completed 7 = −2, but not completed is 0.',
    ]);
  });
});

describe('flowDiagramModel', () => {
  it('chains the milestones without NOT COMPLETED, and branches before COMPLETED', () => {
    const doubleBlind = sampleModule('NCT02552212', 'participantFlow').periods[0];
    if (!doubleBlind) throw new Error('a period expected');
    const model = flowDiagramModel(doubleBlind, 'FG001', 'units');
    expect(model.chain).toEqual([
      { label: 'Started', count: '159' },
      { label: 'Received OL CZP', count: '20' },
      { label: 'Completed Week 52 Without Starting SFE', count: '22' },
      { label: 'Completed', count: '142' },
    ]);
    expect(model.branchAt).toBe(3);
    expect(model.side?.count).toBe('17');
    expect(model.side?.reasons[0]).toEqual({ label: 'Adverse Event', count: '3' });
    expect(model.side?.reasons).toHaveLength(10);
  });

  it('says "Not provided" for a group a milestone does not count', () => {
    const model = flowDiagramModel(overall, 'FG009', 'units');
    expect(model.chain.map((step) => step.count)).toEqual(['Not provided', 'Not provided']);
  });
});

describe('periodGroups', () => {
  it('lists the groups a period counts in module order, then ids the module lacks', () => {
    const flow = {
      recruitmentDetails: null,
      preAssignmentDetails: null,
      typeUnitsAnalyzed: null,
      groups: [
        { id: 'FG000', title: 'Placebo', description: null },
        { id: 'FG001', title: null, description: null },
        { id: 'FG002', title: 'Unused here', description: null },
      ],
      periods: [],
    };
    const counted = period('period-1', 'Overall Study', [
      milestone('STARTED', [
        ['FG007', '1'],
        ['FG001', '2'],
        ['FG000', '3'],
      ]),
    ]);
    expect(periodGroups(flow, counted).map((group) => group.title)).toEqual([
      'Placebo',
      'Untitled group (FG001)',
      "FG007 (not among the module's groups)",
    ]);
  });
});
