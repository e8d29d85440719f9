import { z } from 'zod';
import { resultGroupSchema } from './results-fields-schema';

/**
 * Our model of a record's participant flow (CONSORT-like): periods in record order, each with
 * its milestones and reasons for not completing, counted per group of the module. The groups
 * are the module's (FG000..); a period names the ones it counts by id, so groups can re-form
 * between periods. Every count is its published text; missing is null.
 */

/** One group's count at a milestone or for a reason, as published. */
export const flowCountSchema = z.object({
  groupId: z.string(),
  numSubjects: z.string().nullable(),
  /** Where the flow also counts units (eyes, lesions): see `typeUnitsAnalyzed`. */
  numUnits: z.string().nullable(),
  comment: z.string().nullable(),
});
export type FlowCount = z.infer<typeof flowCountSchema>;

/** The three milestones every period has, and the study's own ("Received OL CZP"). */
export const milestoneKindSchema = z.enum(['STARTED', 'COMPLETED', 'NOT_COMPLETED', 'CUSTOM']);
export type MilestoneKind = z.infer<typeof milestoneKindSchema>;

export const flowMilestoneSchema = z.object({
  kind: milestoneKindSchema,
  /** The record's type as published: "STARTED", "NOT COMPLETED" or the custom milestone's title. */
  type: z.string().nullable(),
  comment: z.string().nullable(),
  achievements: z.array(flowCountSchema),
});
export type FlowMilestone = z.infer<typeof flowMilestoneSchema>;

/** A reason for not completing ("Adverse Event", "Lost to Follow-up"), counted per group. */
export const dropWithdrawSchema = z.object({
  type: z.string().nullable(),
  comment: z.string().nullable(),
  reasons: z.array(flowCountSchema),
});
export type DropWithdraw = z.infer<typeof dropWithdrawSchema>;

export const flowPeriodSchema = z.object({
  /** "period-2" is the record's periods[1], also when an invalid period before it was left out. */
  id: z.string(),
  title: z.string().nullable(),
  milestones: z.array(flowMilestoneSchema),
  dropWithdraws: z.array(dropWithdrawSchema),
});
export type FlowPeriod = z.infer<typeof flowPeriodSchema>;

export const participantFlowSchema = z.object({
  recruitmentDetails: z.string().nullable(),
  preAssignmentDetails: z.string().nullable(),
  /** What the flow counts besides participants ("Eyes"); null when it counts participants only. */
  typeUnitsAnalyzed: z.string().nullable(),
  groups: z.array(resultGroupSchema),
  periods: z.array(flowPeriodSchema),
});
export type ParticipantFlow = z.infer<typeof participantFlowSchema>;
