import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { handleTrialDataMessages } from './trial-data-handler';

const PATH = 'data/trials/NCT01573923.json';

/** The handler with its posted replies collected; `settled` waits for the reads in flight. */
function handler() {
  const replies: unknown[] = [];
  const handle = handleTrialDataMessages((reply) => replies.push(reply));
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { handle, replies, settled };
}

afterEach(() => vi.unstubAllGlobals());

describe('handleTrialDataMessages', () => {
  it('answers each read with one reply carrying its id', async () => {
    const { handle, replies, settled } = handler();
    const trial = makeTrial();
    handle({ type: 'text', id: 1, kind: 'trial', text: JSON.stringify(trial), path: PATH });
    handle({ type: 'text', id: 2, kind: 'trial', text: 'nope', path: PATH });
    await settled();
    expect(replies).toEqual([
      { id: 1, ok: true, kind: 'trial', value: trial },
      { id: 2, ok: false, message: `${PATH} is not valid JSON.`, problems: [] },
    ]);
  });

  it('ignores messages that are not requests', async () => {
    const { handle, replies, settled } = handler();
    for (const data of [
      null,
      'read',
      { type: 'text', id: '1' },
      { type: 'text', id: 1, kind: 'other', text: '{}', path: PATH },
    ])
      handle(data);
    await settled();
    expect(replies).toEqual([]);
  });

  it('on cancel, aborts the read’s fetch and posts no reply for it', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      const signal = init.signal;
      if (!signal) throw new Error('no signal');
      signals.push(signal);
      return new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    });
    const { handle, replies, settled } = handler();
    handle({ type: 'fetch', id: 3, kind: 'trial', url: 'https://app.test/x.json', path: PATH });
    handle({ type: 'cancel', id: 3 });
    await settled();
    expect(signals[0]?.aborted).toBe(true);
    expect(replies).toEqual([]);
  });
});
