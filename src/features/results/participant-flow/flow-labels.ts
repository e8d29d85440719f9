import { recordIndexOf } from '@/trial/results/results-paths';
import type {
  FlowCount,
  FlowMilestone,
  FlowPeriod,
  ParticipantFlow,
} from '@/trial/results/participant-flow-schema';
import type { ResultGroup } from '@/trial/results/results-fields-schema';
import { periodGroupIds } from '@/trial/results/flow-balance';

/** How the participant flow names what it shows: milestones, periods, groups and counts. */

const MILESTONE_LABELS = {
  STARTED: 'Started',
  COMPLETED: 'Completed',
  NOT_COMPLETED: 'Not completed',
} as const;

/** "Started", "Completed", "Not completed", or the study's own milestone as published. */
export function milestoneLabel(milestone: FlowMilestone): string {
  if (milestone.kind === 'CUSTOM') return milestone.type ?? 'Untitled milestone';
  return MILESTONE_LABELS[milestone.kind];
}

/** The period's published title, or which period of the record it is. */
export function periodTitle(period: FlowPeriod): string {
  if (period.title !== null) return period.title;
  const index = recordIndexOf(period.id);
  return index === null ? 'Untitled period' : `Untitled period (period ${index + 1} of the record)`;
}

/** A group as one period counts it: the module's group, or just its id where the module lacks it. */
export interface PeriodGroup {
  id: string;
  title: string;
  description: string | null;
}

/**
 * The groups a period counts (groups re-form between periods), in the module's order, then any
 * id the module does not list. Ids are the module's own (FG000..).
 */
export function periodGroups(flow: ParticipantFlow, period: FlowPeriod): PeriodGroup[] {
  const counted = new Set(periodGroupIds(period));
  const known = flow.groups.filter((group) => counted.has(group.id)).map(periodGroup);
  const knownIds = new Set(known.map((group) => group.id));
  const unknown = [...counted]
    .filter((id) => !knownIds.has(id))
    .map((id) => ({ id, title: `${id} (not among the module's groups)`, description: null }));
  return [...known, ...unknown];
}

function periodGroup(group: ResultGroup): PeriodGroup {
  return {
    id: group.id,
    title: group.title ?? `Untitled group (${group.id})`,
    description: group.description,
  };
}

export function countOf(counts: readonly FlowCount[], groupId: string): FlowCount | undefined {
  return counts.find((count) => count.groupId === groupId);
}

/** What the flow counts besides participants, as a label ("Eyes"); "units" when the record does not say. */
export function unitsLabel(flow: ParticipantFlow): string {
  return flow.typeUnitsAnalyzed ?? 'units';
}

/** A count as the diagram shows it: "158", "12 (24 Eyes)", or "Not provided". */
export function countText(count: FlowCount | undefined, units: string): string {
  const subjects = count?.numSubjects ?? 'Not provided';
  const numUnits = count?.numUnits ?? null;
  return numUnits === null ? subjects : `${subjects} (${numUnits} ${units})`;
}
