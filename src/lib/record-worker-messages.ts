import { z } from 'zod';
import type { RecordReading } from '@/trial/read-record';

/** The record worker's answer to one reading. */
export interface WorkerReply {
  id: number;
  reading: RecordReading;
}

/** What the page sends: a file (read inside the worker) or pasted text; checked by the worker. */
export const workerRequestSchema = z.union([
  z.object({ id: z.number(), file: z.instanceof(File) }),
  z.object({ id: z.number(), text: z.string() }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;
