import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium-path';
import { guardNetwork, watchPage } from '../demo/network-guard';
import { DETERMINISTIC_RASTER_ARGS, STEADY_CONTEXT_OPTIONS } from './steady-context';

export interface GuardedPage {
  browser: Browser;
  page: Page;
  /** What went wrong so far: a request to another origin, a page error, a console error. */
  problems: string[];
}

/**
 * A browser for a scripted run that must give the same pixels every time (the demo, the README
 * picture): steady context, deterministic raster, and every request to another origin, page error
 * and console error collected in `problems`. The caller closes `browser`.
 */
export async function openGuardedPage({
  baseURL,
  viewport = STEADY_CONTEXT_OPTIONS.viewport,
  headed = false,
}: {
  baseURL: string;
  viewport?: { width: number; height: number };
  headed?: boolean;
}): Promise<GuardedPage> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, ...DETERMINISTIC_RASTER_ARGS],
    headless: !headed,
  });
  try {
    const context = await browser.newContext({ baseURL, ...STEADY_CONTEXT_OPTIONS, viewport });
    const problems = await guardNetwork(context, new URL(baseURL).origin);
    const page = await context.newPage();
    watchPage(page, problems);
    return { browser, page, problems };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
