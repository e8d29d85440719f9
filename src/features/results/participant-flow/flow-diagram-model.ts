import type { FlowPeriod } from '@/trial/results/participant-flow-schema';
import { countOf, countText, milestoneLabel } from './flow-labels';

/** One box of a group's flow diagram: a milestone or a reason, with its count as published. */
export interface FlowStep {
  label: string;
  count: string;
}

/**
 * What one group's CONSORT-style diagram shows in a period: the milestones in record order
 * (STARTED, the study's own, COMPLETED), and NOT COMPLETED with its reasons as a side box that
 * branches off before COMPLETED. Counts are the published text. Pure.
 */
export interface FlowDiagramModel {
  chain: FlowStep[];
  /** The chain box the side branch leaves before (COMPLETED's, never the first), or chain.length: after the last. */
  branchAt: number;
  side: { label: string; count: string; reasons: FlowStep[] } | null;
}

export function flowDiagramModel(
  period: FlowPeriod,
  groupId: string,
  units: string,
): FlowDiagramModel {
  const notCompleted = period.milestones.find((milestone) => milestone.kind === 'NOT_COMPLETED');
  const chainMilestones = period.milestones.filter((milestone) => milestone !== notCompleted);
  const chain = chainMilestones.map((milestone) => ({
    label: milestoneLabel(milestone),
    count: countText(countOf(milestone.achievements, groupId), units),
  }));
  const completedAt = chainMilestones.findIndex((milestone) => milestone.kind === 'COMPLETED');
  const reasons = period.dropWithdraws.map((reason) => ({
    label: reason.type ?? 'Reason not given',
    count: countText(countOf(reason.reasons, groupId), units),
  }));
  const side =
    notCompleted === undefined && reasons.length === 0
      ? null
      : {
          label: 'Not completed',
          count:
            notCompleted === undefined
              ? 'Not provided'
              : countText(countOf(notCompleted.achievements, groupId), units),
          reasons,
        };
  // A branch before the first box has no spine to leave from: it goes after the last one.
  return { chain, branchAt: completedAt <= 0 ? chain.length : completedAt, side };
}
