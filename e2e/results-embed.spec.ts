import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { APP_ORIGIN, HOST_ORIGIN, openHostPage, scrollReport } from './embed-helpers';
import { expect, test } from './fixtures';
import {
  embedButton,
  embedCode,
  embedDialog,
  embedViewSelect,
  outcomeMeasures,
  RESULTS_PART_NAMES,
  resultsPart,
  resultsPartsNav,
  resultsSection,
  trialPath,
  trialTitle,
} from './selectors';

const TRIAL = 'NCT02552212';
const RESULTS_EMBED = `/?trial=${TRIAL}&embed=1&view=results`;

/** What the embed's view=results shows once its results are drawn. */
async function expectResultsOnly(scope: Page | ReturnType<Page['frameLocator']>): Promise<void> {
  await expect(resultsPartsNav(scope)).toBeVisible();
  await expect(outcomeMeasures(scope)).toHaveCount(31);
  await expect(resultsPart(scope, 'Baseline characteristics')).toBeVisible();
  // Only the results: no protocol section, no app bar, no page nav.
  await expect(scope.getByRole('region', { name: 'Eligibility' })).toHaveCount(0);
  await expect(scope.getByRole('table', { name: /^Sites/ })).toHaveCount(0);
  await expect(scope.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  await expect(scope.getByRole('button', { name: 'Open a record' })).toHaveCount(0);
}

test.describe('a narrow embed, 600 px', () => {
  test.use({ viewport: { width: 600, height: 400 } });

  test("view=results shows the results alone, named, linked to the full view, within the frame's width", async ({
    page,
  }) => {
    await page.goto(RESULTS_EMBED);
    await expect(trialTitle(page)).toHaveText(
      `Multicenter Study Evaluating Certolizumab Pegol Compared to Placebo in Subjects With axSpA Without X-ray Evidence of AS (${TRIAL}): results`,
    );
    await expectResultsOnly(page);
    await expect(resultsSection(page)).toContainText('Results first posted August 17, 2020.');
    const full = page.getByRole('link', { name: 'Open full view', exact: true });
    await expect(full).toHaveAttribute('href', `${trialPath(TRIAL)}#results`);
    await expect(full).toHaveAttribute('target', '_blank');
    // Every link out of the frame opens a new tab, without opener or referrer.
    const external = resultsSection(page).locator('a[href^="http"]');
    expect(await external.count()).toBeGreaterThan(2);
    for (const link of await external.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the page does not scroll sideways: wide tables scroll in their own box',
    ).toBe(true);
  });

  test('axe finds no violations in view=results (NCT05594173: every part, small)', async ({
    page,
  }) => {
    await page.goto('/?trial=NCT05594173&embed=1&view=results');
    for (const name of RESULTS_PART_NAMES) await expect(resultsPart(page, name)).toBeVisible();
    await expect(resultsPart(page, 'Outcome measures').getByRole('img').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('on another site', () => {
  test.use({ allowedOrigins: [HOST_ORIGIN] });

  test('the dialog offers view=results, and its snippet pasted in a page of another origin shows the results in one scrolling frame', async ({
    page,
  }) => {
    await page.goto(trialPath(TRIAL));
    await embedButton(page).click();
    await embedViewSelect(page).selectOption({ label: 'Results' });
    const snippet = await embedCode(page).inputValue();
    expect(snippet).toBe(
      `<iframe src="${APP_ORIGIN}/trials/${TRIAL}/embed/results/" width="600" height="400" title="${TRIAL} results (Trial Explorer)" style="border:0" loading="lazy"></iframe>`,
    );
    await expect(resultsPartsNav(embedDialog(page).frameLocator('iframe'))).toBeVisible();

    await openHostPage(page, HOST_ORIGIN, snippet);
    const frame = page.frameLocator('iframe');
    await expectResultsOnly(frame);
    const framed = page.frames().find((f) => f.url().includes('/embed/results/'));
    if (!framed) throw new Error('no results frame');
    const report = await scrollReport(framed);
    expect(report.scrollWidth, 'horizontal overflow').toBeLessThanOrEqual(report.clientWidth);
    expect(report.verticalScrollers).toEqual(['document']);
  });
});

test('view=results fits a 300x250 frame: no sideways scrolling, one vertical scroller', async ({
  page,
}) => {
  await openHostPage(
    page,
    APP_ORIGIN,
    `<iframe src="${RESULTS_EMBED}" width="300" height="250" title="${TRIAL} results" style="border:0;display:block"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(outcomeMeasures(frame)).toHaveCount(31);
  const framed = page.frames().find((f) => f.url().includes('view=results'));
  if (!framed) throw new Error('no results frame');
  const report = await scrollReport(framed);
  expect(report.scrollWidth, 'horizontal overflow').toBeLessThanOrEqual(report.clientWidth);
  expect(report.verticalScrollers).toEqual(['document']);
});
