/**
 * `npm run screenshot`: takes the README pictures, docs/screenshot.png (NCT01573923 at 1400×1000,
 * the Lanzhou site selected on the map, scrolled to the study groups) and docs/results.png
 * (NCT02552212's primary outcomes at a glance, then the first outcome's chart). It is the only
 * thing that writes those files: `npm test` leaves them alone. Reuses a preview server already answering (port
 * 4173, or PREVIEW_PORT), or runs `npm run preview` and stops it at the end. Fails on a request to
 * another origin, a page error or a console error.
 */
import { expect } from '@playwright/test';
import { basemapShapes, mapMarkers, sitePopup, trialPath } from '../e2e/selectors';
import { startPreviewServer } from './demo/preview-server';
import { openGuardedPage } from './lib/guarded-page';

const OUT = 'docs/screenshot.png';
const RESULTS_OUT = 'docs/results.png';

const log = (line: string) => console.log(`screenshot: ${line}`);

async function takeScreenshot(baseURL: string): Promise<void> {
  const { browser, page, problems } = await openGuardedPage({
    baseURL,
    viewport: { width: 1400, height: 1000 },
  });
  try {
    await page.goto(`${trialPath('NCT01573923')}&site=site-2`);
    await expect(mapMarkers(page)).toHaveCount(6);
    await expect(sitePopup(page)).toContainText('Xun Li');
    await expect(basemapShapes(page).first()).toBeAttached();
    await page.getByRole('heading', { name: 'Study groups' }).scrollIntoViewIfNeeded();
    if (problems.length > 0) throw new Error(`the page misbehaved:\n  ${problems.join('\n  ')}`);
    await page.screenshot({ path: OUT });

    await page.goto(`${trialPath('NCT02552212')}#results-outcome-measures`);
    const overview = page.getByRole('heading', { name: 'Primary outcomes at a glance' });
    await expect(overview).toBeVisible();
    await overview.evaluate((heading) => heading.scrollIntoView());
    if (problems.length > 0) throw new Error(`the page misbehaved:\n  ${problems.join('\n  ')}`);
    await page.screenshot({ path: RESULTS_OUT });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const server = await startPreviewServer(log);
  try {
    await takeScreenshot(server.url);
  } finally {
    server.stop();
  }
  log(`wrote ${OUT} and ${RESULTS_OUT}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
