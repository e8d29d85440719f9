import type { RecordReading } from '@/trial/read-record';
import type { RecordSource } from './read-record-source';
import { isRecordReplyTo } from './record-reply';
import type { WorkerRequest } from './record-worker-messages';

/** A record being read: the reading to come, and a way to stop waiting for it. */
export interface PendingReading {
  result: Promise<RecordReading>;
  cancel: () => void;
}

let nextId = 1;

/**
 * Reads a file (or pasted text) in a Web Worker, one worker per reading, ended when it answers
 * or is cancelled. Without Worker support (tests in jsdom) it reads on the main thread.
 */
export function readRecordInWorker(source: RecordSource): PendingReading {
  if (typeof Worker === 'undefined') {
    const result = import('./read-record-source').then((module) => module.readRecordSource(source));
    return { result, cancel: () => undefined };
  }
  const id = nextId++;
  const worker = new Worker(new URL('./record-worker.ts', import.meta.url), { type: 'module' });
  let settle: (reading: RecordReading) => void = () => undefined;
  const result = new Promise<RecordReading>((resolve) => {
    settle = (reading) => {
      worker.terminate();
      resolve(reading);
    };
  });
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isRecordReplyTo(event.data, id)) settle(event.data.reading);
    else settle({ ok: false, message: 'the reader sent an answer this page does not understand' });
  });
  worker.addEventListener('error', (event) => {
    settle({ ok: false, message: `the reader stopped: ${event.message || 'unknown error'}` });
  });
  const request: WorkerRequest = { id, ...source };
  worker.postMessage(request);
  return { result, cancel: () => settle({ ok: false, message: 'cancelled' }) };
}
