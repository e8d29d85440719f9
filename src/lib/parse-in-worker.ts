import { DataLoadError } from './data-load-error';
import type { TrialDataSource } from './read-trial-data';
import { isReplyTo, replyId } from './trial-data-reply';
import type { TrialDataRead, TrialDataRequest } from './trial-data-request';
import type { TrialDataKind, TrialDataOf } from './trial-data-schemas';

/**
 * The page's way to read its prebuilt data: the trial, the catalog and results files are fetched,
 * JSON-parsed and parsed by their schemas in the data worker (trial-data-worker.ts), so neither
 * zod nor the schemas load or run on the main thread. Failures are DataLoadErrors naming the file
 * and each problem, as the worker found them. Without Worker support (jsdom) the same reader runs
 * on the main thread.
 */

/** Fetches `path` (relative to the app, e.g. "data/trials/NCT01573923.json") and parses it. */
export function fetchTrialData<K extends TrialDataKind>(
  path: string,
  kind: K,
  options: { signal?: AbortSignal } = {},
): Promise<TrialDataOf<K>> {
  // Absolute, because a worker resolves a relative URL against its own script's address.
  const url = new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;
  return read({ url, path }, kind, options.signal);
}

/** Parses JSON text the page already holds (embedded in a prerendered page); `sourceName` names it. */
export function parseTrialDataText<K extends TrialDataKind>(
  text: string,
  kind: K,
  sourceName: string,
): Promise<TrialDataOf<K>> {
  return read({ text, path: sourceName }, kind);
}

interface Pending {
  onReply: (data: unknown) => void;
  /** The worker failed before answering: `why` says how. */
  onFailure: (why: string) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function read<K extends TrialDataKind>(
  source: TrialDataSource,
  kind: K,
  signal?: AbortSignal,
): Promise<TrialDataOf<K>> {
  if (typeof Worker === 'undefined')
    return import('./read-trial-data').then((module) => module.readTrialData(source, kind, signal));
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const id = nextId++;
  const request: TrialDataRead =
    'text' in source
      ? { type: 'text', id, kind, text: source.text, path: source.path }
      : { type: 'fetch', id, kind, url: source.url, path: source.path };
  return new Promise<TrialDataOf<K>>((resolve, reject) => {
    const done = () => {
      pending.delete(id);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      post({ type: 'cancel', id });
      if (signal) reject(abortReason(signal));
    };
    pending.set(id, {
      onReply: (data) => {
        done();
        if (!isReplyTo(data, id, kind))
          reject(new DataLoadError(`${source.path} could not be read: ${NOT_UNDERSTOOD}`));
        else if (data.ok) resolve(data.value);
        else reject(new DataLoadError(data.message, data.problems));
      },
      onFailure: (why) => {
        done();
        reject(new DataLoadError(`${source.path} could not be read: ${why}`));
      },
    });
    signal?.addEventListener('abort', onAbort);
    post(request);
  });
}

/** Why a read was aborted, as fetch would reject (the signal's reason, or an AbortError). */
function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

const NOT_UNDERSTOOD = 'the data reader sent an answer this page does not understand.';

function post(request: TrialDataRequest): void {
  dataWorker().postMessage(request);
}

/** The one data worker, started on the first read; replaced after it fails. */
function dataWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./trial-data-worker.ts', import.meta.url), {
    type: 'module',
  });
  started.addEventListener('message', (event: MessageEvent<unknown>) => {
    const id = replyId(event.data);
    if (id !== null) pending.get(id)?.onReply(event.data);
  });
  // The script did not load or run (or a reply could not be cloned): every read in flight fails,
  // saying so; the next read starts a new worker.
  const fail = (why: string) => {
    if (worker === started) worker = null;
    started.terminate();
    for (const entry of [...pending.values()]) entry.onFailure(why);
  };
  started.addEventListener('error', (event) => {
    fail(`the data reader stopped (${event.message || 'it could not start'}).`);
  });
  started.addEventListener('messageerror', () => fail(NOT_UNDERSTOOD));
  worker = started;
  return started;
}
