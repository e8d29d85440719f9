import { describe, expect, it } from 'vitest';
import { salvageParse } from '../salvage-parse';
import { ctgovParticipantFlowSchema } from './ctgov-participant-flow-schema';
import { flowBalance } from './flow-balance';
import { normalizeParticipantFlow } from './normalize-participant-flow';
import { participantFlowSchema, type ParticipantFlow } from './participant-flow-schema';
import {
  normalizeCleanly,
  sampleResultsModule,
  type SampleResultsRecord,
} from './sample-records.test-support';

function fixtureFlow(raw: unknown): ParticipantFlow {
  return normalizeCleanly(
    ctgovParticipantFlowSchema,
    normalizeParticipantFlow,
    participantFlowSchema,
    raw,
  );
}

function sampleFlow(nctId: SampleResultsRecord): ParticipantFlow {
  return fixtureFlow(sampleResultsModule(nctId, 'participantFlowModule'));
}

describe('normalizeParticipantFlow on NCT02552212', () => {
  const flow = sampleFlow('NCT02552212');

  it('keeps the details and the module groups, whom later periods re-form into', () => {
    expect(flow.preAssignmentDetails).toBe(
      'The Participant Flow refers to the Randomized Set (RS).',
    );
    expect(flow.recruitmentDetails).toMatch(/^This study started to enroll participants in Sept/);
    expect(flow.typeUnitsAnalyzed).toBeNull();
    expect(flow.groups.map((group) => [group.id, group.title])).toEqual([
      ['FG000', 'Placebo'],
      ['FG001', 'CZP 200 mg Q2W'],
      ['FG002', 'SFE OL CZP 200 mg Q2W'],
    ]);
  });

  it('keeps the periods in record order, with custom milestones where the record puts them', () => {
    expect(flow.periods.map((period) => [period.id, period.title])).toEqual([
      ['period-1', 'Double-Blind Period (Week 0 - 52)'],
      ['period-2', 'SFE Period (Week 52 - 156)'],
    ]);
    const [doubleBlind, extension] = flow.periods;
    expect(doubleBlind?.milestones.map((milestone) => [milestone.kind, milestone.type])).toEqual([
      ['STARTED', 'STARTED'],
      ['CUSTOM', 'Received OL CZP'],
      ['CUSTOM', 'Completed Week 52 Without Starting SFE'],
      ['COMPLETED', 'COMPLETED'],
      ['NOT_COMPLETED', 'NOT COMPLETED'],
    ]);
    expect(doubleBlind?.milestones[0]?.achievements).toEqual([
      { groupId: 'FG000', numSubjects: '158', numUnits: null, comment: null },
      { groupId: 'FG001', numSubjects: '159', numUnits: null, comment: null },
      { groupId: 'FG002', numSubjects: '0', numUnits: null, comment: null },
    ]);
    expect(extension?.milestones[0]?.achievements[2]).toEqual({
      groupId: 'FG002',
      numSubjects: '243',
      numUnits: null,
      comment: '123 subjects from Placebo arm and 120 subjects from CZP 200 mg Q2W arm',
    });
    expect(doubleBlind?.dropWithdraws.map((reason) => reason.type)).toContain("Patient's decision");
    expect(extension?.dropWithdraws[3]).toEqual({
      type: 'Withdrawal by Subject',
      comment: null,
      reasons: [
        { groupId: 'FG000', numSubjects: '0', numUnits: null, comment: null },
        { groupId: 'FG001', numSubjects: '0', numUnits: null, comment: null },
        { groupId: 'FG002', numSubjects: '18', numUnits: null, comment: null },
      ],
    });
  });

  it('finds that both periods add up for every group, as published', () => {
    expect(flow.periods[0] && flowBalance(flow.periods[0])).toEqual([
      {
        groupId: 'FG000',
        started: '158',
        completed: '143',
        notCompleted: '15',
        startedMinusCompleted: 15,
        notCompletedDifference: 0,
        // 6 + 2 + 1 + 1 + 3 + 1 + 0 + 0 + 0 + 1 reasons for the 15 who did not complete.
        reasonsTotal: 15,
        reasonsDifference: 0,
        addsUp: true,
      },
      expect.objectContaining({ groupId: 'FG001', reasonsTotal: 17, addsUp: true }),
      expect.objectContaining({ groupId: 'FG002', started: '0', reasonsTotal: 0, addsUp: true }),
    ]);
    expect(flow.periods[1] && flowBalance(flow.periods[1])).toEqual([
      expect.objectContaining({ groupId: 'FG000', addsUp: true }),
      expect.objectContaining({ groupId: 'FG001', addsUp: true }),
      expect.objectContaining({
        groupId: 'FG002',
        started: '243',
        completed: '206',
        notCompleted: '37',
        reasonsTotal: 37,
        addsUp: true,
      }),
    ]);
  });
});

describe('normalizeParticipantFlow on NCT05594173', () => {
  it('keeps its single group and period, which add up', () => {
    const flow = sampleFlow('NCT05594173');
    expect(flow.recruitmentDetails).toBeNull();
    expect(flow.groups).toEqual([
      {
        id: 'FG000',
        title: 'Healthy Participants',
        description: 'Healthy adults with no history of difficulties with chewing or swallowing.',
      },
    ]);
    expect(flow.periods.map((period) => period.title)).toEqual(['Overall Study']);
    expect(flow.periods[0]?.dropWithdraws.map((reason) => reason.type)).toEqual([
      'Adverse Event',
      'COVID-19 Pandemic',
    ]);
    expect(flow.periods[0] && flowBalance(flow.periods[0])).toEqual([
      {
        groupId: 'FG000',
        started: '20',
        completed: '17',
        notCompleted: '3',
        startedMinusCompleted: 3,
        notCompletedDifference: 0,
        reasonsTotal: 3,
        reasonsDifference: 0,
        addsUp: true,
      },
    ]);
  });
});

/** Raw API v2 counts per group: [["FG000", "10"], ...]. */
function rawCounts(counts: readonly (readonly [string, string])[]) {
  return counts.map(([groupId, numSubjects]) => ({ groupId, numSubjects }));
}

function rawPeriod(
  milestones: Record<string, readonly (readonly [string, string])[]>,
  reasons: Record<string, readonly (readonly [string, string])[]> = {},
) {
  return {
    title: 'Overall Study',
    milestones: Object.entries(milestones).map(([type, counts]) => ({
      type,
      achievements: rawCounts(counts),
    })),
    dropWithdraws: Object.entries(reasons).map(([type, counts]) => ({
      type,
      reasons: rawCounts(counts),
    })),
  };
}

describe('normalizeParticipantFlow quirks', () => {
  it('removes markdown escapes from text and keeps units counted besides participants', () => {
    const flow = fixtureFlow({
      typeUnitsAnalyzed: 'Eyes',
      groups: [{ id: 'FG000', title: 'Placebo-\\>OL CZP' }],
      periods: [
        {
          title: 'Week \\[0-52\\]',
          milestones: [
            {
              type: 'Dosed \\>= 2 times',
              comment: 'Eyes \\* both',
              achievements: [{ groupId: 'FG000', numSubjects: '12', numUnits: '24' }],
            },
          ],
        },
      ],
    });
    expect(flow.typeUnitsAnalyzed).toBe('Eyes');
    expect(flow.groups).toEqual([{ id: 'FG000', title: 'Placebo->OL CZP', description: null }]);
    expect(flow.periods).toEqual([
      {
        id: 'period-1',
        title: 'Week [0-52]',
        milestones: [
          {
            kind: 'CUSTOM',
            type: 'Dosed >= 2 times',
            comment: 'Eyes * both',
            achievements: [{ groupId: 'FG000', numSubjects: '12', numUnits: '24', comment: null }],
          },
        ],
        dropWithdraws: [],
      },
    ]);
  });

  it('reports an invalid value with its path and leaves it out, keeping the rest and the period ids', () => {
    const raw = {
      groups: [{ id: 'FG000', title: 'A' }, { id: 'group one' }, { id: 'FG002', title: 'C' }],
      periods: [
        'not a period',
        { title: 7 },
        {
          title: 'Extension',
          milestones: [
            {
              type: 'STARTED',
              achievements: [
                { groupId: 'FG000', numSubjects: 12 },
                { groupId: 'FG002', numSubjects: '9' },
              ],
            },
          ],
        },
      ],
    };
    const parsed = salvageParse(ctgovParticipantFlowSchema, raw);
    if (!parsed.ok) throw new Error('expected the flow to be kept');
    expect(parsed.problems).toEqual([
      {
        path: 'groups[1].id',
        message: 'expected a group id like FG000, got "group one"',
      },
      { path: 'periods[0]', message: 'expected an object, got "not a period"' },
      { path: 'periods[1].title', message: 'expected a string, got 7' },
      {
        path: 'periods[2].milestones[0].achievements[0].numSubjects',
        message: 'expected a string, got 12',
      },
    ]);
    const flow = normalizeParticipantFlow(parsed.data);
    expect(participantFlowSchema.parse(flow)).toEqual(flow);
    expect(flow.groups.map((group) => group.id)).toEqual(['FG000', 'FG002']);
    expect(flow.periods.map((period) => [period.id, period.title])).toEqual([
      ['period-2', null],
      ['period-3', 'Extension'],
    ]);
    expect(flow.periods[1]?.milestones[0]?.achievements).toEqual([
      { groupId: 'FG000', numSubjects: null, numUnits: null, comment: null },
      { groupId: 'FG002', numSubjects: '9', numUnits: null, comment: null },
    ]);
  });
});

describe('flowBalance', () => {
  it('says which group does not add up, with the published numbers and the differences', () => {
    const flow = fixtureFlow({
      periods: [
        rawPeriod(
          {
            STARTED: [
              ['FG000', '10'],
              ['FG001', '8'],
            ],
            'Received treatment': [
              ['FG000', '9'],
              ['FG001', '8'],
            ],
            COMPLETED: [
              ['FG000', '6'],
              ['FG001', '5'],
            ],
            'NOT COMPLETED': [
              ['FG000', '3'],
              ['FG001', '3'],
            ],
          },
          {
            'Adverse Event': [
              ['FG000', '2'],
              ['FG001', '1'],
            ],
            'Lost to Follow-up': [
              ['FG000', '2'],
              ['FG001', '1'],
            ],
          },
        ),
      ],
    });
    expect(flow.periods[0] && flowBalance(flow.periods[0])).toEqual([
      {
        groupId: 'FG000',
        started: '10',
        completed: '6',
        notCompleted: '3',
        startedMinusCompleted: 4,
        notCompletedDifference: -1,
        reasonsTotal: 4,
        reasonsDifference: 0,
        addsUp: false,
      },
      {
        groupId: 'FG001',
        started: '8',
        completed: '5',
        notCompleted: '3',
        startedMinusCompleted: 3,
        notCompletedDifference: 0,
        reasonsTotal: 2,
        reasonsDifference: -1,
        addsUp: false,
      },
    ]);
  });

  it('checks only what the period publishes as whole numbers, and only the groups it counts', () => {
    const flow = fixtureFlow({
      periods: [
        // No NOT COMPLETED milestone; FG001 re-formed away (not counted in this period).
        rawPeriod(
          { STARTED: [['FG000', '10']], COMPLETED: [['FG000', '7']] },
          {
            Other: [['FG000', '3']],
          },
        ),
        rawPeriod({ STARTED: [['FG002', 'NA']], COMPLETED: [['FG002', '4']] }),
        rawPeriod({ STARTED: [['FG003', '5']], COMPLETED: [['FG003', '5']] }),
      ],
    });
    const [first, second, third] = flow.periods.map(flowBalance);
    expect(first).toEqual([
      expect.objectContaining({
        groupId: 'FG000',
        notCompleted: null,
        notCompletedDifference: null,
        reasonsTotal: 3,
        reasonsDifference: 0,
        addsUp: true,
      }),
    ]);
    expect(second).toEqual([
      expect.objectContaining({ started: 'NA', startedMinusCompleted: null, addsUp: null }),
    ]);
    expect(third).toEqual([
      expect.objectContaining({ startedMinusCompleted: 0, reasonsTotal: null, addsUp: null }),
    ]);
  });
});
