// First: no schema may be created before zod is told not to use eval (see zod-jitless.ts).
import './zod-jitless';
import type { RecordReading } from '@/trial/read-record';
import { readRecordSource } from './read-record-source';
import { workerRequestSchema, type WorkerReply } from './record-worker-messages';

/**
 * Reads a record off the page's main thread: the file's text, the JSON parse, the schema and the
 * normalizer all run here, so a 50 MB record does not freeze the page.
 */
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = workerRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const { id, ...source } = parsed.data;
  void readRecordSource(source)
    .catch((error: unknown): RecordReading => ({
      ok: false,
      message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    }))
    .then((reading) => {
      const reply: WorkerReply = { id, reading };
      self.postMessage(reply);
    });
});
