import type { Browser, BrowserContext, Frame, Page } from '@playwright/test';
import { openHostPage } from '../../e2e/embed-helpers';
import { newBenchContext } from './bench-browser';
import type { LoadSample } from './load-figures';
import type { LoadProbeConfig } from './page-globals';

/** Waits for the load probe in `frame`; polled every 200 ms, not every frame, to stay out of the way. */
async function waitForProbe(
  frame: Page | Frame,
  timeoutMs: number,
): Promise<Omit<LoadSample, 'heapBytes'>> {
  await frame.waitForFunction(() => window.__benchLoad?.doneAt != null, undefined, {
    polling: 200,
    timeout: timeoutMs + 5_000,
  });
  const state = await frame.evaluate(() => window.__benchLoad);
  if (!state) throw new Error('the load probe is not installed');
  return {
    painted: state.painted,
    textPainted: state.textPainted,
    mapShownBy: state.mapShownBy,
    interactive: state.interactive,
    sortClickedAt: state.sortClickedAt,
    sortAnsweredAt: state.sortAnsweredAt,
    longTasks: state.longTasks,
    failure: state.failure,
  };
}

/**
 * Heap in use after a full garbage collection (CDP HeapProfiler.collectGarbage,
 * Runtime.getHeapUsage), of the frame's own process when it has one (a cross-origin frame does).
 */
async function usedHeap(context: BrowserContext, page: Page, frame: Frame | null): Promise<number> {
  const cdp = await (frame ? context.newCDPSession(frame) : context.newCDPSession(page)).catch(
    // a frame in the page's own process has no session of its own: the page's heap holds it
    () => context.newCDPSession(page),
  );
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

export interface LoadRun {
  sample: LoadSample;
  /** The loaded page, for interactions; close its context when done. */
  page: Page;
  close: () => Promise<void>;
}

/** Throws the page's uncaught errors, if any (a page error invalidates the load). */
function pageErrors(page: Page): () => void {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return () => {
    if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
  };
}

/** One cold load of `url` in a fresh context (config.target 'top'); the page stays open for interactions. */
export async function loadOnce(
  browser: Browser,
  url: string,
  config: LoadProbeConfig,
  withHeap: boolean,
): Promise<LoadRun> {
  const context = await newBenchContext(browser, config);
  const close = () => context.close();
  try {
    const page = await context.newPage();
    const check = pageErrors(page);
    await page.goto(url, { waitUntil: 'commit' });
    const loaded = await waitForProbe(page, config.timeoutMs);
    check();
    const heapBytes = withHeap ? await usedHeap(context, page, null) : null;
    return { sample: { ...loaded, heapBytes }, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** How big the host page's frame is: a common embed size, wide enough for the full view's layout. */
export const EMBED_FRAME = { width: 800, height: 600 };

async function embedFrame(page: Page, timeoutMs: number): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/embed/'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no embed frame in the host page');
    await page.waitForTimeout(50);
  }
}

/**
 * One cold load of the embed at `appUrl` in a cross-origin frame (config.target 'frame'): a host
 * page at `hostOrigin` (another name of the same server, as the e2e suite does: Chromium blocks a
 * public origin framing a loopback one) holding the iframe. The probe runs in the frame, timed from
 * the frame's own navigation start.
 */
export async function loadFramed(
  browser: Browser,
  hostOrigin: string,
  appUrl: string,
  config: LoadProbeConfig,
): Promise<LoadSample> {
  const context = await newBenchContext(browser, config);
  try {
    const page = await context.newPage();
    const check = pageErrors(page);
    const { width, height } = EMBED_FRAME;
    await openHostPage(
      page,
      hostOrigin,
      `<iframe src="${appUrl}" width="${width}" height="${height}" title="Trial embed" style="border:0;display:block"></iframe>`,
    );
    const frame = await embedFrame(page, 10_000);
    const loaded = await waitForProbe(frame, config.timeoutMs);
    check();
    return { ...loaded, heapBytes: await usedHeap(context, page, frame) };
  } finally {
    await context.close();
  }
}
