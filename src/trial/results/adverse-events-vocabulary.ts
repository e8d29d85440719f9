import { z } from 'zod';

/**
 * How adverse events were collected (API v2 enum EventAssessment): the codes, kept as codes.
 * Source: https://clinicaltrials.gov/data-api/about-api/study-data-structure#enum-EventAssessment
 */
export const EVENT_ASSESSMENTS = ['NON_SYSTEMATIC_ASSESSMENT', 'SYSTEMATIC_ASSESSMENT'] as const;
export const eventAssessmentSchema = z.enum(EVENT_ASSESSMENTS);
export type EventAssessment = z.infer<typeof eventAssessmentSchema>;
