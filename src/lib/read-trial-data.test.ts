import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { TRIAL_SCHEMA_VERSION } from '@/trial/trial-format';
import { answerRead } from './read-trial-data';

const PATH = 'data/trials/NCT01573923.json';
const textRead = (text: string) =>
  ({ type: 'text', id: 7, kind: 'trial', text, path: PATH }) as const;
const fetchRead = {
  type: 'fetch',
  id: 8,
  kind: 'catalog',
  url: 'https://app.test/data/catalog.json',
  path: 'data/catalog.json',
} as const;

afterEach(() => vi.unstubAllGlobals());

describe('answerRead', () => {
  it('answers a trial that matches its schema with the parsed trial', async () => {
    const trial = makeTrial();
    expect(await answerRead(textRead(JSON.stringify(trial)))).toEqual({
      id: 7,
      ok: true,
      kind: 'trial',
      value: trial,
    });
  });

  it('names the file and each problem with its path when the schema refuses it', async () => {
    const trial = { ...makeTrial(), briefTitle: 42, enrollment: 'many' };
    const reply = await answerRead(textRead(JSON.stringify(trial)));
    expect(reply).toMatchObject({
      id: 7,
      ok: false,
      message: `${PATH} does not match the trial format (2 problems).`,
    });
    expect(!reply.ok && reply.problems).toEqual([
      expect.stringMatching(new RegExp(`^${PATH}: briefTitle: `)),
      expect.stringMatching(new RegExp(`^${PATH}: enrollment`)),
    ]);
  });

  it('says when the text is not JSON, or of another format version', async () => {
    expect(await answerRead(textRead('{"schemaVersion": 3,'))).toEqual({
      id: 7,
      ok: false,
      message: `${PATH} is not valid JSON.`,
      problems: [],
    });
    const newer = await answerRead(textRead(JSON.stringify({ ...makeTrial(), schemaVersion: 99 })));
    expect(!newer.ok && newer.message).toContain(
      `uses data format version 99; this app reads version ${TRIAL_SCHEMA_VERSION}`,
    );
  });

  it('fetches a file from its URL and parses it as its kind', async () => {
    const catalog = {
      schemaVersion: TRIAL_SCHEMA_VERSION,
      trials: [{ nctId: 'NCT01573923', briefTitle: 'A trial', overallStatus: null, siteCount: 6 }],
    };
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(catalog))));
    vi.stubGlobal('fetch', fetch);
    expect(await answerRead(fetchRead)).toEqual({
      id: 8,
      ok: true,
      kind: 'catalog',
      value: catalog,
    });
    expect(fetch).toHaveBeenCalledWith(fetchRead.url, { signal: null });
  });

  it('says what the server answered, or that it could not be reached', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' })),
    );
    expect(await answerRead(fetchRead)).toMatchObject({
      ok: false,
      message: 'Could not load data/catalog.json: the server answered 404 Not Found.',
    });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await answerRead(fetchRead)).toMatchObject({
      ok: false,
      message: 'Could not reach data/catalog.json: the network request failed.',
    });
  });

  it('passes its signal to the fetch, so a cancelled read stops its request', () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      signals.push(init.signal);
      return new Promise<Response>(() => undefined);
    });
    const controller = new AbortController();
    void answerRead(fetchRead, controller.signal);
    controller.abort();
    expect(signals[0]?.aborted).toBe(true);
  });
});
