import { z } from 'zod';
import { resultsSchema } from '@/trial/results/results-schema';
import { recordProblemSchema, trialSchema } from '@/trial/trial-schema';

/**
 * The record worker's reply (read-record's RecordReading), checked on arrival like any data
 * that enters the page: the worker is a separate program, its message an untyped value.
 */
export const studyReadingSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    pathInFile: z.string(),
    trial: trialSchema,
    results: resultsSchema.nullable(),
  }),
  z.object({
    ok: z.literal(false),
    pathInFile: z.string(),
    problems: z.array(recordProblemSchema),
  }),
]);

export const recordReadingSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), studies: z.array(studyReadingSchema) }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

export const workerReplySchema = z.object({ id: z.number(), reading: recordReadingSchema });
export type WorkerReply = z.infer<typeof workerReplySchema>;

/** What the page sends: a file (read inside the worker) or pasted text. */
export const workerRequestSchema = z.union([
  z.object({ id: z.number(), file: z.instanceof(File) }),
  z.object({ id: z.number(), text: z.string() }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;
