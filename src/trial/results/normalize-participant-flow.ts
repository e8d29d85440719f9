import { indexed, present } from '../ctgov-fields';
import type {
  CtgovFlowPeriod,
  CtgovFlowStats,
  CtgovParticipantFlow,
} from './ctgov-participant-flow-schema';
import { normalizeResultGroup } from './normalize-results-fields';
import { publishedText } from './published-text';
import type {
  FlowCount,
  FlowPeriod,
  MilestoneKind,
  ParticipantFlow,
} from './participant-flow-schema';

/** The codes of the three milestones every period has; any other type is the study's own title. */
const MILESTONE_KINDS: Readonly<Record<string, MilestoneKind>> = {
  STARTED: 'STARTED',
  COMPLETED: 'COMPLETED',
  'NOT COMPLETED': 'NOT_COMPLETED',
};

export function milestoneKind(type: string | undefined): MilestoneKind {
  return type === undefined ? 'CUSTOM' : (MILESTONE_KINDS[type] ?? 'CUSTOM');
}

function normalizeCounts(stats: readonly (CtgovFlowStats | undefined)[] | undefined): FlowCount[] {
  return present(stats).map((count) => ({
    groupId: count.groupId,
    numSubjects: publishedText(count.numSubjects),
    numUnits: publishedText(count.numUnits),
    comment: publishedText(count.comment),
  }));
}

function normalizePeriod(period: CtgovFlowPeriod, index: number): FlowPeriod {
  return {
    id: `period-${index + 1}`,
    title: publishedText(period.title),
    milestones: present(period.milestones).map((milestone) => ({
      kind: milestoneKind(milestone.type),
      type: publishedText(milestone.type),
      comment: publishedText(milestone.comment),
      achievements: normalizeCounts(milestone.achievements),
    })),
    dropWithdraws: present(period.dropWithdraws).map((reason) => ({
      type: publishedText(reason.type),
      comment: publishedText(reason.comment),
      reasons: normalizeCounts(reason.reasons),
    })),
  };
}

/** The record's participant flow as published: groups, then periods in record order. */
export function normalizeParticipantFlow(module: CtgovParticipantFlow): ParticipantFlow {
  return {
    recruitmentDetails: publishedText(module.recruitmentDetails),
    preAssignmentDetails: publishedText(module.preAssignmentDetails),
    typeUnitsAnalyzed: publishedText(module.typeUnitsAnalyzed),
    groups: present(module.groups).map(normalizeResultGroup),
    periods: indexed(module.periods).map(({ item, index }) => normalizePeriod(item, index)),
  };
}
