import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { clearHighlights, showCaption } from './caption-overlay';
import type { DemoStep } from './steps';

export interface StepResult {
  name: string;
  caption: string;
  status: 'shown' | 'skipped';
  /** Why a skipped step could not run. */
  reason?: string;
  /** File name inside the output folder (shown steps only). */
  screenshot?: string;
  ms: number;
}

/** Two animation frames: late React/Leaflet updates (a popup filled after it opened) get painted. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/**
 * A screenshot taken once the page has stopped changing: the pointer is parked in a corner
 * (no hover states), then shots are taken a couple of frames apart until two in a row match.
 */
async function stableScreenshot(page: Page): Promise<Buffer> {
  await page.mouse.move(0, 0);
  let previous: Buffer | null = null;
  for (let attempt = 0; attempt < 20; attempt++) {
    await settle(page);
    const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
    if (previous?.equals(shot)) return shot;
    previous = shot;
  }
  throw new Error('the page kept changing: no two screenshots in a row were the same');
}

interface RunOptions {
  outDir: string;
  /** How long a caption stays up after its step is done (video only; screenshots come before). */
  dwellMs: number;
  log: (line: string) => void;
}

/** Runs the tour: caption, act, wait for the result, screenshot, dwell. Unavailable steps are skipped. */
export async function runSteps(
  page: Page,
  steps: readonly DemoStep[],
  { outDir, dwellMs, log }: RunOptions,
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const [index, step] of steps.entries()) {
    const started = performance.now();
    const number = String(index + 1).padStart(2, '0');
    const caption = `${index + 1}/${steps.length} · ${step.caption}`;
    const reason = step.unavailable ? await step.unavailable(page) : null;
    if (reason !== null) {
      log(`${number} ${step.name}: skipped: ${reason}`);
      results.push({ name: step.name, caption: step.caption, status: 'skipped', reason, ms: 0 });
      continue;
    }
    await clearHighlights(page);
    await showCaption(page, caption);
    await step.run(page);
    await showCaption(page, caption); // again: the step may have navigated
    const screenshot = `${number}-${step.name}.png`;
    writeFileSync(join(outDir, screenshot), await stableScreenshot(page));
    const ms = Math.round(performance.now() - started);
    log(`${number} ${step.name}: ${ms} ms`);
    results.push({ name: step.name, caption: step.caption, status: 'shown', screenshot, ms });
    await page.waitForTimeout(dwellMs); // the only fixed wait: caption dwell for viewers, after the screenshot
  }
  return results;
}
