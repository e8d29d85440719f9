import type { Browser, BrowserContext } from '@playwright/test';
import { STEADY_CONTEXT_OPTIONS } from '../lib/steady-context';
import { installLoadProbe } from './load-probe';
import type { LoadProbeConfig } from './page-globals';
import { installBenchLib } from './page-lib';

/**
 * The page-side code as one init script. tsx (esbuild, keepNames) wraps inner functions in
 * `__name(...)`; the page has no such helper, so a no-op one comes first. The same helper serves
 * the functions later passed to page.evaluate.
 */
export function initScript(config: LoadProbeConfig): string {
  return [
    'globalThis.__name = globalThis.__name || ((fn) => fn);',
    `(${installBenchLib.toString()})();`,
    `(${installLoadProbe.toString()})(${JSON.stringify(config)});`,
  ].join('\n');
}

/**
 * A fresh context per run (own, empty HTTP cache: every run is a first visit), like the tests'
 * browser: 1280x800, deviceScaleFactor 1, reduced motion (the map jumps instead of animating, so
 * the figures measure work, not animation lengths), en-US, UTC.
 */
export async function newBenchContext(
  browser: Browser,
  config: LoadProbeConfig,
): Promise<BrowserContext> {
  const context = await browser.newContext(STEADY_CONTEXT_OPTIONS);
  await context.addInitScript({ content: initScript(config) });
  return context;
}
