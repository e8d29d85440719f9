import type { Browser, Page } from '@playwright/test';
import { newBenchContext } from './bench-browser';
import type { LoadProbeConfig, LongTask } from './page-globals';

export interface LoadSample {
  ready: number;
  /** Long tasks that started before ready was confirmed. */
  longTasks: LongTask[];
  /** Used JS heap after a forced garbage collection, in bytes (explorer runs only). */
  heapBytes: number | null;
}

/** Waits for the load probe; the page is polled every 200 ms, not every frame, to stay out of the way. */
async function waitForReady(page: Page, timeoutMs: number): Promise<Omit<LoadSample, 'heapBytes'>> {
  await page.waitForFunction(() => window.__benchLoad?.confirmedAt != null, undefined, {
    polling: 200,
    timeout: timeoutMs + 5_000,
  });
  const state = await page.evaluate(() => window.__benchLoad);
  const ready = state?.ready ?? null;
  const confirmedAt = state?.confirmedAt ?? null;
  if (!state || ready === null || confirmedAt === null)
    throw new Error(`not ready within ${timeoutMs / 1000} s`);
  return { ready, longTasks: state.longTasks.filter((t) => t.start < confirmedAt) };
}

/** Heap in use after a full garbage collection (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage). */
async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
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

/** One cold load of `url` in a fresh context; the page stays open for interactions. */
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
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'commit' });
    const loaded = await waitForReady(page, config.timeoutMs);
    if (errors.length > 0) throw new Error(`page error: ${errors.join('; ')}`);
    const heapBytes = withHeap ? await usedHeap(page) : null;
    return { sample: { ...loaded, heapBytes }, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
