// First: no schema may be created before zod is told not to use eval (see zod-jitless.ts).
import './zod-jitless';
import { handleTrialDataMessages } from './trial-data-handler';

/**
 * The data worker: fetches (or takes the page's text), JSON-parses and schema-parses the page's
 * trial, catalog and results files off the main thread, and posts each parsed value back
 * (parse-in-worker.ts is the page's side). One worker serves the page's reads for its lifetime.
 */
const handle = handleTrialDataMessages((reply) => self.postMessage(reply));
self.addEventListener('message', (event: MessageEvent<unknown>) => handle(event.data));
