import { z } from 'zod';
import { longText, recordList, shortText } from '../ctgov-fields';
import { ctgovResultFieldSchemas, numberText } from './ctgov-results-fields';

const fields = ctgovResultFieldSchemas('FG');

/**
 * ClinicalTrials.gov API v2 resultsSection.participantFlowModule. Periods reference the
 * module's groups (FG000..) by id; counts are text ("158"), as the API gives them.
 */

const flowStatsSchema = z.object({
  groupId: fields.groupId,
  numSubjects: numberText.optional(),
  numUnits: numberText.optional(),
  comment: longText.optional(),
});

export const ctgovFlowPeriodSchema = z.object({
  title: shortText.optional(),
  milestones: recordList(
    z.object({
      /** "STARTED", "COMPLETED", "NOT COMPLETED" or the title of a milestone of the study's own. */
      type: shortText.optional(),
      comment: longText.optional(),
      achievements: recordList(flowStatsSchema).optional(),
    }),
  ).optional(),
  dropWithdraws: recordList(
    z.object({
      type: shortText.optional(),
      comment: longText.optional(),
      reasons: recordList(flowStatsSchema).optional(),
    }),
  ).optional(),
});

export const ctgovParticipantFlowSchema = z.object({
  recruitmentDetails: longText.optional(),
  preAssignmentDetails: longText.optional(),
  typeUnitsAnalyzed: shortText.optional(),
  groups: recordList(fields.group).optional(),
  periods: recordList(ctgovFlowPeriodSchema).optional(),
});

export type CtgovParticipantFlow = z.infer<typeof ctgovParticipantFlowSchema>;
export type CtgovFlowPeriod = z.infer<typeof ctgovFlowPeriodSchema>;
export type CtgovFlowStats = z.infer<typeof flowStatsSchema>;
