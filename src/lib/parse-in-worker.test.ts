// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { handleTrialDataMessages } from './trial-data-handler';

/**
 * A stand-in for the data worker (jsdom has no Worker): the real message handler, in this thread,
 * behind structured cloning both ways, as a real worker is.
 */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  readonly received: unknown[] = [];
  terminated = false;
  /** Replaces the reply the handler posts, to test a worker that answers nonsense. */
  rewrite: ((reply: unknown) => unknown) | null = null;
  private readonly handle = handleTrialDataMessages((reply) => {
    const data = structuredClone(this.rewrite ? this.rewrite(reply) : reply);
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })));
  });
  constructor(readonly url: URL) {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(data: unknown) {
    this.received.push(data);
    this.handle(structuredClone(data));
  }
  terminate() {
    this.terminated = true;
  }
}

const latestWorker = () => FakeWorker.started.at(-1);
const trial = makeTrial();

/** The page's reader afresh (no worker started yet), as on a page load. */
let { fetchTrialData, parseTrialDataText } = await import('./parse-in-worker');

beforeEach(async () => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  ({ fetchTrialData, parseTrialDataText } = await import('./parse-in-worker'));
});
afterEach(() => vi.unstubAllGlobals());

describe('fetchTrialData', () => {
  it('has the worker fetch the file at its absolute address and resolves with the parsed trial', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(trial))));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchTrialData('data/trials/NCT01573923.json', 'trial')).resolves.toEqual(trial);
    expect(fetch).toHaveBeenCalledWith(
      new URL('/data/trials/NCT01573923.json', document.baseURI).href,
      expect.anything(),
    );
    expect(latestWorker()?.url.pathname).toMatch(/trial-data-worker\.ts$/);
  });

  it('on abort, rejects as fetch does and tells the worker to stop that read', async () => {
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    const controller = new AbortController();
    const read = fetchTrialData('data/catalog.json', 'catalog', { signal: controller.signal });
    controller.abort();
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(latestWorker()?.received.at(-1)).toMatchObject({ type: 'cancel' });
  });
});

describe('parseTrialDataText', () => {
  it('resolves with the value the schema parsed, through one worker for every read', async () => {
    const [first, second] = await Promise.all([
      parseTrialDataText(JSON.stringify(trial), 'trial', 'the embedded trial'),
      parseTrialDataText(
        JSON.stringify({ ...trial, nctId: 'NCT00000001' }),
        'trial',
        'the other trial',
      ),
    ]);
    expect(first).toEqual(trial);
    expect(second.nctId).toBe('NCT00000001');
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('rejects with a DataLoadError naming the source and each problem', async () => {
    const read = parseTrialDataText(
      JSON.stringify({ ...trial, briefTitle: 42 }),
      'trial',
      'the embedded trial',
    );
    await expect(read).rejects.toMatchObject({
      name: 'DataLoadError',
      message: 'the embedded trial does not match the trial format (1 problem).',
      problems: [expect.stringMatching(/^the embedded trial: briefTitle: /)],
    });
  });

  it('fails a read whose reply it does not understand', async () => {
    const read = parseTrialDataText(JSON.stringify(trial), 'trial', 'the embedded trial');
    const worker = latestWorker();
    if (worker) worker.rewrite = (reply) => ({ ...Object(reply), kind: 'catalog' });
    await expect(read).rejects.toThrow(
      'the embedded trial could not be read: the data reader sent an answer this page does not understand.',
    );
  });

  it('fails the reads in flight when the worker stops, and starts a new one for the next', async () => {
    const read = parseTrialDataText(JSON.stringify(trial), 'trial', 'the embedded trial');
    const stopped = latestWorker();
    stopped?.dispatchEvent(new ErrorEvent('error', { message: 'Script error' }));
    await expect(read).rejects.toThrow(
      'the embedded trial could not be read: the data reader stopped (Script error).',
    );
    expect(stopped?.terminated).toBe(true);
    await expect(parseTrialDataText(JSON.stringify(trial), 'trial', 'again')).resolves.toEqual(
      trial,
    );
    expect(latestWorker()).not.toBe(stopped);
  });
});

describe('without Worker support', () => {
  it('reads on the main thread, with the same answers', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(parseTrialDataText(JSON.stringify(trial), 'trial', 'x')).resolves.toEqual(trial);
    await expect(parseTrialDataText('{', 'trial', 'x')).rejects.toThrow('x is not valid JSON.');
    expect(FakeWorker.started).toHaveLength(0);
  });
});
